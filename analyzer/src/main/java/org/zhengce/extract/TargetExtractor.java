package org.zhengce.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.zhengce.number.QuantityParser;
import org.zhengce.structure.ReportPart;

/**
 * The target stage: quantities that state a goal (PM2.5平均浓度下降10%, 森林覆盖率达到33.5%以上),
 * with indicator, direction and qualifier; in a work report's paragraph of expected targets
 * (主要预期目标是：地区生产总值增长6%左右，…) every such quantity, goal word or not; none in the review
 * of a work report when the profile says so. Immutable and thread-safe.
 */
final class TargetExtractor {

  private final QuantityParser quantities = new QuantityParser();
  private final TargetFinder finder = new TargetFinder();

  /**
   * Whether the paragraph at {@code position} sets goals as a whole: a work report's part of
   * expected targets, or, in a plan or a report, a line that opens its list of goals with
   * 目标是：, 预期目标为：, 主要目标： before the position (its later sentences, cut at ；, carry no
   * goal word of their own).
   */
  private static boolean setsGoals(AnalyzedText text, DocumentContext context, int position) {
    if (!context.profile().bareImperatives()) {
      return false;
    }
    if (context.profile().skipsReview()
        && context.outline().reportPart(text.offset() + position) == ReportPart.TARGETS) {
      return true;
    }
    int lineStart = text.text().lastIndexOf('\n', position - 1) + 1;
    return GOAL_LIST.matcher(text.text()).region(lineStart, position).find();
  }

  /** What opens a list of goals: 主要预期目标是：, 目标为：, 主要目标：. */
  private static final Pattern GOAL_LIST = Pattern.compile("目标(是|为)?[:：]");

  List<TargetFinder.Draft> find(AnalyzedText text, DocumentContext context) {
    List<TargetFinder.Draft> found = finder.find(text.text(), text.clauses(),
        quantities.find(text.text()), position -> setsGoals(text, context, position));
    return Review.without(found, TargetFinder.Draft::start, text, context);
  }
}
