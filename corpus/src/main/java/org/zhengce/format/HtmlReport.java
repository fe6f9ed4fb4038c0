package org.zhengce.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zhengce.compare.TargetRow;

/**
 * The comparison as one self-contained HTML page (no scripts, no network): a table of contents,
 * then per indicator a table with one row per target and one value per cell (place, the
 * document's year and kind, what is measured, the value, by when, the source), and a bar chart
 * (inline SVG) per direction and unit whose labels fit; every value links to its quote, listed
 * with its document at the end. Rows come in the order given (indicator, place, year).
 */
public final class HtmlReport {

  private static final int LABEL_WIDTH = 230;
  private static final int BAR_WIDTH = 380;
  private static final int VALUE_WIDTH = 150;

  private HtmlReport() {}

  public static String of(String title, List<TargetRow> rows) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title)).append("</title>\n<style>")
        .append("body{font-family:sans-serif;margin:2em;color:#222;max-width:72em}table{border-collapse:collapse;margin:1em 0}")
        .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}")
        .append("td.num{text-align:right;white-space:nowrap}td.place,td.nw{white-space:nowrap}")
        .append("a{color:#1a5fb4;text-decoration:none}svg text{font-size:12px}.quote{margin:.3em 0}")
        .append("nav ol{columns:3}</style></head><body>\n<h1>").append(esc(title)).append("</h1>\n");
    body(html, rows, null);
    return html.append("</body></html>\n").toString();
  }

  /**
   * The page's content without its head, for a page of another layout (the web server's compare
   * page): the same text, table of contents, tables, charts and sources, each value and quote
   * linking to {@code link.apply(row)} (e.g. the quote in its document) instead of the sources
   * list below.
   */
  public static String sections(List<TargetRow> rows, Function<TargetRow, String> link) {
    StringBuilder html = new StringBuilder();
    body(html, rows, link);
    return html.toString();
  }

  /** The content; values link to {@code link}, or to the sources list when it is null. */
  private static void body(StringBuilder html, List<TargetRow> rows, Function<TargetRow, String> link) {
    html.append("<p>").append(rows.size()).append(" targets, one a row. The year and kind are the document's: ")
        .append("a plan or notice sets goals, a work report also reports past figures. Values of another ")
        .append("direction or unit get their own chart; every value links to the sentence it comes from.</p>\n");
    Map<String, List<TargetRow>> byIndicator = new LinkedHashMap<>();
    for (TargetRow r : rows) {
      byIndicator.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
    }
    Map<TargetRow, String> ids = new LinkedHashMap<>();
    for (TargetRow r : rows) {
      ids.put(r, link == null ? "#q" + (ids.size() + 1) : link.apply(r));
    }
    if (byIndicator.size() > 1) {
      html.append("<nav><h2>Contents</h2><ol>\n");
      int n = 0;
      for (Map.Entry<String, List<TargetRow>> e : byIndicator.entrySet()) {
        html.append("<li><a href=\"#i").append(++n).append("\">").append(esc(e.getKey())).append("</a> (")
            .append(e.getValue().size()).append(")</li>\n");
      }
      html.append("</ol></nav>\n");
    }
    int n = 0;
    for (Map.Entry<String, List<TargetRow>> e : byIndicator.entrySet()) {
      TargetRow first = e.getValue().get(0);
      html.append("<section id=\"i").append(++n).append("\"><h2>").append(esc(e.getKey()));
      if (first.indicatorId() != null) {
        html.append(" <small>").append(esc(first.indicatorId())).append("</small>");
      }
      html.append("</h2>\n");
      table(html, e.getValue(), ids);
      Map<String, List<TargetRow>> byColumn = new LinkedHashMap<>();
      for (TargetRow r : e.getValue()) {
        byColumn.computeIfAbsent(r.column(), k -> new ArrayList<>()).add(r);
      }
      for (Map.Entry<String, List<TargetRow>> c : byColumn.entrySet()) {
        chart(html, e.getKey() + " — " + c.getKey(), c.getValue(), ids);
      }
      html.append("</section>\n");
    }
    html.append("<h2>Sources</h2>\n");
    int number = 0;
    for (Map.Entry<TargetRow, String> e : ids.entrySet()) {
      TargetRow r = e.getKey();
      number++;
      html.append("<p class=\"quote\" id=\"q").append(number).append("\">[").append(number).append("] ");
      if (link != null) {
        html.append("<a href=\"").append(esc(e.getValue())).append("\">「").append(esc(r.quote())).append("」</a>");
      } else {
        html.append("「").append(esc(r.quote())).append("」");
      }
      html.append(" — ").append(esc(r.title() == null ? "" : r.title()))
          .append(" <small>").append(esc(r.path())).append("</small></p>\n");
    }
  }

  private static void table(StringBuilder html, List<TargetRow> rows, Map<TargetRow, String> ids) {
    html.append("<table><tr><th>place</th><th>year</th><th>kind</th><th>measure</th><th>value</th>")
        .append("<th>by</th><th>source</th></tr>\n");
    for (TargetRow r : rows) {
      html.append("<tr><td class=\"place\">").append(esc(or(r.place(), "national / none found"))).append("</td><td class=\"nw\">")
          .append(r.year() == null ? "no date" : r.year()).append("</td><td>").append(esc(or(r.kind(), "—")))
          .append("</td><td>").append(esc(r.column())).append("</td><td class=\"num\"><a href=\"")
          .append(esc(ids.get(r))).append("\">").append(esc(amount(r))).append("</a></td><td class=\"nw\">")
          .append(esc(or(r.due(), ""))).append("</td><td>").append(esc(or(r.title(), r.path()))).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void chart(StringBuilder html, String title, List<TargetRow> rows, Map<TargetRow, String> ids) {
    double max = rows.stream().mapToDouble(r -> r.valueMax() != null ? r.valueMax() : r.value()).max().orElse(1);
    int barHeight = 18;
    int height = rows.size() * (barHeight + 6) + 20;
    html.append("<figure><figcaption>").append(esc(title)).append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" ")
        .append("width=\"").append(LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH).append("\" height=\"").append(height)
        .append("\" role=\"img\">\n");
    int y = 10;
    for (TargetRow r : rows) {
      double v = r.valueMax() != null ? r.valueMax() : r.value();
      int width = max <= 0 ? 0 : (int) Math.round(BAR_WIDTH * v / max);
      html.append("<a href=\"").append(esc(ids.get(r))).append("\"><title>").append(esc(value(r))).append("</title><text x=\"0\" y=\"")
          .append(y + 13).append("\">").append(esc(label(r))).append("</text><rect x=\"").append(LABEL_WIDTH)
          .append("\" y=\"").append(y).append("\" width=\"").append(Math.max(1, width)).append("\" height=\"")
          .append(barHeight).append("\" fill=\"#3584e4\"/><text x=\"").append(LABEL_WIDTH + width + 6).append("\" y=\"")
          .append(y + 13).append("\">").append(esc(amount(r))).append("</text></a>\n");
      y += barHeight + 6;
    }
    html.append("</svg></figure>\n");
  }

  /** A chart label that fits its column: place (shortened) and year. */
  static String label(TargetRow r) {
    String place = or(r.place(), "—");
    if (place.length() > 12) {
      place = place.substring(0, 11) + "…";
    }
    return place + " · " + (r.year() == null ? "—" : r.year());
  }

  private static String or(String s, String otherwise) {
    return s == null || s.isBlank() ? otherwise : s;
  }

  /** The value alone: ≥35%, 5–5.5%. */
  static String amount(TargetRow r) {
    String v = number(r.value()) + (r.valueMax() != null ? "–" + number(r.valueMax()) : "") + (r.unit() == null ? "" : r.unit());
    String q = switch (r.qualifier()) {
      case "at_least" -> "≥";
      case "at_most" -> "≤";
      case "about" -> "≈";
      default -> "";
    };
    return q + v;
  }

  static String value(TargetRow r) {
    return amount(r) + (r.due() == null ? "" : " by " + r.due());
  }

  private static String number(double v) {
    return String.valueOf(RecordsJson.number(v));
  }

  private static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
