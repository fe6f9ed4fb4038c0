package org.zhengce.extract;

import java.util.List;
import java.util.function.Consumer;
import org.zhengce.indicator.IndicatorTable;
import org.zhengce.segment.Segmenter;
import org.zhengce.text.NormalizedText;

/**
 * Extraction, as stages wired in one place. The text is analysed once a piece at a time ({@link
 * TextAnalyzer}: clauses, tokens); then one stage per record type — {@link DeadlineExtractor},
 * {@link TargetExtractor}, {@link CommitmentExtractor}, and {@link PartyExtractor} through the
 * {@link RecordLinker}, which joins commitments to their parties, deadlines and targets — each
 * reading the document's {@link DocumentContext} (date, place, kind and its {@link
 * ExtractionProfile}, outline); spans are mapped back to the original ({@link RecordCollector})
 * and ids assigned in document order at the end ({@link RecordIds}). Immutable and thread-safe;
 * build once.
 */
public final class DocumentExtractor {

  private final TextAnalyzer analyzer;
  private final IndicatorTable indicators;
  private final DeadlineExtractor deadlines = new DeadlineExtractor();
  private final TargetExtractor targets = new TargetExtractor();
  private final CommitmentExtractor commitments = new CommitmentExtractor();
  private final RecordLinker linker = new RecordLinker(new PartyExtractor());

  /** An extractor with the standard table of canonical indicators. */
  public DocumentExtractor(Segmenter segmenter) {
    this(segmenter, IndicatorTable.standard());
  }

  public DocumentExtractor(Segmenter segmenter, IndicatorTable indicators) {
    this.analyzer = new TextAnalyzer(segmenter);
    this.indicators = indicators;
  }

  /**
   * Builds the tables the stages share (the time patterns' start tables, the indicators) now, so
   * that a caller can do it on another thread while the segmenter loads; they are built once per
   * process either way.
   */
  public static void loadTables() {
    new DeadlineExtractor();
    new TargetExtractor();
    new CommitmentExtractor();
    IndicatorTable.standard();
  }

  /** The records of {@code text}, read with the rules of the context's profile. */
  public Extraction extract(NormalizedText text, DocumentContext context) {
    return extract(text, context, piece -> {});
  }

  /**
   * The records of {@code text}, and each analysed piece handed to {@code analysed} as well, so
   * that a caller (the indexer) reuses its tokens instead of segmenting the text again.
   */
  public Extraction extract(NormalizedText text, DocumentContext context,
      Consumer<AnalyzedText> analysed) {
    RecordCollector records = new RecordCollector(text, indicators);
    analyzer.forEachPiece(text.normalized(), piece -> {
      analysed.accept(piece);
      DeadlineFinder.Found times = deadlines.find(piece, context);
      List<DeadlineFinder.Draft> d = times.deadlines();
      List<TargetFinder.Draft> t = targets.find(piece, context, times.pastStarts());
      List<CommitmentFinder.Draft> c = commitments.find(piece, context, t, d);
      linker.link(piece, context, t, d, c, records);
    });
    return records.build();
  }
}
