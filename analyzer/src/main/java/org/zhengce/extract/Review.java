package org.zhengce.extract;

import java.util.List;
import java.util.function.ToIntFunction;
import org.zhengce.structure.ReportPart;

/**
 * The review of last year's work in a work report (过去一年…, 2023年工作回顾): results, not plans.
 * A profile that {@link ExtractionProfile#skipsReview skips the review} keeps nothing found there.
 */
final class Review {

  private Review() {}

  /** {@code found} without what starts in the review, if the profile skips it. */
  static <T> List<T> without(List<T> found, ToIntFunction<T> start, AnalyzedText text,
      DocumentContext context) {
    if (!context.profile().skipsReview()) {
      return found;
    }
    return found.stream().filter(t -> context.outline()
        .reportPart(text.offset() + start.applyAsInt(t)) != ReportPart.REVIEW).toList();
  }
}
