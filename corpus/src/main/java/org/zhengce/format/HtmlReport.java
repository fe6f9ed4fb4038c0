package org.zhengce.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhengce.compare.TargetRow;

/**
 * The comparison as one self-contained HTML page (no scripts, no network): per indicator a table
 * of place × year with one column per direction and unit, and a bar chart (inline SVG) per
 * column; every value links to its quote, listed with its document at the end.
 */
public final class HtmlReport {

  private HtmlReport() {}

  public static String of(String title, List<TargetRow> rows) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title)).append("</title>\n<style>")
        .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
        .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#f3f3f3}")
        .append("a{color:#1a5fb4;text-decoration:none}svg text{font-size:12px}.quote{margin:.3em 0}")
        .append("</style></head><body>\n<h1>").append(esc(title)).append("</h1>\n");
    html.append("<p>").append(rows.size()).append(" targets. Values of another direction or unit stand in ")
        .append("their own column and chart; every value links to the sentence it comes from.</p>\n");
    Map<String, List<TargetRow>> byIndicator = new LinkedHashMap<>();
    for (TargetRow r : rows) {
      byIndicator.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
    }
    Map<TargetRow, Integer> ids = new LinkedHashMap<>();
    for (TargetRow r : rows) {
      ids.put(r, ids.size() + 1);
    }
    for (Map.Entry<String, List<TargetRow>> e : byIndicator.entrySet()) {
      html.append("<section><h2>").append(esc(e.getKey())).append("</h2>\n");
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
    for (Map.Entry<TargetRow, Integer> e : ids.entrySet()) {
      TargetRow r = e.getKey();
      html.append("<p class=\"quote\" id=\"q").append(e.getValue()).append("\">[").append(e.getValue())
          .append("] 「").append(esc(r.quote())).append("」 — ").append(esc(r.title() == null ? "" : r.title()))
          .append(" <small>").append(esc(r.path())).append("</small></p>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  private static void table(StringBuilder html, List<TargetRow> rows, Map<TargetRow, Integer> ids) {
    List<String> columns = rows.stream().map(TargetRow::column).distinct().toList();
    Map<String, Map<String, List<TargetRow>>> cells = new LinkedHashMap<>();
    for (TargetRow r : rows) {
      cells.computeIfAbsent(label(r), k -> new LinkedHashMap<>())
          .computeIfAbsent(r.column(), k -> new ArrayList<>()).add(r);
    }
    html.append("<table><tr><th>place · year</th>");
    columns.forEach(c -> html.append("<th>").append(esc(c)).append("</th>"));
    html.append("</tr>\n");
    for (Map.Entry<String, Map<String, List<TargetRow>>> row : cells.entrySet()) {
      html.append("<tr><td>").append(esc(row.getKey())).append("</td>");
      for (String c : columns) {
        html.append("<td>");
        for (TargetRow r : row.getValue().getOrDefault(c, List.of())) {
          html.append("<a href=\"#q").append(ids.get(r)).append("\">").append(esc(value(r))).append("</a> ");
        }
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }

  private static void chart(StringBuilder html, String title, List<TargetRow> rows, Map<TargetRow, Integer> ids) {
    double max = rows.stream().mapToDouble(r -> r.valueMax() != null ? r.valueMax() : r.value()).max().orElse(1);
    int barHeight = 18;
    int height = rows.size() * (barHeight + 6) + 30;
    html.append("<figure><figcaption>").append(esc(title)).append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" ")
        .append("width=\"720\" height=\"").append(height).append("\" role=\"img\">\n");
    int y = 10;
    for (TargetRow r : rows) {
      double v = r.valueMax() != null ? r.valueMax() : r.value();
      int width = max <= 0 ? 0 : (int) Math.round(420 * v / max);
      html.append("<a href=\"#q").append(ids.get(r)).append("\"><text x=\"0\" y=\"").append(y + 13).append("\">")
          .append(esc(label(r))).append("</text><rect x=\"200\" y=\"").append(y).append("\" width=\"")
          .append(Math.max(1, width)).append("\" height=\"").append(barHeight)
          .append("\" fill=\"#3584e4\"/><text x=\"").append(206 + width).append("\" y=\"").append(y + 13)
          .append("\">").append(esc(value(r))).append("</text></a>\n");
      y += barHeight + 6;
    }
    html.append("</svg></figure>\n");
  }

  private static String label(TargetRow r) {
    return (r.place() == null ? "—" : r.place()) + " · " + (r.year() == null ? "—" : r.year());
  }

  static String value(TargetRow r) {
    String v = number(r.value()) + (r.valueMax() != null ? "–" + number(r.valueMax()) : "") + (r.unit() == null ? "" : r.unit());
    String q = switch (r.qualifier()) {
      case "at_least" -> "≥";
      case "at_most" -> "≤";
      case "about" -> "≈";
      default -> "";
    };
    return q + v + (r.due() == null ? "" : " by " + r.due());
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
