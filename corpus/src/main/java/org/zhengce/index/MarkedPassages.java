package org.zhengce.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's passages with each match in marks; matches that touch or overlap are
 * one mark, so a phrase segmented into words reads 【环衡水湖绿化】, not 【环】【衡水】【湖】【绿化】.
 * Passages are joined by {@link #SEPARATOR}. Stateless and thread-safe.
 */
final class MarkedPassages extends PassageFormatter {

  static final String SEPARATOR = "\u2029";
  private final String start;
  private final String end;

  MarkedPassages(String start, String end) {
    this.start = start;
    this.end = end;
  }

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    for (Passage p : passages) {
      if (out.length() > 0) {
        out.append(SEPARATOR);
      }
      int pos = p.getStartOffset();
      int i = 0;
      while (i < p.getNumMatches()) {
        int from = Math.max(pos, p.getMatchStarts()[i]);
        int to = p.getMatchEnds()[i];
        while (i + 1 < p.getNumMatches() && p.getMatchStarts()[i + 1] <= to) { // touching or overlapping
          to = Math.max(to, p.getMatchEnds()[++i]);
        }
        i++;
        to = Math.min(to, p.getEndOffset());
        if (to <= from) {
          continue;
        }
        out.append(content, pos, from).append(start).append(content, from, to).append(end);
        pos = to;
      }
      out.append(content, pos, p.getEndOffset());
    }
    return out.toString();
  }
}
