package org.zhengce.serve;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhengce.index.CorpusSearcher;

/**
 * The search page ({@code /}) and its JSON twin ({@code /api/search}): a query in either script,
 * filters by place, year range and kind with facet counts, hits with title, place, date, kind and
 * their passages highlighted in the document's own text, {@value #PAGE_SIZE} hits a page. The
 * address holds the whole search ({@code /?q=環保督察&place=衡水市&page=2}), so a search can be
 * shared. Thread-safe.
 */
final class SearchPage {

  static final int PAGE_SIZE = 10;
  static final int MAX_PAGES = 20;

  /** A search as the address gives it. */
  record Query(String q, String place, Integer from, Integer to, String kind, int page) {

    static Query of(Request r) {
      return new Query(r.param("q"), r.param("place"), r.year("from"), r.year("to"), r.param("kind"),
          r.page(MAX_PAGES));
    }

    /** The address of this search with one filter changed (null removes it), on its first page. */
    String with(String name, String value) {
      Map<String, String> p = new LinkedHashMap<>();
      p.put("q", q);
      p.put("place", place);
      p.put("from", from == null ? null : from.toString());
      p.put("to", to == null ? null : to.toString());
      p.put("kind", kind);
      p.put(name, value);
      if (name.equals("year")) {
        p.remove("year");
        p.put("from", value);
        p.put("to", value);
      }
      return Html.url("/", p.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
          .toArray(String[]::new));
    }

    String onPage(int n) {
      return with("page", n == 1 ? null : Integer.toString(n));
    }
  }

  private final Corpus corpus;

  SearchPage(Corpus corpus) {
    this.corpus = corpus;
  }

  Reply page(Request r) throws IOException {
    Query q = Query.of(r);
    if (q.q() == null) {
      Map<String, Map<String, Integer>> counts = corpus.memo("counts", CorpusSearcher::counts);
      int documents = corpus.read(CorpusSearcher::documents);
      return Reply.html(Html.page("Search", "/", corpus.directory().toString(), SearchHtml.landing(q, documents, counts)));
    }
    CorpusSearcher.Result result = search(q);
    return Reply.html(Html.page(q.q() + " — search", "/", corpus.directory().toString(), SearchHtml.results(q, result)));
  }

  Reply json(Request r) throws IOException {
    Query q = Query.of(r);
    if (q.q() == null) {
      throw PageException.badRequest("Give a query: /api/search?q=环保督察.");
    }
    CorpusSearcher.Result result = search(q);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("query", q.q());
    Map<String, Object> filters = new LinkedHashMap<>();
    filters.put("place", q.place());
    filters.put("from", q.from());
    filters.put("to", q.to());
    filters.put("kind", q.kind());
    json.put("filters", filters);
    json.put("page", q.page());
    json.put("page_size", PAGE_SIZE);
    json.put("total", result.total());
    json.put("notes", result.notes());
    json.put("hits", pageOf(result, q.page()).stream().map(h -> {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", h.id());
      hit.put("path", h.path());
      hit.put("title", h.title());
      hit.put("date", h.date());
      hit.put("place", h.place());
      hit.put("kind", h.kind());
      hit.put("score", h.score());
      hit.put("passages", h.passages());
      hit.put("url", Html.url("/doc", "id", h.id()));
      return hit;
    }).toList());
    json.put("facets", result.facets());
    return Reply.json(JsonText.pretty(json));
  }

  /** The hits of page {@code page}. */
  static List<CorpusSearcher.Hit> pageOf(CorpusSearcher.Result result, int page) {
    List<CorpusSearcher.Hit> hits = result.hits();
    int from = Math.min(hits.size(), (page - 1) * PAGE_SIZE);
    return hits.subList(from, Math.min(hits.size(), from + PAGE_SIZE));
  }

  private CorpusSearcher.Result search(Query q) throws IOException {
    try {
      CorpusSearcher.Result result = corpus.read(s -> s.search(q.q(),
          new CorpusSearcher.Filters(q.place(), q.from(), q.to(), q.kind()), q.page() * PAGE_SIZE));
      return new CorpusSearcher.Result(result.total(), result.hits(), result.facets(),
          result.notes().stream().map(SearchPage::web).toList());
    } catch (IllegalArgumentException e) {
      throw PageException.badRequest(sentence(web(e.getMessage())));
    }
  }

  /** The searcher's words for the command line, in the page's: "--from 2020" is "from 2020". */
  private static String web(String text) {
    return text.replace("--from/--to", "the year filter").replace("--from ", "from ").replace("--to ", "to ");
  }

  private static String sentence(String m) {
    String s = m.isEmpty() ? "The query cannot be searched" : Character.toUpperCase(m.charAt(0)) + m.substring(1);
    return s.endsWith(".") ? s : s + ".";
  }
}
