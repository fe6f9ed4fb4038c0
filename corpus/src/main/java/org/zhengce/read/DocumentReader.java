package org.zhengce.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a file's bytes into a {@link Document} with its original text, through the {@link
 * FormatReader} of its format: chosen by magic bytes first ({@code %PDF}; a zip holding {@code
 * word/document.xml}; an OLE2 file), then by name ({@code .pdf}, {@code .docx}, {@code .html}),
 * then by content (a first HTML tag), else plain text. Refuses, with a one-line {@link
 * ReadException}, empty files, files over the size limit (counted while reading, so endless
 * streams stop there), images, archives that are not Word documents, executables, RTF, NUL or
 * control bytes and text in no known encoding. Immutable and thread-safe.
 */
public final class DocumentReader {

  /** The default size limit, 50 MB. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  private final long maxBytes;
  private final TextFormat text = new TextFormat();
  private final HtmlFormat html = new HtmlFormat();
  private final PdfFormat pdf = new PdfFormat();
  private final DocxFormat docx = new DocxFormat();
  private final DocFormat doc = new DocFormat();

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

  /**
   * Reads a file. A regular file's size is checked first; anything else (a device, a pipe, a
   * {@code /proc} file reporting size 0) is read only up to the limit.
   */
  public Document read(Path path) throws ReadException {
    try {
      if (Files.isDirectory(path)) {
        throw new ReadException("is a directory");
      }
      if (Files.isRegularFile(path)) {
        checkSize(Files.size(path));
      }
      try (InputStream in = Files.newInputStream(path)) {
        return read(path.toString(), readBounded(in));
      }
    } catch (NoSuchFileException e) {
      throw new ReadException("no such file");
    } catch (IOException e) {
      throw new ReadException("cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads a stream (standard input) up to the size limit. */
  public Document read(String source, InputStream in) throws ReadException {
    try {
      return read(source, readBounded(in));
    } catch (IOException e) {
      throw new ReadException("cannot read: " + e.getMessage(), e);
    }
  }

  public Document read(String source, byte[] bytes) throws ReadException {
    checkSize(bytes.length);
    if (bytes.length == 0) {
      throw new ReadException("empty file");
    }
    return formatOf(source, bytes).read(source, bytes);
  }

  private FormatReader formatOf(String source, byte[] bytes) throws ReadException {
    String name = source.toLowerCase(Locale.ROOT);
    if (Magic.isPdf(bytes, name.endsWith(".pdf"))) {
      return pdf;
    }
    if (Magic.isZip(bytes)) {
      if (DocxFormat.isWord(bytes) || name.endsWith(".docx")) {
        return docx;
      }
      throw new ReadException("not a text file (zip archive, not a Word document)");
    }
    if (Magic.isOle(bytes)) {
      return doc;
    }
    String binary = Magic.binary(bytes);
    if (binary != null) {
      throw new ReadException("not a text file (" + binary + ")");
    }
    if (name.endsWith(".pdf")) {
      return pdf;
    }
    if (name.endsWith(".docx")) {
      throw new ReadException("not a Word document: not a zip archive");
    }
    return isHtml(name, bytes) ? html : text;
  }

  /** The stream's bytes, refused once they pass the limit. */
  private byte[] readBounded(InputStream in) throws IOException, ReadException {
    long bound = Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
    byte[] bytes = in.readNBytes((int) bound);
    if (bytes.length > maxBytes) {
      throw new ReadException(String.format(Locale.ROOT,
          "too large: over the limit of %.1f MB (--max-size)", maxBytes / 1048576.0));
    }
    return bytes;
  }

  private void checkSize(long size) throws ReadException {
    if (size > maxBytes) {
      throw new ReadException(String.format(Locale.ROOT,
          "too large: %.1f MB, the limit is %.1f MB (--max-size)", size / 1048576.0, maxBytes / 1048576.0));
    }
  }

  private static boolean isHtml(String name, byte[] bytes) {
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return true;
    }
    String head = Magic.head(bytes).stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html")
        || (head.startsWith("<?xml") && head.contains("<html"));
  }

  /** Recognizes formats and binary content by their magic numbers, else by NUL or control bytes. */
  static final class Magic {
    private Magic() {}

    /** {@code %PDF} at the start or, for a file named so, within the first 1024 bytes. */
    static boolean isPdf(byte[] b, boolean named) {
      int n = Math.min(b.length - 4, named ? 1024 : 0);
      for (int i = 0; i <= n; i++) {
        if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F') {
          return true;
        }
      }
      return false;
    }

    static boolean isZip(byte[] b) {
      return startsWith(b, 'P', 'K', 0x03, 0x04) || startsWith(b, 'P', 'K', 0x05, 0x06);
    }

    static boolean isOle(byte[] b) {
      return startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    /** The first 512 characters, decoded just well enough to see a leading tag. */
    static String head(byte[] b) {
      if (startsWith(b, 0xFF, 0xFE)) {
        return new String(b, 2, Math.min(b.length - 2, 1024), StandardCharsets.UTF_16LE);
      }
      if (startsWith(b, 0xFE, 0xFF)) {
        return new String(b, 2, Math.min(b.length - 2, 1024), StandardCharsets.UTF_16BE);
      }
      int skip = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      return new String(b, skip, Math.min(b.length - skip, 512), StandardCharsets.ISO_8859_1);
    }

    /** What binary content the bytes are, or null when they may be text. */
    static String binary(byte[] b) {
      if (startsWith(b, 0x89, 'P', 'N', 'G')) {
        return "PNG image";
      }
      if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
        return "JPEG image";
      }
      if (startsWith(b, 'G', 'I', 'F', '8')) {
        return "GIF image";
      }
      if (startsWith(b, 0x1F, 0x8B)) {
        return "gzip archive";
      }
      if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
        return "executable";
      }
      if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
        return "RTF document; save it as .docx or plain text first";
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
