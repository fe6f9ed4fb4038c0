package org.zhengce.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.zhengce.clean.CleanDocument;
import org.zhengce.clean.Noise;
import org.zhengce.extract.AnalyzedText;
import org.zhengce.normalize.Normalization;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.segment.Segmenter;
import org.zhengce.segment.Token;
import org.zhengce.text.NormalizedText;
import org.zhengce.text.Span;

/**
 * The words of a whole document in original offsets, for the index, from one segmentation: the
 * analysed regions' words are those extraction segmented (handed over piece by piece through
 * {@link #accept}); only the regions that cleaning cut out of the analysis (navigation, footers,
 * garbled runs) are segmented here, alone, so that a search still finds what they say. Page
 * numbers and running headers stay out, as they are out of the normalized text. One per document;
 * not thread-safe.
 */
final class SourceTokens {

  private final CleanDocument doc;
  private final HanlpSegmenter compounds;
  private final List<SourceToken> analysed = new ArrayList<>();

  /** @param compounds what finds the words inside a compound (HanLP's index mode) */
  SourceTokens(CleanDocument doc, HanlpSegmenter compounds) {
    this.doc = doc;
    this.compounds = compounds;
  }

  /** Takes the words of one analysed piece of {@code doc.text()}. */
  void accept(AnalyzedText piece) {
    place(piece.tokens(), doc.text(), piece.offset(), 0, analysed);
  }

  /**
   * The words of {@code tokens} (spans of {@code text.normalized()} from {@code offset}) with
   * their inner words, placed in the original through {@code text}'s map, shifted by {@code shift}.
   */
  private void place(List<Token> tokens, NormalizedText text, int offset, int shift, List<SourceToken> out) {
    for (Token t : tokens) {
      if (!t.isPunctuation() && !t.text().isBlank()) {
        List<SourceToken> inside = new ArrayList<>();
        for (Token w : compounds.wordsInside(t)) {
          Span s = text.toOriginal(offset + w.start(), offset + w.end());
          inside.add(new SourceToken(w.text(), shift + s.start(), shift + s.end(), w.pos(), List.of()));
        }
        Span s = text.toOriginal(offset + t.start(), offset + t.end());
        out.add(new SourceToken(t.text(), shift + s.start(), shift + s.end(), t.pos(), inside));
      }
    }
  }

  /** Every word of the document, in order of position: the analysed ones and those of the cut regions. */
  List<SourceToken> all(Segmenter segmenter, Normalization normalization) {
    List<SourceToken> cut = new ArrayList<>();
    int cutEnd = 0;
    String original = doc.original();
    for (Noise n : doc.noise()) { // sorted; the cleaner cut each region that starts after the last cut
      Span s = n.span();
      if (n.kind() == Noise.Kind.PAGE_FURNITURE || s.start() < cutEnd) {
        continue;
      }
      cutEnd = s.end();
      NormalizedText region = normalization.normalize(original.substring(s.start(), s.end()));
      place(segmenter.segment(region.normalized()), region, 0, s.start(), cut);
    }
    return cut.isEmpty() ? analysed : merge(analysed, cut);
  }

  private static List<SourceToken> merge(List<SourceToken> a, List<SourceToken> b) {
    List<SourceToken> out = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (j == b.size() || (i < a.size() && a.get(i).start() <= b.get(j).start())) {
        out.add(a.get(i++));
      } else {
        out.add(b.get(j++));
      }
    }
    return out;
  }
}
