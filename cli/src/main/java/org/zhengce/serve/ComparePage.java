package org.zhengce.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhengce.compare.Comparison;
import org.zhengce.compare.TargetRow;
import org.zhengce.format.HtmlReport;
import org.zhengce.index.CorpusSearcher;
import org.zhengce.indicator.Indicator;
import org.zhengce.indicator.IndicatorTable;

/**
 * The comparison ({@code /compare}, {@code /api/compare}, {@code /api/indicators}): pick an
 * indicator (each with the targets the index holds for it), places and years; the tables and
 * charts are those of {@code compare --format html} ({@link HtmlReport#sections}), each value
 * linked to its quote, marked in its document's page. Thread-safe.
 */
final class ComparePage {

  private final Corpus corpus;
  private final IndicatorTable table = IndicatorTable.standard();

  ComparePage(Corpus corpus) {
    this.corpus = corpus;
  }

  Reply page(Request r) throws IOException {
    Map<String, Integer> counts = counts();
    Map<String, Integer> places = corpus.memo("counts", CorpusSearcher::counts).getOrDefault("place", Map.of());
    StringBuilder body = new StringBuilder("<h1>Compare targets 比较</h1>\n");
    CompareForm.html(body, r, indicators(counts), counts, places);
    if (r.has("indicator")) {
      List<TargetRow> rows = rows(r);
      String indicator = r.param("indicator");
      if (rows.isEmpty()) {
        body.append("<p class=\"note\">No target ").append(indicator == null ? "" : "of " + Html.esc(indicator) + " ")
            .append("in the documents chosen.").append(indicator != null && table.find(indicator).isEmpty()
                ? " " + Html.esc(indicator) + " is no canonical indicator and no target phrase holds it." : "")
            .append("</p>\n");
      } else {
        body.append("<div class=\"report\">\n").append(HtmlReport.sections(rows, ComparePage::link)).append("</div>\n");
      }
    } else {
      body.append("<p>Pick an indicator above, or follow one: ");
      for (Indicator i : indicators(counts)) {
        body.append("<a href=\"").append(Html.esc(Html.url("/compare", "indicator", i.id()))).append("\">")
            .append(Html.esc(i.nameZh())).append("</a> <span class=\"n\">").append(counts.get(i.id())).append("</span> ");
      }
      body.append("</p>\n");
    }
    return Reply.html(Html.page("Compare", "/compare", corpus.directory().toString(), body.toString()));
  }

  Reply json(Request r) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (TargetRow row : rows(r)) {
      Map<String, Object> m = new LinkedHashMap<>(JsonText.map(row));
      m.put("url", link(row));
      out.add(m);
    }
    return Reply.json(JsonText.pretty(out));
  }

  Reply indicatorsJson(Request r) throws IOException {
    Map<String, Integer> counts = counts();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Indicator i : table.all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", i.id());
      m.put("name_zh", i.nameZh());
      m.put("name_en", i.nameEn());
      m.put("targets", counts.getOrDefault(i.id(), 0));
      out.add(m);
    }
    return Reply.json(JsonText.pretty(out));
  }

  /** The document page of a row's document, with its quote marked and in view. */
  static String link(TargetRow row) {
    return Html.url("/doc", "path", row.path(), "quote", row.quote()) + "#focus";
  }

  private List<TargetRow> rows(Request r) throws IOException {
    Integer from = r.year("from");
    Integer to = r.year("to");
    if (from != null && to != null && from > to) {
      throw PageException.badRequest("The year range runs backwards: from " + from + " is after to " + to + ".");
    }
    Comparison.Filter filter = new Comparison.Filter(r.param("indicator"), r.all("place"), from, to, r.param("free") != null);
    return corpus.read(s -> new Comparison(table).rows(s, filter));
  }

  private Map<String, Integer> counts() throws IOException {
    return corpus.memo("indicators", s -> new Comparison(table).countsByIndicator(s));
  }

  /** The indicators with targets in the index, the most targets first. */
  private List<Indicator> indicators(Map<String, Integer> counts) {
    return table.all().stream().filter(i -> counts.getOrDefault(i.id(), 0) > 0)
        .sorted(Comparator.comparing((Indicator i) -> -counts.get(i.id())).thenComparing(Indicator::id)).toList();
  }
}
