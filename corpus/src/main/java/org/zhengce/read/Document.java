package org.zhengce.read;

import java.util.Objects;

/**
 * A file as read: where it came from, how it was decoded and its original text. The original is
 * never changed afterwards; every offset zhengce reports points into it. For HTML input the
 * original is the text extracted from the page and {@code htmlTitle} its {@code <title>}.
 */
public record Document(String source, String encoding, Format format, String original,
    String htmlTitle) {

  /** What the bytes were. */
  public enum Format { TEXT, HTML }

  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(original, "original");
  }
}
