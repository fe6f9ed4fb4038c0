package org.zhengce.extract;

import java.util.List;

/**
 * The target stage: quantities that state a goal (PM2.5平均浓度下降10%, 森林覆盖率达到33.5%以上),
 * with indicator, direction and qualifier; none in the review of a work report when the profile
 * says so. Immutable and thread-safe.
 */
final class TargetExtractor {

  private final QuantityParser quantities = new QuantityParser();
  private final TargetFinder finder = new TargetFinder();

  List<TargetFinder.Draft> find(AnalyzedText text, DocumentContext context) {
    List<TargetFinder.Draft> found = finder.find(text.text(), text.clauses(),
        quantities.find(text.text()));
    return Review.without(found, TargetFinder.Draft::start, text, context);
  }
}
