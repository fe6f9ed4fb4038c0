package org.zhengce.extract;

import java.util.function.Consumer;
import org.zhengce.number.NumberScan;
import org.zhengce.number.QuantityParser;
import org.zhengce.segment.Segmenter;

/**
 * Analyses normalized text for extraction, once: clauses and tokens, in pieces of bounded size. A
 * document longer than {@value #CHUNK} characters is cut at a line break or sentence end after
 * that many characters (at the latest after twice as many, never inside a surrogate pair), so that
 * a large document is segmented and held a piece at a time. Immutable and thread-safe.
 */
public final class TextAnalyzer {

  /** Documents longer than this many characters are read in pieces of about this size. */
  static final int CHUNK = 200_000;

  private final Segmenter segmenter;
  private final ClauseSplitter clauses = new ClauseSplitter();
  private final QuantityParser quantities = new QuantityParser();

  public TextAnalyzer(Segmenter segmenter) {
    this.segmenter = segmenter;
  }

  /** Each piece of {@code normalized}, analysed, in order. */
  public void forEachPiece(String normalized, Consumer<AnalyzedText> action) {
    int from = 0;
    while (from < normalized.length()) {
      int to = pieceEnd(normalized, from);
      action.accept(analyze(normalized.substring(from, to), from));
      from = to;
    }
  }

  /**
   * One piece that starts at {@code offset} of the whole text. Its numbers are read once, for
   * the segmenter (which keeps them whole) and for the stages (the quantities of targets).
   */
  public AnalyzedText analyze(String piece, int offset) {
    NumberScan numbers = quantities.scan(piece);
    return new AnalyzedText(piece, offset, clauses.split(piece), segmenter.segment(piece, numbers),
        numbers.quantities());
  }

  /** Where the piece from {@code from} ends. */
  static int pieceEnd(String text, int from) {
    if (text.length() - from <= CHUNK) {
      return text.length();
    }
    for (int i = from + CHUNK; i < text.length() && i < from + 2 * CHUNK; i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '。') {
        return i + 1;
      }
    }
    int cut = Math.min(text.length(), from + 2 * CHUNK); // no break at all: cut anyway
    return cut < text.length() && Character.isLowSurrogate(text.charAt(cut)) ? cut + 1 : cut;
  }
}
