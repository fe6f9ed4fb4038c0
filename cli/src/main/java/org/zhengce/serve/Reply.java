package org.zhengce.serve;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What an endpoint answers: a status, a content type, the bytes, and extra headers (a download's
 * file name). Immutable.
 */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

  static final String HTML = "text/html; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";

  Reply {
    headers = Map.copyOf(headers);
  }

  static Reply html(int status, String html) {
    return new Reply(status, HTML, html.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  static Reply html(String html) {
    return html(200, html);
  }

  static Reply json(int status, String json) {
    return new Reply(status, JSON, json.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  static Reply json(String json) {
    return json(200, json);
  }

  /** A file to save: {@code name} is offered as its file name (UTF-8, RFC 6266). */
  static Reply download(String contentType, String name, String text) {
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return new Reply(200, contentType, text.getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded));
  }

  /** A redirect to {@code location} (after a form that changed the index). */
  static Reply seeOther(String location) {
    return new Reply(303, "text/plain; charset=utf-8", new byte[0], Map.of("Location", location));
  }
}
