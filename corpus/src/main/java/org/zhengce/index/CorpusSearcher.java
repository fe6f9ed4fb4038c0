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
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.zhengce.lucene.ZhengceAnalyzer;

/**
 * Searches the corpus index: Lucene query syntax over title and body with zhengce's analyzer (so
 * 環保督察 finds 环保督察), filters by place, years and kind, passages highlighted in the
 * document's own text, facet counts by place, year and kind. Thread-safe for searching; close
 * when done.
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

  private final Path dir;
  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = new ZhengceAnalyzer();
  private final QueryReader queries = new QueryReader(analyzer);

  private CorpusSearcher(Path dir, FSDirectory directory, DirectoryReader reader) {
    this.dir = dir;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * Opens the index in {@code dir} for reading, its checksums verified first, so that bytes changed
   * on disk give "damaged" and the repair command, not a wrong answer later.
   */
  public static CorpusSearcher open(Path dir) throws IndexException {
    IndexException.requireDirectoryOrNothing(dir);
    if (!Files.isDirectory(dir)) {
      throw new IndexException("no index at " + dir + " (run zhengce index first)", null);
    }
    FSDirectory directory = null;
    DirectoryReader reader = null;
    try {
      directory = FSDirectory.open(dir);
      reader = DirectoryReader.open(directory);
      try {
        verify(dir, reader);
      } catch (IndexException e) {
        IOUtils.closeWhileHandlingException(reader, directory);
        throw e;
      }
      return new CorpusSearcher(dir, directory, reader);
    } catch (IndexNotFoundException e) {
      try {
        IndexException.requireCommitPoint(dir, directory);
      } catch (IOException ignored) {
        // no more to say than "no index"
      } finally {
        IOUtils.closeWhileHandlingException(directory);
      }
      throw new IndexException("no index at " + dir + " (run zhengce index first)", e);
    } catch (IOException | RuntimeException e) { // CorruptIndexException, EOFException, another version …
      IOUtils.closeWhileHandlingException(reader, directory);
      throw e instanceof IOException io ? IndexException.of(dir, io)
          : IndexException.damaged(dir, new java.io.IOException(e.getMessage(), e));
    }
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
    Query parsed = queries.read(queryText);
    List<String> notes = new ArrayList<>();
    if (parsed instanceof BooleanQuery b && b.clauses().isEmpty()) {
      notes.add("no word of the query is searchable (function words such as 的 and punctuation are not indexed)");
      return new Result(0, List.of(), Map.of(), notes);
    }
    if (filter.place() != null && !filter.place().equals(filters.place().strip())) {
      notes.add("place " + filters.place().strip() + " read as " + filter.place());
    }
    if (filter.place() != null && searcher.count(new TermQuery(new Term(PLACE, filter.place()))) == 0) {
      notes.add("no document in the index has the place " + filter.place());
    }
    Query q = filter.apply(parsed);
    if (filter.byYear()) {
      int undated = count(filter.undated(parsed));
      if (undated > 0) {
        notes.add(undated + (undated == 1 ? " matching document has" : " matching documents have")
            + " no year and " + (undated == 1 ? "is" : "are") + " left out by --from/--to");
      }
    }
    FacetsCollectorManager.FacetsResult found;
    try {
      found = FacetsCollectorManager.search(searcher, q, Math.max(1, limit), new FacetsCollectorManager());
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("query too long: it stands for more words than can be searched at once");
    }
    TopDocs top = found.topDocs();
    String[] passages = Passages.highlight(searcher, analyzer, q, top);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = reader.storedFields().document(sd.doc);
      List<String> shown = Passages.shown(passages.length > i ? passages[i] : null);
      hits.add(new Hit(d.get(ID), d.get(PATH), d.get(TITLE), d.get(DATE), d.get(PLACE), d.get(KIND),
          sd.score, shown));
    }
    return new Result(count(q), hits, FacetCounts.of(reader, found.facetsCollector()), notes);
  }

  private int count(Query q) throws IOException {
    return searcher.count(q);
  }

  /** What the index stores of a document for comparisons. */
  public record Stored(String path, String title, String place, Integer year, String kind, String recordsJson) {}

  /** Every document's stored place, year, title and records, in index order. */
  public List<Stored> allRecords() throws IOException {
    List<Stored> out = new ArrayList<>();
    org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
    java.util.Set<String> fields = java.util.Set.of(PATH, TITLE, PLACE, YEAR, KIND, RECORDS);
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Document d = reader.storedFields().document(doc, fields);
      String year = d.get(YEAR);
      out.add(new Stored(d.get(PATH), d.get(TITLE), d.get(PLACE), year == null ? null : Integer.valueOf(year),
          d.get(KIND), d.get(RECORDS)));
    }
    return out;
  }

  /**
   * Counts over the whole index: documents by place, year, kind and script; the documents without
   * a year are the year {@value #NO_YEAR}, so that the years add up to the documents.
   */
  public Map<String, Map<String, Integer>> counts() throws IOException {
    FacetsCollectorManager.FacetsResult all = FacetsCollectorManager.search(searcher,
        new MatchAllDocsQuery(), 1, new FacetsCollectorManager());
    Map<String, Map<String, Integer>> out = FacetCounts.of(reader, all.facetsCollector());
    int undated = reader.numDocs() - searcher.count(new org.apache.lucene.search.FieldExistsQuery(YEAR));
    if (undated > 0) {
      out.computeIfAbsent(YEAR, k -> new LinkedHashMap<>()).put(NO_YEAR, undated);
    }
    return out;
  }

  /** The year label of documents whose date is unknown. */
  public static final String NO_YEAR = "unknown";

  public int documents() {
    return reader.numDocs();
  }

  /** The index's size on disk, in bytes. */
  public long sizeOnDisk() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** The canonical and the absolute spelling of a path, as the index may hold it. */
  private static List<String> spellings(String path) {
    List<String> out = new ArrayList<>();
    try {
      Path p = Path.of(path);
      if (Files.exists(p)) {
        out.add(p.toRealPath().toString());
      }
      out.add(p.toAbsolutePath().normalize().toString());
    } catch (IOException | RuntimeException notAPath) {
      // an id, or a path of another system: looked up as given
    }
    return out;
  }

  /** The stored fields of the document with this id or path (any spelling of it), or null. */
  public Map<String, Object> show(String idOrPath) throws IOException {
    List<Term> keys = new ArrayList<>(List.of(new Term(ID, idOrPath), new Term(PATH, idOrPath)));
    spellings(idOrPath).forEach(p -> keys.add(new Term(PATH, p)));
    for (Term key : keys) {
      TopDocs hits = searcher.search(new TermQuery(key), 1);
      if (hits.scoreDocs.length > 0) {
        Document d = reader.storedFields().document(hits.scoreDocs[0].doc);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : new String[] {ID, PATH, TITLE, DATE, PLACE, ISSUER, KIND, SCRIPT}) {
          out.put(f, d.get(f));
        }
        out.put("speakers", List.of(d.getValues(SPEAKER)));
        out.put("flags", List.of(d.getValues(FLAG)));
        out.put(RECORDS, d.get(RECORDS));
        return out;
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }

}
