package org.zhengce.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengce.structure.ReportPart;

/**
 * The target stage: quantities that state a goal (PM2.5平均浓度下降10%, 森林覆盖率达到33.5%以上),
 * with indicator, direction and qualifier; in a work report's paragraph of expected targets
 * (主要预期目标是：地区生产总值增长6%左右，…) every such quantity, goal word or not; none in the review
 * of a work report when the profile says so. Immutable and thread-safe.
 */
final class TargetExtractor {

  private final TargetFinder finder = new TargetFinder();

  /**
   * How the paragraph at {@code position} sets goals, goal word or not: as a list, in a work
   * report's expected targets and on a line that opens its list of goals with 目标是：, 预期目标为：,
   * 主要目标： before the position (its later sentences, cut at ；, carry no goal word of their own);
   * as a context, in a plan, task list or notice but for the review of the past (一、发展基础)
   * and the situation, and in a work report's planned work.
   */
  private static TargetFinder.Goals goalsAt(AnalyzedText text, DocumentContext context,
      GoalListLines lists, int position) {
    if (!context.profile().bareImperatives()) {
      return TargetFinder.Goals.NONE;
    }
    ReportPart part = context.outline().reportPart(text.offset() + position);
    if (part == ReportPart.TARGETS && context.profile().skipsReview() || lists.opensBefore(position)) {
      return TargetFinder.Goals.LIST;
    }
    return (context.profile().skipsReview() ? part == ReportPart.WORK : part == ReportPart.OTHER)
        ? TargetFinder.Goals.CONTEXT : TargetFinder.Goals.NONE;
  }

  /**
   * Whether a past time stands before the target's number in its sentence, which runs on past a
   * ； (2020 年，我市优良天数达到 250 天；PM2.5年平均浓度下降到 51 微克/立方米).
   */
  private static boolean reportsThePast(AnalyzedText text, TargetFinder.Draft t, int[] pastStarts) {
    int at = t.quantity().start();
    int k = java.util.Arrays.binarySearch(pastStarts, at);
    int before = (k >= 0 ? k : -k - 1) - 1;
    if (before < 0) {
      return false;
    }
    String s = text.text();
    for (int i = pastStarts[before]; i < at; i++) {
      char c = s.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '\n' && i + 1 < at && s.charAt(i + 1) == '\n') {
        return false;
      }
    }
    return true;
  }

  /** What opens a list of goals: 主要预期目标是：, 目标为：, 主要目标：. */
  private static final Pattern GOAL_LIST = Pattern.compile("目标(是|为)?[:：]");
  private static final int GOAL_LIST_LONGEST = "目标是：".length();

  /**
   * Whether the line of a position opens a list of goals before it. Positions asked in order
   * read each line once, not once from its start for every number on it. One per {@link #find}
   * call, not shared.
   */
  private static final class GoalListLines {
    private final String text;
    /** The line read last, how far it is read, and whether a list opens in that part. */
    private int lineStart = -1;
    private int readTo;
    private boolean opens;

    GoalListLines(String text) {
      this.text = text;
    }

    boolean opensBefore(int position) {
      if (lineStart < 0 || position < readTo || lineBreakIn(readTo, position)) {
        lineStart = text.lastIndexOf('\n', position - 1) + 1; // another line
        readTo = lineStart;
        opens = false;
      }
      if (!opens && position > readTo) { // what is new, with room for a match across readTo
        int from = Math.max(lineStart, readTo - (GOAL_LIST_LONGEST - 1));
        opens = GOAL_LIST.matcher(text).region(from, position).find();
        readTo = position;
      }
      return opens;
    }

    private boolean lineBreakIn(int from, int to) {
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == '\n') {
          return true;
        }
      }
      return false;
    }
  }

  List<TargetFinder.Draft> find(AnalyzedText text, DocumentContext context) {
    return find(text, context, new int[0]);
  }

  /**
   * The targets of {@code text}; none whose sentence opens, before its number, with a time that was
   * already past when the document was written ({@code pastStarts}, sorted): 2020 年，…细颗粒物平均
   * 浓度下降到 21 微克/立方米 reports a result in a 2021 plan, as 2021年全国…下降34.8% does in 2022 news.
   */
  List<TargetFinder.Draft> find(AnalyzedText text, DocumentContext context, int[] pastStarts) {
    GoalListLines lists = new GoalListLines(text.text());
    List<TargetFinder.Draft> found = finder.find(text.text(), text.clauses(), text.words(),
        text.quantities(), position -> goalsAt(text, context, lists, position));
    if (pastStarts.length > 0) {
      found = found.stream().filter(t -> !reportsThePast(text, t, pastStarts)).toList();
    }
    if (!context.profile().bareImperatives()) {
      return found;
    }
    List<TargetFinder.Draft> rows = TableTargets.find(text.text());
    List<TargetFinder.Draft> all = new ArrayList<>(rows);
    for (TargetFinder.Draft d : found) {
      if (rows.stream().noneMatch(r -> r.start() <= d.quantity().start() && d.quantity().start() < r.end())) {
        all.add(d);
      }
    }
    all.sort(Comparator.comparingInt(d -> d.quantity().start()));
    return Review.withoutPast(all, TargetFinder.Draft::start, text, context);
  }
}
