package org.zhengce.normalize;

import java.util.List;
import org.zhengce.text.Span;
import org.zhengce.text.TextEditor;
import org.zhengce.text.TextNormalizer;

/**
 * Leaves regions out of analysis. A region that {@link Cut#separates separates} becomes one line
 * break, so that text on either side never runs together into one sentence (navigation, a
 * truncation notice); one that does not is simply removed, so that the clause around it stays
 * whole (a garbled character inside a word). Runs first, on the original, so the spans are
 * original offsets. Immutable and thread-safe.
 */
public final class RegionMask implements TextNormalizer {

  /** A region to leave out. */
  public record Cut(Span span, boolean separates) {}

  private final List<Cut> cuts;

  /** @param cuts regions of the input, sorted and not overlapping */
  public RegionMask(List<Cut> cuts) {
    this.cuts = List.copyOf(cuts);
  }

  @Override
  public void normalize(String text, TextEditor out) {
    for (Cut cut : cuts) {
      Span s = cut.span();
      if (s.start() < out.position() || s.end() > text.length()) {
        throw new IllegalArgumentException("cuts must be sorted, disjoint and inside the text");
      }
      out.keepUntil(s.start());
      out.replace(s.length(), cut.separates() ? "\n" : "");
    }
  }
}
