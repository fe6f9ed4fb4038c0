package org.zhengce.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files the pages load ({@code /static/NAME}): the stylesheet, the script and the icon, read
 * from the jar once. Only these names are served, so no path leads elsewhere. Immutable.
 */
final class Assets {

  private static final Map<String, String> TYPES = Map.of(
      "style.css", "text/css; charset=utf-8",
      "zhengce.js", "text/javascript; charset=utf-8",
      "favicon.svg", "image/svg+xml");

  private final Map<String, byte[]> files;

  Assets() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String name : TYPES.keySet()) {
      try (InputStream in = Assets.class.getResourceAsStream("static/" + name)) {
        if (in == null) {
          throw new IllegalStateException("static/" + name + " missing from the jar");
        }
        out.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    files = Map.copyOf(out);
  }

  Reply get(Request r) {
    String name = r.path().substring("/static/".length());
    byte[] bytes = files.get(name);
    if (bytes == null) {
      throw PageException.notFound("There is no file " + r.path() + " on this server.");
    }
    return new Reply(200, TYPES.get(name), bytes, Map.of("Cache-Control", "max-age=3600"));
  }
}
