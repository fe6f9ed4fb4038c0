package org.zhengce.serve;

/**
 * The Markdown of {@link org.zhengce.format.Checklist}, the one checklist renderer, shown as HTML:
 * its summary line, a heading per party ({@code ##}), a tickable item per commitment ({@code - [ ]
 * **action** · 期限 … · 目标 …}) with its quote ({@code > …}). Only that subset of Markdown is
 * read; any other line is shown as a paragraph, escaped. The document's title and source lines
 * are left to the page. Stateless.
 */
final class ChecklistHtml {

  private ChecklistHtml() {}

  static String of(String markdown) {
    StringBuilder html = new StringBuilder("<div class=\"checklist\">\n");
    boolean inList = false;
    boolean inItem = false;
    int line = 0;
    for (String raw : markdown.split("\n")) {
      line++;
      String l = raw.stripTrailing();
      if (l.startsWith("# ") || line == 3 && !l.isBlank() && !l.startsWith("#") || l.isBlank()) {
        continue; // the title and the "place · date · source" line
      }
      if (l.startsWith("- [ ] ")) {
        if (!inList) {
          html.append("<ul>\n");
          inList = true;
        }
        if (inItem) {
          html.append("</li>\n");
        }
        html.append("<li><label><input type=\"checkbox\"> ").append(item(l.substring(6))).append("</label>");
        inItem = true;
        continue;
      }
      if (l.startsWith("  > ") && inItem) {
        html.append("<blockquote>").append(Html.esc(l.substring(4))).append("</blockquote>");
        continue;
      }
      if (inItem) {
        html.append("</li>\n");
        inItem = false;
      }
      if (inList) {
        html.append("</ul>\n");
        inList = false;
      }
      if (l.startsWith("## ")) {
        html.append("<h3>").append(Html.esc(l.substring(3))).append("</h3>\n");
      } else {
        html.append("<p class=\"summary\">").append(Html.esc(l)).append("</p>\n");
      }
    }
    if (inItem) {
      html.append("</li>\n");
    }
    if (inList) {
      html.append("</ul>\n");
    }
    return html.append("</div>").toString();
  }

  /** {@code **action** · rest}: the action strong, the rest as written. */
  private static String item(String text) {
    if (text.startsWith("**")) {
      int close = text.indexOf("**", 2);
      if (close > 0) {
        return "<strong>" + Html.esc(text.substring(2, close)) + "</strong>" + Html.esc(text.substring(close + 2));
      }
    }
    return Html.esc(text);
  }
}
