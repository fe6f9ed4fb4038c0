package org.zhengce.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a browser or a script sends to be extracted: a form ({@code multipart/form-data}) with a
 * file or a pasted text and its options, or the document itself as the body ({@code
 * /api/extract?name=plan.pdf}). The body is counted while it is spooled to a file of the server's
 * own temporary directory, refused past the size limit of every input (plus room for the form),
 * and the file is deleted as soon as it has been read: nothing of an upload stays on disk.
 * Thread-safe.
 */
final class Uploads {

  /** Room for the form around the document: boundaries, headers, options. */
  private static final long FORM_ROOM = 64 * 1024;
  /** How much of a refused body is read before the answer. */
  private static final long DRAIN = 8L * 1024 * 1024;

  /** An upload: the document's name and bytes (null when none was sent) and the other fields. */
  record Received(String name, byte[] document, Map<String, String> fields) {

    boolean flag(String field) {
      String v = fields.get(field);
      return v != null && (v.equals("on") || v.equals("1") || v.equalsIgnoreCase("true") || v.equals("yes"));
    }
  }

  private final Path dir;
  private final long maxBytes;

  Uploads(Path dir, long maxBytes) {
    this.dir = dir;
    this.maxBytes = maxBytes;
  }

  long maxBytes() {
    return maxBytes;
  }

  Received receive(Request r) throws IOException {
    long limit = maxBytes + FORM_ROOM;
    String length = r.header("Content-Length");
    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
      drain(r.exchange().getRequestBody());
      throw tooLarge();
    }
    Path spooled = Files.createTempFile(dir, "upload-", ".part");
    try {
      try (InputStream in = r.exchange().getRequestBody(); OutputStream out = Files.newOutputStream(spooled)) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
          if (total > limit) {
            drain(in);
            throw tooLarge();
          }
          out.write(buffer, 0, n);
        }
      }
      String boundary = Multipart.boundary(r.header("Content-Type"));
      if (boundary == null) {
        byte[] bytes = Files.readAllBytes(spooled);
        return new Received(name(r.param("name"), "upload.txt"), bytes.length == 0 ? null : bytes, Map.of());
      }
      return form(Multipart.parse(spooled, boundary));
    } finally {
      Files.deleteIfExists(spooled);
    }
  }

  /** The document of a form: its file, else its pasted text; the other fields as text. */
  private static Received form(List<Multipart.Part> parts) {
    Map<String, String> fields = new LinkedHashMap<>();
    String name = null;
    byte[] document = null;
    String pasted = null;
    for (Multipart.Part p : parts) {
      if (p.filename() != null) {
        if (p.content().length > 0 && document == null) {
          name = name(p.filename(), "upload.txt");
          document = p.content();
        }
      } else if (p.name().equals("text")) {
        pasted = p.text();
      } else {
        fields.put(p.name(), p.text().strip());
      }
    }
    if (document == null && pasted != null && !pasted.isBlank()) {
      name = name(fields.get("name"), "pasted.txt");
      document = pasted.getBytes(StandardCharsets.UTF_8);
    }
    return new Received(name, document, fields);
  }

  /** A file name as sent, without folders or control characters, at most 120 characters. */
  static String name(String given, String otherwise) {
    if (given == null) {
      return otherwise;
    }
    String n = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
        .replaceAll("[\\p{Cntrl}]", "").strip();
    if (n.isEmpty() || n.equals(".") || n.equals("..")) {
      return otherwise;
    }
    return n.length() <= 120 ? n : n.substring(0, 120);
  }

  /**
   * Reads what is left of a refused body, up to {@value #DRAIN} bytes, so that the client, still
   * sending, reads the answer instead of a reset connection; a larger body is cut off.
   */
  private static void drain(InputStream in) {
    try {
      long skipped = 0;
      byte[] buffer = new byte[64 * 1024];
      for (int n; skipped < DRAIN && (n = in.read(buffer)) > 0; ) {
        skipped += n;
      }
    } catch (IOException e) {
      // the client is gone
    }
  }

  private PageException tooLarge() {
    return new PageException(413, String.format(Locale.ROOT, "The upload is larger than the %s MB limit of every "
        + "input (start the server with --max-size to change it).", mb(maxBytes)));
  }

  private static String mb(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
  }
}
