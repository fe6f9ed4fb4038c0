package org.zhengce.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhengce.clean.CleanDocument;
import org.zhengce.clean.DocumentCleaner;
import org.zhengce.extract.DocumentContext;
import org.zhengce.extract.DocumentExtractor;
import org.zhengce.extract.Extraction;
import org.zhengce.normalize.Normalization;
import org.zhengce.read.Document;
import org.zhengce.read.DocumentReader;
import org.zhengce.read.ReadException;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.segment.Segmenter;
import org.zhengce.structure.Layout;
import org.zhengce.structure.OutlineParser;
import org.zhengce.text.NormalizedText;
import org.zhengce.text.Span;

/**
 * The one pipeline every command, benchmark and test goes through: bytes → {@link DocumentReader}
 * (format, encoding, layout) → {@link DocumentCleaner} (noise, metadata, normalization with the
 * layout repaired and the offset map kept) → {@link DocumentContext} (date, place, kind and its
 * extraction profile) → {@link DocumentExtractor} → records. Built once per process with its
 * options (size limit, date override, segmenter); immutable and thread-safe.
 */
public final class DocumentPipeline {

  private final DocumentReader reader;
  private final DocumentCleaner cleaner;
  private final DocumentExtractor extractor;
  private final Segmenter segmenter;
  private final LocalDate dateOverride;
  private final OutlineParser outlines = new OutlineParser();

  private DocumentPipeline(Builder b) {
    this.reader = new DocumentReader(b.maxBytes);
    this.cleaner = DocumentCleaner.standard();
    this.segmenter = b.segmenter;
    this.extractor = new DocumentExtractor(b.segmenter);
    this.dateOverride = b.dateOverride;
  }

  /** The standard pipeline: 50 MB limit, the documents' own dates, the standard segmenter. */
  public static DocumentPipeline standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads a file, refusing what is not a document with a one-line {@link ReadException}. */
  public Document read(Path path) throws ReadException {
    return reader.read(path);
  }

  /** Reads a stream (standard input) up to the size limit. */
  public Document read(String source, InputStream in) throws ReadException {
    return reader.read(source, in);
  }

  /** Reads bytes already in memory (the indexer hashes them first). */
  public Document read(String source, byte[] bytes) throws ReadException {
    return reader.read(source, bytes);
  }

  /** Noise, flags, metadata and the normalized text of the analysed regions. */
  public CleanDocument clean(Document document) {
    return cleaner.clean(document);
  }

  /** The whole original normalized, noise included. */
  public NormalizedText normalizeAll(Document document) {
    return cleaner.normalizeAll(document);
  }

  /**
   * What extraction is told of a cleaned document: its date (or the override), place, kind and
   * outline, the table rows the format reader found mapped into the normalized text.
   */
  public DocumentContext context(CleanDocument doc) {
    LocalDate date = dateOverride != null ? dateOverride : doc.metadata().date();
    NormalizedText text = doc.text();
    List<Layout.Row> rows = new ArrayList<>();
    for (Layout.Table table : doc.document().layout().tables()) {
      for (Layout.Row row : table.rows()) {
        List<Span> cells = new ArrayList<>(row.cells().size());
        for (Span cell : row.cells()) {
          cells.add(text.offsets().toNormalized(cell.start(), cell.end()));
        }
        rows.add(new Layout.Row(text.offsets().toNormalized(row.span().start(), row.span().end()), cells));
      }
    }
    return DocumentContext.of(date, doc.metadata().place(), doc.metadata().kind(),
        outlines.parse(text.normalized(), rows));
  }

  /** Cleans and extracts. */
  public ProcessedDocument process(Document document) {
    CleanDocument doc = cleaner.clean(document);
    DocumentContext context = context(doc);
    return new ProcessedDocument(doc, context, extractor.extract(doc.text(), context), List.of());
  }

  /**
   * Cleans and extracts, and keeps every word of the document in original offsets for the index:
   * the words extraction segmented, and those of the regions cleaning left out, so that the text
   * is segmented once.
   */
  public ProcessedDocument processWithWords(Document document) {
    CleanDocument doc = cleaner.clean(document);
    DocumentContext context = context(doc);
    SourceTokens words = new SourceTokens(doc, HanlpSegmenter.standard());
    Extraction records = extractor.extract(doc.text(), context, words::accept);
    return new ProcessedDocument(doc, context, records, words.all(segmenter, Normalization.standard()));
  }

  /** The segmenter this pipeline analyses with (the standard one, or one with user words). */
  public Segmenter segmenter() {
    return segmenter;
  }

  public long maxBytes() {
    return reader.maxBytes();
  }

  /** Options of a pipeline. */
  public static final class Builder {
    private long maxBytes = DocumentReader.DEFAULT_MAX_BYTES;
    private LocalDate dateOverride;
    private Segmenter segmenter;

    private Builder() {}

    /** Files over this many bytes are refused, while reading. */
    public Builder maxBytes(long maxBytes) {
      this.maxBytes = maxBytes;
      return this;
    }

    /** The date that 今年, 年底前… resolve against instead of each document's own; null for none. */
    public Builder dateOverride(LocalDate date) {
      this.dateOverride = date;
      return this;
    }

    /** Another segmenter, e.g. one that knows the user's dictionary. */
    public Builder segmenter(Segmenter segmenter) {
      this.segmenter = segmenter;
      return this;
    }

    /**
     * The pipeline, its tables loaded: the cleaner's (OpenCC's dictionaries, the gazetteer) and
     * the extraction stages' (time patterns, indicators) on two more threads while this one loads
     * HanLP's, since start-up is mostly loading; the loads {@link #preload} started are waited for.
     */
    public DocumentPipeline build() {
      List<Thread> loading = Loading.TABLES;
      if (segmenter == null) {
        segmenter = HanlpSegmenter.standard(); // loading here, or waiting for the preload's thread
      }
      try {
        for (Thread t : loading) {
          t.join();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new DocumentPipeline(this);
    }
  }

  /**
   * Starts loading the standard pipeline's tables, HanLP's among them, on threads of their own, so
   * that a command line loads them while it parses its arguments; {@link Builder#build} then waits
   * for what is left. Once per process: each table is loaded once whoever asks first.
   */
  public static void preload() {
    Loading.TABLES.getClass();
    LoadingHanlp.THREAD.getClass();
  }

  /** The threads loading the cleaner's and the rules' tables, started on first use (class initialization runs once). */
  private static final class Loading {
    static final List<Thread> TABLES = List.of(start(DocumentCleaner::standard, "zhengce-load"),
        start(DocumentExtractor::loadTables, "zhengce-load-rules"));
  }

  /** The thread loading HanLP's, started only by {@link #preload}: a pipeline may have its own segmenter. */
  private static final class LoadingHanlp {
    static final Thread THREAD = start(HanlpSegmenter::standard, "zhengce-load-hanlp");
  }

  private static Thread start(Runnable load, String name) {
    Thread t = new Thread(load, name);
    t.setDaemon(true);
    t.start();
    return t;
  }
}
