package org.zhengce.serve;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578), read from the file an upload was spooled to: its
 * parts, each with its field name, the file name a browser gives a file, its content type and its
 * bytes. At most {@value #MAX_PARTS} parts; a body that is not well formed is a 400 {@link
 * PageException}. Stateless.
 */
final class Multipart {

  /** One part of the form. */
  record Part(String name, String filename, String contentType, byte[] content) {

    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private static final int MAX_PARTS = 16;
  private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
  private static final Pattern PARAM = Pattern.compile("(?i)(name|filename)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private Multipart() {}

  /** The boundary of a {@code multipart/form-data} content type, or null when it is another type. */
  static String boundary(String contentType) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return null;
    }
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw PageException.badRequest("The form was sent without its multipart boundary.");
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  static List<Part> parse(Path body, String boundary) throws IOException {
    try (FileChannel channel = FileChannel.open(body, StandardOpenOption.READ)) {
      MappedByteBuffer buf = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      byte[] dash = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      int at = indexOf(buf, dash, 0);
      if (at < 0) {
        throw malformed();
      }
      at += dash.length;
      List<Part> parts = new ArrayList<>();
      while (true) {
        if (at + 2 <= buf.limit() && buf.get(at) == '-' && buf.get(at + 1) == '-') {
          return parts; // the closing delimiter
        }
        int headersStart = skipLineEnd(buf, at);
        int headersEnd = indexOf(buf, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
        if (headersEnd < 0 || parts.size() == MAX_PARTS) {
          throw malformed();
        }
        String headers = string(buf, headersStart, headersEnd);
        int contentStart = headersEnd + 4;
        int contentEnd = indexOf(buf, delimiter, contentStart);
        if (contentEnd < 0) {
          throw malformed();
        }
        byte[] content = new byte[contentEnd - contentStart];
        buf.get(contentStart, content);
        parts.add(part(headers, content));
        at = contentEnd + delimiter.length;
      }
    }
  }

  private static Part part(String headers, byte[] content) {
    String name = null;
    String filename = null;
    String type = null;
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (header.equals("content-disposition")) {
        Matcher m = PARAM.matcher(value);
        while (m.find()) {
          String v = m.group(2).replace("\\\"", "\"").replace("%22", "\"");
          if (m.group(1).equalsIgnoreCase("name")) {
            name = v;
          } else {
            filename = v;
          }
        }
      } else if (header.equals("content-type")) {
        type = value;
      }
    }
    if (name == null) {
      throw malformed();
    }
    return new Part(name, filename, type, content);
  }

  private static int skipLineEnd(MappedByteBuffer buf, int at) {
    return at + 1 < buf.limit() && buf.get(at) == '\r' && buf.get(at + 1) == '\n' ? at + 2 : at;
  }

  private static String string(MappedByteBuffer buf, int from, int to) {
    byte[] bytes = new byte[to - from];
    buf.get(from, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The first position of {@code pattern} in {@code buf} at or after {@code from}, or -1. */
  static int indexOf(MappedByteBuffer buf, byte[] pattern, int from) {
    int last = buf.limit() - pattern.length;
    outer:
    for (int i = from; i <= last; i++) {
      if (buf.get(i) != pattern[0]) {
        continue;
      }
      for (int j = 1; j < pattern.length; j++) {
        if (buf.get(i + j) != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static PageException malformed() {
    return PageException.badRequest("The form data is malformed (a multipart body without its parts); send it again.");
  }
}
