package org.zhengce.index;

import static org.zhengce.index.IndexFields.*;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.zhengce.lucene.ZhengceAnalyzer;

/**
 * Searches the corpus index: plain words or Lucene query syntax over title and body with zhengce's
 * analyzer (so 環保督察 finds 环保督察), read as documents write them ({@link QueryReader}:
 * compounds also apart, abbreviations and full forms, names with their endings, numbers with their
 * units), ranked by the words and then, for the best hundred, by their nearness ({@link Nearness});
 * filters by place, years and kind, passages highlighted in the document's own text, facet counts
 * by place, year and kind from a facet state built once per reader ({@link FacetedSearcher}). A
 * searcher kept open sees what is committed ({@link IndexSnapshots}). Thread-safe for searching;
 * close when done.
 */
public final class CorpusSearcher implements Closeable {

  /** One hit: its fields, score and highlighted passages of the original text. */
  public record Hit(String id, String path, String title, String date, String place, String kind,
      float score, List<String> passages) {}

  /** Hits in order, their total, notes for the reader, and facet counts (label → count) by facet. */
  public record Result(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets, List<String> notes) {}

  /** Filters of a search; null means no filter. */
  public record Filters(String place, Integer fromYear, Integer toYear, String kind) {}

  /** How a passage marks what matched: 【河長制】. */
  public static final String MARK_START = "【";
  public static final String MARK_END = "】";

  private final IndexSnapshots snapshots;
  private final Analyzer analyzer = new ZhengceAnalyzer();
  private final QueryReader queries;

  private CorpusSearcher(IndexSnapshots snapshots, Abbreviations abbreviations) {
    this.snapshots = snapshots;
    this.queries = new QueryReader(analyzer, ZhengceAnalyzer.forIndexing(), abbreviations);
  }

  /**
   * Opens the index in {@code dir} for reading, its checksums verified first, so that bytes changed
   * on disk give "damaged" and the repair command, not a wrong answer later. A searcher kept open
   * sees what a writer commits, at most a second later ({@link #refresh()} at once).
   */
  public static CorpusSearcher open(Path dir) throws IndexException {
    return open(dir, Abbreviations.standard());
  }

  /** Opens the index in {@code dir}, queries read with {@code abbreviations} (the user's rows added). */
  public static CorpusSearcher open(Path dir, Abbreviations abbreviations) throws IndexException {
    return new CorpusSearcher(IndexSnapshots.open(dir), abbreviations);
  }

  /** Looks at the index now, so that the next search sees everything committed so far. */
  public void refresh() throws IOException {
    snapshots.refresh(true);
  }

  /** Checks every segment's checksums (the whole files are read: fast, sequential). */
  static void verify(Path dir, DirectoryReader reader) throws IndexException {
    try {
      for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
    } catch (IOException e) {
      throw IndexException.damaged(dir, e);
    }
  }

  /**
   * Searches {@code queryText} with {@code filters}; at most {@code limit} hits with up to three
   * passages each, from wherever in the document the matches are. The total is the number of
   * documents that match; the notes say what a reader should know about it (words left out, a
   * place read through the gazetteer, documents without a year that a year filter drops).
   *
   * @throws IllegalArgumentException with a one-line reason for an empty, malformed or too long
   *     query, an unknown kind or years out of order
   */
  public Result search(String queryText, Filters filters, int limit) throws IOException {
    SearchFilter filter = SearchFilter.of(filters, org.zhengce.clean.Gazetteer.standard());
    QueryReader.Read read = queries.read(queryText);
    Query parsed = read.words();
    List<String> notes = new ArrayList<>();
    if (parsed instanceof BooleanQuery b && b.clauses().isEmpty()) {
      notes.add("no word of the query is searchable (function words such as 的 and punctuation are not indexed)");
      return new Result(0, List.of(), Map.of(), notes);
    }
    if (filter.place() != null && !filter.place().equals(filters.place().strip())) {
      notes.add("place " + filters.place().strip() + " read as " + filter.place());
    }
    FacetedSearcher searcher = snapshots.acquire();
    try {
      if (filter.place() != null && searcher.count(new TermQuery(new Term(PLACE, filter.place()))) == 0) {
        notes.add("no document in the index has the place " + filter.place());
      }
      Query q = filter.apply(parsed);
      if (filter.byYear()) {
        int undated = searcher.count(filter.undated(parsed));
        if (undated > 0) {
          notes.add(undated + (undated == 1 ? " matching document has" : " matching documents have")
              + " no year and " + (undated == 1 ? "is" : "are") + " left out by --from/--to");
        }
      }
      FacetedSearcher.Found found;
      TopDocs top;
      try { // every match counted for the total and the facets, the first ranked by their words, the best by nearness
        int n = Math.max(1, limit);
        found = searcher.collect(q, read.near() == null ? n : Math.max(n, RANKED_AGAIN),
            read.phrases() && searcher.pairs() ? FacetedSearcher.TWO_PASSES : Long.MAX_VALUE);
        top = read.near() == null ? found.top() : Nearness.rank(searcher, found.top(), read.near(), n);
      } catch (IndexSearcher.TooManyClauses e) {
        throw new IllegalArgumentException("query too long: it stands for more words than can be searched at once");
      }
      String[] passages = Passages.highlight(searcher, analyzer, read.passages(), top);
      List<Hit> hits = new ArrayList<>();
      StoredFields stored = searcher.getIndexReader().storedFields();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Document d = stored.document(sd.doc, HIT_FIELDS);
        List<String> shown = Passages.shown(passages.length > i ? passages[i] : null);
        hits.add(new Hit(d.get(ID), d.get(PATH), d.get(TITLE), d.get(DATE), d.get(PLACE), d.get(KIND),
            sd.score, shown));
      }
      return new Result(found.total(), hits, FacetCounts.of(searcher.facets(), found.facets()), notes);
    } finally {
      snapshots.release(searcher);
    }
  }

  /** How many of the documents first ranked by their words are ranked again by the nearness of the words. */
  static final int RANKED_AGAIN = 100;

  /** The stored fields a hit shows. */
  private static final Set<String> HIT_FIELDS = Set.of(ID, PATH, TITLE, DATE, PLACE, KIND);

  /** What the index stores of a document for comparisons: its records the object of records.md (null if none). */
  public record Stored(String path, String title, String place, Integer year, String kind,
      com.fasterxml.jackson.databind.JsonNode records) {}

  /** Every document's stored place, year, title and records, in index order. */
  public List<Stored> allRecords() throws IOException {
    return read(StoredDocuments::all);
  }

  /**
   * Counts over the whole index: documents by place, year, kind and script; the documents without
   * a year are the year {@value #NO_YEAR}, so that the years add up to the documents.
   */
  public Map<String, Map<String, Integer>> counts() throws IOException {
    return read(searcher -> {
      FacetsCollectorManager.FacetsResult all = FacetsCollectorManager.search(searcher,
          new MatchAllDocsQuery(), 1, new FacetsCollectorManager());
      Map<String, Map<String, Integer>> out = FacetCounts.of(searcher.facets(), all.facetsCollector());
      int undated = searcher.getIndexReader().numDocs() - searcher.count(new FieldExistsQuery(YEAR));
      if (undated > 0) {
        out.computeIfAbsent(YEAR, k -> new LinkedHashMap<>()).put(NO_YEAR, undated);
      }
      return out;
    });
  }

  /** The year label of documents whose date is unknown. */
  public static final String NO_YEAR = "unknown";

  /** The number of documents in the index. */
  public int documents() {
    try {
      return read(searcher -> searcher.getIndexReader().numDocs());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The index's size on disk, in bytes. */
  public long sizeOnDisk() throws IOException {
    try (Stream<Path> files = Files.list(snapshots.directory())) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** The stored fields of the document with this id or path (any spelling of it), or null. */
  public Map<String, Object> show(String idOrPath) throws IOException {
    return read(searcher -> StoredDocuments.show(searcher, idOrPath));
  }

  /** Work on the current searcher. */
  private interface Reading<T> {
    T apply(FacetedSearcher searcher) throws IOException;
  }

  private <T> T read(Reading<T> work) throws IOException {
    FacetedSearcher searcher = snapshots.acquire();
    try {
      return work.apply(searcher);
    } finally {
      snapshots.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    snapshots.close();
  }

}
