package org.zhengce.index;

import static org.zhengce.index.IndexFields.*;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.store.LockObtainFailedException;
import org.zhengce.clean.CleanDocument;
import org.zhengce.clean.DocumentMetadata;
import org.zhengce.extract.Extraction;
import org.zhengce.extract.Target;
import org.zhengce.lucene.ZhengceAnalyzer;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.pipeline.SourceToken;

/**
 * The embedded index of a corpus in a local directory: one Lucene document per file, keyed by
 * its path (callers give the canonical one, so that a file has one document however it was
 * named), identified by the hash of its bytes. {@link #put} adds a new file, replaces a changed one
 * and skips an unchanged one; {@link #commit} makes the work durable, so an interrupted run
 * leaves the index of its last commit, whole, and the same command completes it. One writer at a
 * time: a second one gets "index is locked by another process". Thread-safe: workers put
 * documents at once (one writer per index, shared), as long as each path is put by one of them.
 */
public final class CorpusIndex implements Closeable {

  /** What {@link #put} did with a file. */
  public enum Outcome { ADDED, UPDATED, UNCHANGED }

  private final Path dir;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final FacetsConfig facets = IndexFields.facets();
  /** Path → id of every document, read once from the index and kept up to date. */
  private volatile java.util.Map<String, String> known;
  private final int lost;

  private CorpusIndex(Path dir, FSDirectory directory, IndexWriter writer, int lost) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.lost = lost;
  }

  /** Opens (or creates) the index in {@code dir} for writing, its checksums verified. */
  public static CorpusIndex open(Path dir) throws IndexException {
    return open(dir, false);
  }

  /**
   * Opens (or creates) the index in {@code dir} for writing. With {@code repair}, a damaged index
   * first loses the segments whose checksums fail ({@link IndexRepair}); the files they held are
   * then missing, and indexing them again puts them back.
   */
  public static CorpusIndex open(Path dir, boolean repair) throws IndexException {
    IndexException.requireDirectoryOrNothing(dir);
    FSDirectory directory = null;
    try {
      directory = FSDirectory.open(dir);
      IndexException.requireCommitPoint(dir, directory);
      int lost = repair ? IndexRepair.repair(dir, directory) : 0;
      IndexWriterConfig config = new IndexWriterConfig(new IndexingAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(true);
      CorpusIndex index = new CorpusIndex(dir, directory, new IndexWriter(directory, config), lost);
      index.verify();
      return index;
    } catch (LockObtainFailedException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw new IndexException("index " + dir + " is locked by another process"
          + " (wait for it to finish, or end it)", e);
    } catch (IOException e) { // CorruptIndexException, EOFException, a format of another version …
      IOUtils.closeWhileHandlingException(directory);
      throw IndexException.of(dir, e);
    } catch (IndexException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw e;
    }
  }

  private void verify() throws IOException, IndexException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      CorpusSearcher.verify(dir, reader);
    } catch (IndexException e) {
      IOUtils.closeWhileHandlingException(writer);
      throw e;
    }
  }

  /** How many documents a repair dropped with the damaged segments (0 when none). */
  public int lostInRepair() {
    return lost;
  }

  /** The paths the index holds. */
  public java.util.Set<String> paths() throws IOException {
    return java.util.Set.copyOf(known().keySet());
  }

  /** Removes the document of {@code path}; true when there was one. */
  public boolean remove(String path) throws IOException {
    if (idOf(path) == null) {
      return false;
    }
    writer.deleteDocuments(new Term(PATH, path));
    known().remove(path);
    return true;
  }

  /** The hash that identifies a file's bytes. */
  public static String id(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The id stored for {@code path}, or null when the index does not hold it. */
  public String idOf(String path) throws IOException {
    return known().get(path);
  }

  /** Path → id of every document, read from the index on first use. */
  private synchronized java.util.Map<String, String> known() throws IOException {
    if (known == null) {
      java.util.Map<String, String> read = new java.util.concurrent.ConcurrentHashMap<>();
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        org.apache.lucene.index.StoredFields fields = reader.storedFields();
        org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document d = fields.document(doc, java.util.Set.of(PATH, ID));
            read.put(d.get(PATH), d.get(ID));
          }
        }
      }
      known = read;
    }
    return known;
  }

  /** Adds or replaces the document of {@code path}; an unchanged one (same id) is skipped. */
  public Outcome put(String path, String id, CleanDocument doc, Extraction records) throws IOException {
    return put(path, id, doc, records, List.of());
  }

  /**
   * Adds or replaces the document of {@code path} from the pipeline's result; its body is indexed
   * from the words the pipeline segmented when it kept them ({@link
   * org.zhengce.pipeline.DocumentPipeline#processWithWords}), else analysed anew.
   */
  public Outcome put(String path, String id, ProcessedDocument processed) throws IOException {
    return put(path, id, processed.document(), processed.extraction(), processed.words());
  }

  private Outcome put(String path, String id, CleanDocument doc, Extraction records, List<SourceToken> words)
      throws IOException {
    String stored = idOf(path);
    if (id.equals(stored)) {
      return Outcome.UNCHANGED;
    }
    Document d = document(path, id, doc, records, words);
    writer.updateDocument(new Term(PATH, path), facets.build(d));
    known().put(path, id);
    return stored == null ? Outcome.ADDED : Outcome.UPDATED;
  }

  /**
   * Writes what the workers added to segments, on {@code threads} threads at once (a worker's
   * documents make a segment of their own), so that the commit that follows has little left to
   * write on one thread. Durable only after the commit.
   */
  public void flush(int threads) throws IOException {
    List<Thread> flushing = new java.util.ArrayList<>();
    IOException[] failure = {null};
    for (int i = 0; i < threads - 1; i++) {
      Thread t = new Thread(() -> {
        try {
          while (writer.flushNextBuffer()) {
            // the next buffer
          }
        } catch (IOException e) {
          synchronized (failure) {
            failure[0] = e;
          }
        }
      }, "zhengce-flush");
      t.start();
      flushing.add(t);
    }
    while (writer.flushNextBuffer()) {
      // the next buffer, on this thread too
    }
    for (Thread t : flushing) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while writing segments");
      }
    }
    synchronized (failure) {
      if (failure[0] != null) {
        throw failure[0];
      }
    }
  }

  public void commit() throws IOException {
    writer.commit();
  }

  public Path directory() {
    return dir;
  }

  private static Document document(String path, String id, CleanDocument doc, Extraction records,
      List<SourceToken> words) {
    DocumentMetadata m = doc.metadata();
    Document d = new Document();
    d.add(new StringField(ID, id, Field.Store.YES));
    d.add(new StringField(PATH, path, Field.Store.YES));
    if (m.title() != null) {
      d.add(new TextField(TITLE, m.title(), Field.Store.YES));
    }
    if (words.isEmpty() && !doc.original().isBlank()) { // analyzed here, its pairs gathered as it is indexed
      WordPairs.Gathered pairs = new WordPairs.Gathered();
      d.add(new AnalyzedField(doc.original(), pairs));
      d.add(new PairField(doc.original(), List.of(), pairs));
    } else {
      d.add(new SegmentedField(BODY, doc.original(), words));
      d.add(new PairField(null, words, null));
    }
    if (m.date() != null) {
      d.add(new StoredField(DATE, m.date().toString()));
    }
    // an undated document is filed under the year its file name gives (2024_南京_政府工作报告)
    Integer fileYear = m.date() != null ? Integer.valueOf(m.date().getYear()) : org.zhengce.clean.SourceName.year(path);
    if (fileYear != null) {
      int year = fileYear;
      d.add(new IntPoint(YEAR, year));
      d.add(new StoredField(YEAR, year));
      d.add(new NumericDocValuesField(YEAR, year));
      d.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(year)));
    }
    keyword(d, PLACE, m.place());
    keyword(d, ISSUER, m.issuer());
    keyword(d, KIND, m.kind() == null ? null : m.kind().name().toLowerCase(java.util.Locale.ROOT));
    keyword(d, SCRIPT, m.script() == null ? null : m.script().name().toLowerCase(java.util.Locale.ROOT));
    for (String speaker : m.speakers()) {
      d.add(new StringField(SPEAKER, speaker, Field.Store.YES));
    }
    for (String flag : doc.flags()) {
      d.add(new StringField(FLAG, flag, Field.Store.YES));
    }
    for (String facet : new String[] {PLACE, KIND, SCRIPT}) {
      String value = d.get(facet);
      if (value != null) {
        d.add(new SortedSetDocValuesFacetField(facet, value));
      }
    }
    records.targets().stream().map(Target::indicator).distinct()
        .forEach(i -> d.add(new SortedSetDocValuesFacetField(INDICATOR, i)));
    d.add(new StoredField(RECORDS, StoredRecords.of(doc, records)));
    return d;
  }

  /**
   * zhengce's analyzer for indexing ({@link ZhengceAnalyzer#forIndexing}), made when a first field
   * is analyzed: opening an index does not wait for HanLP's and OpenCC's tables, which load on
   * threads of their own meanwhile.
   */
  private static final class IndexingAnalyzer extends AnalyzerWrapper {

    IndexingAnalyzer() {
      super(Analyzer.PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return Standard.ANALYZER;
    }

    /** Made on first use, once: class initialization. */
    private static final class Standard {
      static final Analyzer ANALYZER = ZhengceAnalyzer.forIndexing();
    }
  }

  /** A stored text field whose words are given, not analysed: the pipeline segmented them already. */
  private static final class SegmentedField extends Field {
    private final List<SourceToken> words;

    SegmentedField(String name, String value, List<SourceToken> words) {
      super(name, value, IndexFields.BODY_TYPE);
      this.words = words;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      return ZhengceAnalyzer.filtered(new BodyTokenStream(words, stringValue().length()));
    }
  }

  /** The body analyzed here (the pipeline segmented no words), the pairs of its terms gathered as it is indexed. */
  private static final class AnalyzedField extends Field {
    private final WordPairs.Gathered pairs;

    AnalyzedField(String value, WordPairs.Gathered pairs) {
      super(BODY, value, IndexFields.BODY_TYPE);
      this.pairs = pairs;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      return WordPairs.standard().recording(super.tokenStream(analyzer, reuse), pairs);
    }
  }

  /**
   * The pairs of common words of the body ({@link WordPairs}): from the words the pipeline
   * segmented, or those gathered as the analyzed body was indexed (the body comes first in the
   * document), or, should they be missing, from {@code text} analyzed again.
   */
  private static final class PairField extends Field {
    private final String text;
    private final List<SourceToken> words;
    private final WordPairs.Gathered gathered;

    PairField(String text, List<SourceToken> words, WordPairs.Gathered gathered) {
      super(PAIRS, IndexFields.PAIRS_TYPE);
      this.text = text;
      this.words = words;
      this.gathered = gathered;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      if (text == null) {
        return WordPairs.standard().stream(words);
      }
      if (gathered.done()) {
        return WordPairs.standard().stream(gathered);
      }
      try {
        return WordPairs.standard().stream(analyzer.tokenStream(BODY, text));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e); // a string does not fail to be read
      }
    }
  }

  private static void keyword(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new StringField(field, value, Field.Store.YES));
    }
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }

}
