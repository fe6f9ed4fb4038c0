package org.zhengce.serve;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhengce.extract.Kind;
import org.zhengce.index.CorpusSearcher;

/**
 * The HTML of the search page: the form (query, place, years, kind, each filter with its facet
 * counts), the facet lists whose entries narrow the search, the hits with their passages (the
 * searcher's 【】 marks become {@code <mark>}), and the pages. Stateless.
 */
final class SearchHtml {

  private static final List<String> EXAMPLES = List.of("環保督察", "河长制", "PM2.5", "整改 AND 方案", "\"中央环境保护督察\"");

  private SearchHtml() {}

  static String landing(SearchPage.Query q, int documents, Map<String, Map<String, Integer>> counts) {
    StringBuilder html = new StringBuilder();
    form(html, q, counts);
    html.append("<section class=\"landing\"><p>").append(documents).append(documents == 1 ? " document" : " documents")
        .append(" in the index. Search in either script: 環保督察 finds 环保督察 and back. Try ");
    for (String e : EXAMPLES) {
      html.append("<a href=\"").append(Html.esc(Html.url("/", "q", e))).append("\">").append(Html.esc(e)).append("</a> ");
    }
    html.append("</p>");
    facets(html, q, counts, false);
    return html.append("</section>").toString();
  }

  static String results(SearchPage.Query q, CorpusSearcher.Result result) {
    StringBuilder html = new StringBuilder();
    form(html, q, result.facets());
    html.append("<p class=\"count\">").append(result.total()).append(result.total() == 1 ? " document matches " : " documents match ")
        .append("<q>").append(Html.esc(q.q())).append("</q>");
    active(html, q);
    html.append("</p>\n");
    for (String note : result.notes()) {
      html.append("<p class=\"note\">").append(Html.esc(note)).append("</p>\n");
    }
    html.append("<div class=\"results\">\n");
    facets(html, q, result.facets(), true);
    List<CorpusSearcher.Hit> hits = SearchPage.pageOf(result, q.page());
    html.append("<ol class=\"hits\" start=\"").append((q.page() - 1) * SearchPage.PAGE_SIZE + 1).append("\">\n");
    for (CorpusSearcher.Hit h : hits) {
      html.append("<li class=\"hit\"><a class=\"title\" href=\"").append(Html.esc(Html.url("/doc", "id", h.id())))
          .append("\">").append(Html.esc(h.title() == null ? "(no title)" : h.title())).append("</a>")
          .append("<div class=\"about\">").append(Html.esc(or(h.place()))).append(" · ").append(Html.esc(or(h.date())))
          .append(" · ").append(Html.esc(or(h.kind()))).append(String.format(Locale.ROOT, " · score %.2f", h.score()))
          .append("</div>\n");
      for (String p : h.passages()) {
        html.append("<p class=\"passage\">").append(marked(p)).append("</p>\n");
      }
      html.append("<div class=\"path\">").append(Html.esc(h.path())).append("</div></li>\n");
    }
    html.append("</ol>\n</div>\n");
    pager(html, q, result.total());
    return html.toString();
  }

  /** A passage with the searcher's marks as {@code <mark>}. */
  static String marked(String passage) {
    return Html.esc(passage).replace(CorpusSearcher.MARK_START, "<mark>").replace(CorpusSearcher.MARK_END, "</mark>");
  }

  private static void form(StringBuilder html, SearchPage.Query q, Map<String, Map<String, Integer>> facets) {
    html.append("<form class=\"search\" action=\"/\" method=\"get\" role=\"search\">\n<div class=\"line\">")
        .append("<input type=\"search\" name=\"q\" value=\"").append(Html.esc(q.q())).append("\" placeholder=\"")
        .append("环保督察 or 環保督察 · &quot;phrases&quot; · AND OR NOT · -word · title:…\" aria-label=\"query\" autofocus>")
        .append("<button type=\"submit\">Search 搜索</button></div>\n<div class=\"filters\">")
        .append("<label>Place 地点 <select name=\"place\"><option value=\"\">any place</option>");
    Map<String, Integer> places = facets.getOrDefault("place", Map.of());
    boolean known = false;
    for (Map.Entry<String, Integer> e : places.entrySet()) {
      boolean selected = e.getKey().equals(q.place());
      known |= selected;
      option(html, e.getKey(), e.getKey() + " (" + e.getValue() + ")", selected);
    }
    if (q.place() != null && !known) {
      option(html, q.place(), q.place(), true);
    }
    html.append("</select></label> <label>Years 年份 <input type=\"number\" name=\"from\" min=\"1\" max=\"9999\" value=\"")
        .append(q.from() == null ? "" : q.from()).append("\" placeholder=\"from\"></label>–<label><input type=\"number\" ")
        .append("name=\"to\" min=\"1\" max=\"9999\" value=\"").append(q.to() == null ? "" : q.to())
        .append("\" placeholder=\"to\" aria-label=\"to year\"></label> <label>Kind 类型 <select name=\"kind\">")
        .append("<option value=\"\">any kind</option>");
    Map<String, Integer> kinds = facets.getOrDefault("kind", Map.of());
    for (Kind k : Kind.values()) {
      Integer n = kinds.get(k.label());
      option(html, k.label(), k.label() + (n == null ? "" : " (" + n + ")"), k.label().equals(q.kind()));
    }
    html.append("</select></label></div>\n</form>\n");
  }

  private static void option(StringBuilder html, String value, String label, boolean selected) {
    html.append("<option value=\"").append(Html.esc(value)).append('"').append(selected ? " selected" : "").append('>')
        .append(Html.esc(label)).append("</option>");
  }

  /** The filters in force, each with a link that removes it. */
  private static void active(StringBuilder html, SearchPage.Query q) {
    filter(html, "place", q.place(), q.with("place", null));
    filter(html, "from", q.from() == null ? null : q.from().toString(), q.with("from", null));
    filter(html, "to", q.to() == null ? null : q.to().toString(), q.with("to", null));
    filter(html, "kind", q.kind(), q.with("kind", null));
  }

  private static void filter(StringBuilder html, String name, String value, String without) {
    if (value != null) {
      html.append(" <a class=\"filter\" title=\"remove this filter\" href=\"").append(Html.esc(without)).append("\">")
          .append(name).append(": ").append(Html.esc(value)).append(" ×</a>");
    }
  }

  private static void facets(StringBuilder html, SearchPage.Query q, Map<String, Map<String, Integer>> facets, boolean narrow) {
    html.append("<aside class=\"facets\">");
    for (String dim : List.of("place", "year", "kind")) {
      Map<String, Integer> counts = facets.getOrDefault(dim, Map.of());
      if (counts.isEmpty()) {
        continue;
      }
      html.append("<h2>").append(dim).append("</h2><ul>");
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        boolean unknownYear = dim.equals("year") && e.getKey().equals(CorpusSearcher.NO_YEAR);
        html.append("<li>");
        if (narrow && !unknownYear) {
          html.append("<a href=\"").append(Html.esc(q.with(dim, e.getKey()))).append("\">").append(Html.esc(e.getKey()))
              .append("</a>");
        } else {
          html.append(Html.esc(e.getKey()));
        }
        html.append(" <span class=\"n\">").append(e.getValue()).append("</span></li>");
      }
      html.append("</ul>");
    }
    html.append("</aside>\n");
  }

  private static void pager(StringBuilder html, SearchPage.Query q, long total) {
    int pages = (int) Math.min(SearchPage.MAX_PAGES, (total + SearchPage.PAGE_SIZE - 1) / SearchPage.PAGE_SIZE);
    if (pages <= 1) {
      return;
    }
    html.append("<nav class=\"pager\">");
    if (q.page() > 1) {
      html.append("<a rel=\"prev\" href=\"").append(Html.esc(q.onPage(q.page() - 1))).append("\">← previous</a>");
    }
    for (int n = 1; n <= pages; n++) {
      html.append(n == q.page() ? "<span class=\"current\">" + n + "</span>"
          : "<a href=\"" + Html.esc(q.onPage(n)) + "\">" + n + "</a>");
    }
    if (q.page() < pages) {
      html.append("<a rel=\"next\" href=\"").append(Html.esc(q.onPage(q.page() + 1))).append("\">next →</a>");
    }
    if (total > (long) SearchPage.MAX_PAGES * SearchPage.PAGE_SIZE) {
      html.append("<span class=\"more\">the first ").append(SearchPage.MAX_PAGES * SearchPage.PAGE_SIZE)
          .append(" hits are paged; narrow the search for the others</span>");
    }
    html.append("</nav>\n");
  }

  private static String or(String s) {
    return s == null ? "—" : s;
  }
}
