package org.zhengce.extract;

import java.util.BitSet;
import java.util.List;

/**
 * The commitment stage: clauses grouped into checklist items by {@link CommitmentFinder}, with the
 * rules of the context's profile (modal words in speeches, every action of its own in plans); a
 * clause holding a target or a firm deadline is an item of its own. Titles are no commitments
 * ({@link Titles}), nor is a modal word without an action (要要要…), and there are none in the
 * review of a work report when the profile says so.
 * Immutable and thread-safe.
 */
final class CommitmentExtractor {

  private final CommitmentFinder finder = new CommitmentFinder();

  List<CommitmentFinder.Draft> find(AnalyzedText text, DocumentContext context,
      List<TargetFinder.Draft> targets, List<DeadlineFinder.Draft> deadlines) {
    List<CommitmentFinder.Draft> found = finder.find(text.text(), text.clauses(), text.tokens(),
        anchors(text, targets, deadlines), text.words(), context.profile());
    found = found.stream().filter(d -> !Titles.isTitle(text, context, d)
        && !ModalWords.onlyModal(text.text().substring(d.start(), d.end()))).toList();
    return Review.withoutPast(found, CommitmentFinder.Draft::start, text, context);
  }

  /** The clauses holding a target, and the firm deadlines: what gives a clause its own item. */
  private static CommitmentFinder.Anchors anchors(AnalyzedText text,
      List<TargetFinder.Draft> targets, List<DeadlineFinder.Draft> deadlines) {
    BitSet targetClauses = new BitSet();
    for (TargetFinder.Draft t : targets) {
      targetClauses.set(text.clauseAt(t.quantity().start()));
    }
    List<DeadlineFinder.Draft> firm = deadlines.stream().filter(DeadlineFinder.Draft::firm).toList();
    return new CommitmentFinder.Anchors(targetClauses,
        firm.stream().mapToInt(DeadlineFinder.Draft::start).toArray(),
        firm.stream().mapToInt(DeadlineFinder.Draft::end).toArray());
  }
}
