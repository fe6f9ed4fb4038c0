package org.zhengce.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengce.text.Span;

/**
 * A web page's menus: runs of six or more short lines, each a menu entry (共产党员网首页, 手机版,
 * 思想理论, 党章党规 …: two to ten characters, Han, no digit, no sentence punctuation, no outline
 * number), before the first paragraph of running text or after the last. Lines inside the text
 * (a table's cells, a list) are never a menu, and neither is a numbered table of contents.
 * Works on normalized text. Stateless.
 */
final class MenuBlocks {

  static final int MIN_ENTRIES = 6;
  static final int MAX_ENTRY = 10;
  private static final int BODY_LINE = 40;
  private static final Pattern ENTRY = Pattern.compile("[\\p{IsHan}《》·\\s]{2," + MAX_ENTRY + "}");
  private static final Pattern NUMBERED = Pattern.compile(
      "^(第[一二三四五六七八九十百]+[章节篇部分条]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])");

  private MenuBlocks() {}

  /** The menus of {@code text}, as spans of it. */
  static List<Span> find(String text) {
    List<int[]> lines = new ArrayList<>(); // start, end of each stripped, non-empty line
    int firstBody = -1;
    int lastBody = -1;
    for (int start = 0; start <= text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        int s = text.indexOf(line, start);
        if (line.length() >= BODY_LINE && (line.contains("。") || line.contains("，"))) {
          firstBody = firstBody < 0 ? lines.size() : firstBody;
          lastBody = lines.size();
        }
        lines.add(new int[] {s, s + line.length()});
      }
      start = end + 1;
    }
    List<Span> out = new ArrayList<>();
    if (firstBody < 0) {
      return out;
    }
    runs(text, lines, 0, firstBody, out);
    runs(text, lines, lastBody + 1, lines.size(), out);
    return out;
  }

  private static void runs(String text, List<int[]> lines, int from, int to, List<Span> out) {
    int runStart = -1;
    for (int i = from; i <= to; i++) {
      boolean entry = i < to && isEntry(text.substring(lines.get(i)[0], lines.get(i)[1]));
      if (entry && runStart < 0) {
        runStart = i;
      } else if (!entry && runStart >= 0) {
        if (i - runStart >= MIN_ENTRIES) {
          out.add(new Span(lines.get(runStart)[0], lines.get(i - 1)[1]));
        }
        runStart = -1;
      }
    }
  }

  static boolean isEntry(String line) {
    return ENTRY.matcher(line).matches() && !NUMBERED.matcher(line).find()
        && line.codePoints().anyMatch(Character::isIdeographic);
  }
}
