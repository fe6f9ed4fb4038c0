package org.zhengce.extract;

import java.util.List;

/**
 * The deadline stage: the time expressions that set when something is due (到2020年, 年底前,
 * 30个工作日内, 十三五末), resolved against the document date of the context; none in the review
 * of a work report or a plan's section on its basis. Immutable and thread-safe.
 */
final class DeadlineExtractor {

  private final DeadlineFinder finder = new DeadlineFinder();

  List<DeadlineFinder.Draft> find(AnalyzedText text, DocumentContext context) {
    return Review.withoutPast(finder.find(text.text(), context.date()), DeadlineFinder.Draft::start,
        text, context);
  }
}
