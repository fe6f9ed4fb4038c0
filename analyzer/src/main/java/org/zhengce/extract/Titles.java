package org.zhengce.extract;

import java.util.Optional;
import org.zhengce.structure.Section;
import org.zhengce.text.Span;

/**
 * Headings that read like tasks but only title what follows them, so that they are no
 * commitments: a numbered run-in title with its body in the same paragraph (1.选用高水平作业队伍。
 * 通过公开招标，…), an unnumbered run-in title in bold (拓展有效投资空间。畅通…, ——创新能力。打造…), and a work report's
 * numbered title line (（一）继续创新和完善宏观调控，确保经济运行在合理区间。 above its paragraphs).
 * Positions are of an analysed piece. Stateless.
 */
final class Titles {

  private Titles() {}

  /** Whether the commitment {@code d} is only a title, by the rules of the context's profile. */
  static boolean isTitle(AnalyzedText text, DocumentContext context, CommitmentFinder.Draft d) {
    return inRunInTitle(text, context, d)
        || (context.profile().bareImperatives() && isLeadTitle(text.text(), d))
        || (context.profile().skipsReview() && inNumberedTitleLine(text.text(), d));
  }

  /**
   * Whether a commitment is only the title of a run-in heading: a numbered title closed by 。 or
   * ：, with its body after it in the same paragraph (1.选用高水平作业队伍。通过公开招标，…). A first
   * clause closed by ； is the item's first task (1.支持高水平建设…；加快…), and one followed by
   * nothing but its attribution (4.加快贯通…新业态。（牵头单位：…）) is the whole task: not titles.
   */
  static boolean inRunInTitle(AnalyzedText text, DocumentContext context,
      CommitmentFinder.Draft d) {
    int start = text.offset() + d.start();
    Optional<Section> section = context.outline().sectionAt(start);
    if (section.isEmpty() || !section.get().runIn()) {
      return false;
    }
    Span heading = section.get().heading();
    int end = heading.end() - text.offset();
    return heading.start() <= start && text.offset() + d.end() <= heading.end() && end < text.text().length()
        && TITLE_ENDS.indexOf(text.text().charAt(end)) >= 0
        && hasProse(text, section.get().body().start() - text.offset(), section.get().body().end() - text.offset());
  }

  /** A run-in title without a number is no longer: 拓展有效投资空间。 */
  private static final int LEAD_TITLE_MAX = 16;

  /**
   * Whether a commitment is the unnumbered run-in title of its paragraph, as work reports and plans
   * print them in bold: the paragraph's first sentence, short, one clause, closed by 。, with more
   * sentences after it on its line (拓展有效投资空间。畅通重点项目保障服务“绿色通道”，…).
   */
  private static boolean isLeadTitle(String text, CommitmentFinder.Draft d) {
    if (d.end() - d.start() > LEAD_TITLE_MAX || d.end() >= text.length() || text.charAt(d.end()) != '。') {
      return false; // most commitments: before looking for the line
    }
    int lineStart = d.start();
    while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    if (!text.substring(lineStart, d.start()).replace("—", "").isBlank() || d.end() - d.start() > LEAD_TITLE_MAX
        || d.end() >= text.length() || text.charAt(d.end()) != '。') {
      return false;
    }
    for (int i = d.start(); i < d.end(); i++) {
      if ("，,、：:；;（(".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    int lineEnd = text.indexOf('\n', d.end());
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    return hasProse(text, d.end() + 1, lineEnd); // a sentence after it, not only an attribution
  }

  /** A numbered title line of a work report: （一）…, 一、… at the line's start. */
  private static final java.util.regex.Pattern TITLE_NUMBER =
      java.util.regex.Pattern.compile("[ \\t\\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)");
  private static final int TITLE_LINE_MAX = 48;

  /**
   * Whether a commitment lies in a work report's numbered title line: one short sentence on a line
   * of its own ((一）继续创新和完善宏观调控，确保经济运行在合理区间。), the planned work following in
   * unnumbered paragraphs below it. A line followed by another numbered one is an item of a list.
   */
  private static boolean inNumberedTitleLine(String text, CommitmentFinder.Draft d) {
    int lineStart = d.start();
    while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
      if (d.start() - --lineStart > TITLE_LINE_MAX) {
        return false; // a long line is no title line: stop looking
      }
    }
    int lineEnd = text.indexOf('\n', d.start());
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    String line = text.substring(lineStart, lineEnd).strip();
    java.util.regex.Matcher number = TITLE_NUMBER.matcher(text).region(lineStart, lineEnd);
    if (!number.lookingAt() || line.length() > TITLE_LINE_MAX || !line.endsWith("。")
        || line.indexOf('。') < line.length() - 1 || line.indexOf('；') >= 0) {
      return false;
    }
    int next = lineEnd;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next < text.length() && !TITLE_NUMBER.matcher(text).region(next, text.length()).lookingAt();
  }

  /** Whether {@code [from, to)} holds words outside brackets: a body, not only an attribution. */
  private static boolean hasProse(AnalyzedText text, int from, int to) {
    return hasProse(text.text(), from, to);
  }

  private static boolean hasProse(String text, int from, int to) {
    int depth = 0;
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      char c = text.charAt(i);
      if ("（(〔【[".indexOf(c) >= 0) {
        depth++;
      } else if ("）)〕】]".indexOf(c) >= 0) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && Character.isLetterOrDigit(c)) {
        return true;
      }
    }
    return false;
  }

  /** What closes a run-in title: a full stop, a colon, the wide space of a PDF line. */
  private static final String TITLE_ENDS = "。：: \u3000";
}
