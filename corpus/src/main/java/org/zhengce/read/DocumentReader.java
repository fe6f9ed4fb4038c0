package org.zhengce.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.zhengce.structure.Layout;

/**
 * Reads a file's bytes into a {@link Document} with its original decoded text. Refuses, with a
 * one-line {@link ReadException}, what is not text: empty files, files over the size limit,
 * binary files (images, archives, PDFs, NUL bytes) and bytes in no known encoding; a few bytes
 * that its encoding cannot decode become U+FFFD, counted in {@link Document#replacedBytes}. HTML is
 * recognized by its name or its first tag and reduced to its text by {@link HtmlText}.
 * Immutable and thread-safe.
 */
public final class DocumentReader {

  /** The default size limit, 50 MB. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  private final long maxBytes;
  private final EncodingDetector encodings = new EncodingDetector();
  private final HtmlText html = new HtmlText();

  public DocumentReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public DocumentReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("size limit must be positive");
    }
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  public Document read(Path path) throws ReadException {
    try {
      if (Files.isDirectory(path)) {
        throw new ReadException("is a directory");
      }
      long size = Files.size(path);
      checkSize(size);
      return read(path.toString(), Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      throw new ReadException("no such file");
    } catch (IOException e) {
      throw new ReadException("cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads a stream (standard input) up to the size limit. */
  public Document read(String source, InputStream in) throws ReadException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      return read(source, bytes);
    } catch (IOException e) {
      throw new ReadException("cannot read: " + e.getMessage(), e);
    }
  }

  public Document read(String source, byte[] bytes) throws ReadException {
    checkSize(bytes.length);
    if (bytes.length == 0) {
      throw new ReadException("empty file");
    }
    String binary = BinarySniffer.describe(bytes);
    if (binary != null) {
      throw new ReadException("not a text file (" + binary + ")");
    }
    EncodingDetector.Decoded decoded = encodings.decode(bytes);
    String text = decoded.text();
    if (text.isBlank()) {
      throw new ReadException("empty file (whitespace only)");
    }
    if (isHtml(source, text)) {
      HtmlText.Page page = html.extract(text);
      if (page.text().isBlank()) {
        throw new ReadException("HTML page without text");
      }
      return new Document(source, decoded.encoding(), Document.Format.HTML, page.text(), page.title(),
          Layout.NONE, decoded.replacedBytes());
    }
    return new Document(source, decoded.encoding(), Document.Format.TEXT, text, null, Layout.NONE,
        decoded.replacedBytes());
  }

  private void checkSize(long size) throws ReadException {
    if (size > maxBytes) {
      throw new ReadException(String.format(Locale.ROOT,
          "too large: %.1f MB, the limit is %.1f MB (--max-size)", size / 1048576.0, maxBytes / 1048576.0));
    }
  }

  private static boolean isHtml(String source, String text) {
    String name = source.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return true;
    }
    String head = text.substring(0, Math.min(text.length(), 512)).stripLeading()
        .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html")
        || (head.startsWith("<?xml") && head.contains("<html"));
  }

  /** Recognizes binary content by its magic number, else by NUL or control bytes. */
  static final class BinarySniffer {
    private BinarySniffer() {}

    static String describe(byte[] b) {
      if (startsWith(b, 0x89, 'P', 'N', 'G')) {
        return "PNG image";
      }
      if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
        return "JPEG image";
      }
      if (startsWith(b, 'G', 'I', 'F', '8')) {
        return "GIF image";
      }
      if (startsWith(b, 'P', 'K', 0x03, 0x04) || startsWith(b, 'P', 'K', 0x05, 0x06)) {
        return "zip archive or Office document";
      }
      if (startsWith(b, 0x1F, 0x8B)) {
        return "gzip archive";
      }
      if (startsWith(b, '%', 'P', 'D', 'F')) {
        return "PDF; extract its text first, e.g. with pdftotext";
      }
      if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
        return "legacy Office document";
      }
      if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
        return "executable";
      }
      boolean utf16 = startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF);
      int n = Math.min(b.length, 8192);
      int control = 0;
      for (int i = 0; i < n; i++) {
        int c = b[i] & 0xFF;
        if (c == 0 && !utf16) {
          return "binary data: NUL bytes";
        }
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B && c != 0) {
          control++;
        }
      }
      return control > n / 10 ? "binary data: control bytes" : null;
    }

    private static boolean startsWith(byte[] b, int... magic) {
      if (b.length < magic.length) {
        return false;
      }
      for (int i = 0; i < magic.length; i++) {
        if ((b[i] & 0xFF) != magic[i]) {
          return false;
        }
      }
      return true;
    }
  }

}
