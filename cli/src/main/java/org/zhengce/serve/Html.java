package org.zhengce.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The frame of every page (head, navigation, footer; the stylesheet and script served from the
 * jar, nothing from the network), HTML escaping and addresses with parameters. Stateless.
 */
final class Html {

  /** The pages of the navigation: path and label. */
  private static final List<Map.Entry<String, String>> NAV = List.of(Map.entry("/", "Search 搜索"),
      Map.entry("/extract", "Extract 提取"), Map.entry("/compare", "Compare 比较"));

  private Html() {}

  /**
   * A whole page: {@code active} is the navigation entry to mark ("/", "/extract", "/compare" or
   * null), {@code index} the index directory the footer names.
   */
  static String page(String title, String active, String index, String body) {
    StringBuilder html = new StringBuilder(body.length() + 1200);
    html.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(title)).append(" · zhengce</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/style.css\">")
        .append("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">")
        .append("<script src=\"/static/zhengce.js\" defer></script></head>\n<body>\n")
        .append("<header><a class=\"brand\" href=\"/\">zhengce <span>政策</span></a><nav>");
    for (Map.Entry<String, String> nav : NAV) {
      html.append("<a href=\"").append(nav.getKey()).append('"')
          .append(nav.getKey().equals(active) ? " class=\"active\"" : "").append('>').append(nav.getValue()).append("</a>");
    }
    html.append("</nav></header>\n<main>\n").append(body).append("\n</main>\n<footer>")
        .append("A local server over the index <code>").append(esc(index))
        .append("</code>: no account, nothing leaves this machine.</footer>\n</body></html>\n");
    return html.toString();
  }

  /** The error page: the status as a heading and the one sentence. */
  static String error(int status, String sentence, String index) {
    String heading = switch (status) {
      case 400 -> "That request cannot be answered";
      case 404 -> "Not found";
      case 403, 405 -> "Not allowed";
      case 421 -> "Wrong address";
      case 409 -> "The index is busy";
      case 413 -> "Too large";
      case 422 -> "That file cannot be read";
      case 503 -> "No index to search";
      default -> "Something went wrong";
    };
    return page(heading, null, index, "<section class=\"error\"><h1>" + esc(heading) + "</h1><p class=\"sentence\">"
        + esc(sentence) + "</p><p><a href=\"/\">Search</a> · <a href=\"/extract\">Extract a document</a>"
        + " · <a href=\"/compare\">Compare</a></p></section>");
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A parameter value in an address. */
  static String enc(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  /** {@code path?name=value&…} of the non-null values, in the order given (name, value, name, value…). */
  static String url(String path, String... nameValues) {
    StringBuilder out = new StringBuilder(path);
    char sep = '?';
    for (int i = 0; i + 1 < nameValues.length; i += 2) {
      if (nameValues[i + 1] != null) {
        out.append(sep).append(enc(nameValues[i])).append('=').append(enc(nameValues[i + 1]));
        sep = '&';
      }
    }
    return out.toString();
  }
}
