package org.zhengce.extract;

import java.util.List;
import java.util.function.ToIntFunction;
import org.zhengce.structure.ReportPart;

/**
 * The review of last year's work in a work report (过去一年…, 2023年工作回顾), and a plan's section
 * on its basis (一、发展基础): results, not plans. No commitment, target or deadline is taken from
 * it in plans and reports.
 */
final class Review {

  private Review() {}

  /**
   * {@code found} without what starts in a review of the past: the review of a work report, and a
   * plan's section on its basis (一、发展基础), in every profile that reads plans or reports.
   */
  static <T> List<T> withoutPast(List<T> found, ToIntFunction<T> start, AnalyzedText text,
      DocumentContext context) {
    if (!context.profile().bareImperatives()) {
      return found;
    }
    return found.stream().filter(t -> context.outline()
        .reportPart(text.offset() + start.applyAsInt(t)) != ReportPart.REVIEW).toList();
  }
}
