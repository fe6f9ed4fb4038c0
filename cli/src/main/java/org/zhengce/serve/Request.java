package org.zhengce.serve;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request as the endpoints read it: method, path, the parameters of its query string (a name
 * may repeat: {@code place=济南&place=衡水}) and the exchange, whose body an upload reads. Reading
 * a parameter checks it: a year that is no number is a {@link PageException} with one sentence.
 */
record Request(String method, String path, Map<String, List<String>> params, HttpExchange exchange) {

  /** The largest year a filter takes; anything beyond is a typing error. */
  private static final int MAX_YEAR = 9999;

  static Request of(HttpExchange exchange) {
    String raw = exchange.getRequestURI().getRawQuery();
    return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), parse(raw), exchange);
  }

  /** The parameters of a query string or form body, decoded as UTF-8. */
  static Map<String, List<String>> parse(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException e) {
        throw PageException.badRequest("The address is malformed: " + pair + " is not a well-encoded parameter.");
      }
    }
    return out;
  }

  /** The first value of {@code name}, stripped; null when absent or blank. */
  String param(String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  /** Every non-blank value of {@code name}. */
  List<String> all(String name) {
    return params.getOrDefault(name, List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  boolean has(String name) {
    return params.containsKey(name);
  }

  /** A year parameter: null when absent, else a number from 1 to 9999. */
  Integer year(String name) {
    String v = param(name);
    if (v == null) {
      return null;
    }
    try {
      int year = Integer.parseInt(v);
      if (year >= 1 && year <= MAX_YEAR) {
        return year;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw PageException.badRequest("The year '" + v + "' is not a year (give four digits, like 2017).");
  }

  /** A page number from 1 to {@code max}; 1 when absent. */
  int page(int max) {
    String v = param("page");
    if (v == null) {
      return 1;
    }
    try {
      int page = Integer.parseInt(v);
      if (page >= 1 && page <= max) {
        return page;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw PageException.badRequest("Page '" + v + "' does not exist: pages run from 1 to " + max
        + "; narrow the search to see later hits.");
  }

  String header(String name) {
    return exchange == null ? null : exchange.getRequestHeaders().getFirst(name);
  }
}
