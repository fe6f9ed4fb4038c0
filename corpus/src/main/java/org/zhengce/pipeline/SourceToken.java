package org.zhengce.pipeline;

import java.util.List;

/**
 * A word of a document as its analysis segmented it, placed in the original: {@code text} is the
 * word as segmented (normalized: simplified script, numbers with their units), {@code start} and
 * {@code end} the UTF-16 span of the original it came from (which may differ in length when
 * normalization rewrote a phrase), {@code pos} its part of speech, and {@code inside} the
 * shorter words of a compound, each placed in the original the same way (中央环境保护督察 holds
 * 环境保护督察, 环境保护, 督察 …), empty for other words.
 */
public record SourceToken(String text, int start, int end, String pos, List<SourceToken> inside) {

  public SourceToken {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("token " + text + " has span [" + start + ", " + end + ")");
    }
    inside = List.copyOf(inside);
  }
}
