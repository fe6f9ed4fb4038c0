package org.zhengce.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.zhengce.structure.Section;
import org.zhengce.text.Span;

/**
 * The commitment stage: clauses grouped into checklist items by {@link CommitmentFinder}, with the
 * rules of the context's profile (modal words in speeches, every action of its own in plans); a
 * clause holding a target or a firm deadline is an item of its own. None in the review of a work
 * report when the profile says so. Immutable and thread-safe.
 */
final class CommitmentExtractor {

  private final CommitmentFinder finder = new CommitmentFinder();

  List<CommitmentFinder.Draft> find(AnalyzedText text, DocumentContext context,
      List<TargetFinder.Draft> targets, List<DeadlineFinder.Draft> deadlines) {
    List<CommitmentFinder.Draft> found = finder.find(text.text(), text.clauses(), text.tokens(),
        anchors(text, targets, deadlines), text.words(), context.profile());
    found = found.stream().filter(d -> !inRunInTitle(text, context, d)).toList();
    return Review.without(found, CommitmentFinder.Draft::start, text, context);
  }

  /**
   * Whether a commitment is only the title of a run-in heading: a numbered title closed by 。 or
   * ：, with its body after it in the same paragraph (1.选用高水平作业队伍。通过公开招标，…). A first
   * clause closed by ； is the item's first task (1.支持高水平建设…；加快…), and one followed by
   * nothing but its attribution (4.加快贯通…新业态。（牵头单位：…）) is the whole task: not titles.
   */
  private static boolean inRunInTitle(AnalyzedText text, DocumentContext context,
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

  /** Whether {@code [from, to)} holds words outside brackets: a body, not only an attribution. */
  private static boolean hasProse(AnalyzedText text, int from, int to) {
    int depth = 0;
    for (int i = Math.max(0, from); i < Math.min(to, text.text().length()); i++) {
      char c = text.text().charAt(i);
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

  /** The clauses holding a target, and the firm deadlines: what gives a clause its own item. */
  private static CommitmentFinder.Anchors anchors(AnalyzedText text,
      List<TargetFinder.Draft> targets, List<DeadlineFinder.Draft> deadlines) {
    BitSet targetClauses = new BitSet();
    for (TargetFinder.Draft t : targets) {
      targetClauses.set(text.clauseAt(t.quantity().start()));
    }
    int[] firm = deadlines.stream().filter(DeadlineFinder.Draft::firm)
        .mapToInt(DeadlineFinder.Draft::start).toArray();
    return new CommitmentFinder.Anchors(targetClauses, firm);
  }
}
