package org.zhengce.read;

import java.util.Objects;
import org.zhengce.structure.Layout;

/**
 * A file as read: where it came from, how it was decoded and its original text. The original is
 * never changed afterwards; every offset zhengce reports points into it. For HTML, PDF and Word
 * input the original is the text extracted from the file, {@code title} the title the file
 * declares (HTML {@code <title>}, PDF or Word document properties; null when none), and {@code
 * layout} what the format tells of pages and tables; {@code encoding} then names the container
 * ({@code "PDF 1.7"}, {@code "DOCX"}, {@code "DOC"}). {@code replacedBytes} counts the bytes that
 * could not be decoded and were replaced by U+FFFD (0 for a clean file).
 */
public record Document(String source, String encoding, Format format, String original,
    String htmlTitle, Layout layout, int replacedBytes) {

  /** What the bytes were. */
  public enum Format { TEXT, HTML, PDF, DOCX, DOC }

  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(layout, "layout");
    if (replacedBytes < 0) {
      throw new IllegalArgumentException("replacedBytes < 0");
    }
  }

  /** A cleanly decoded document without known layout. */
  public Document(String source, String encoding, Format format, String original, String htmlTitle) {
    this(source, encoding, format, original, htmlTitle, Layout.NONE, 0);
  }
}
