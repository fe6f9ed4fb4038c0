package org.zhengce.extract;

import java.util.List;

/**
 * The deadline stage: the time expressions that set when something is due (到2020年, 年底前,
 * 30个工作日内, 十三五末), resolved against the document date of the context; none in the review
 * of a work report or a plan's section on its basis. Immutable and thread-safe.
 */
final class DeadlineExtractor {

  private final DeadlineFinder finder = new DeadlineFinder();

  /** The deadlines, and where past times stand (for the target stage: numbers of those report). */
  DeadlineFinder.Found find(AnalyzedText text, DocumentContext context) {
    DeadlineFinder.Found found = finder.findAll(text.text(), context.date());
    return new DeadlineFinder.Found(Review.withoutPast(found.deadlines(), DeadlineFinder.Draft::start,
        text, context), found.pastStarts());
  }
}
