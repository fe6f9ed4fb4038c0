package org.zhengce.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhengce.structure.Attribution;
import org.zhengce.structure.AttributionLabel;

/**
 * Joins the stages' drafts of one piece of text into records: a target takes the deadline that
 * governs it (the nearest before it in its sentence, else the first after it there); a commitment
 * links the targets and deadlines inside it (and the deadlines of its targets) and its parties,
 * and one split off a sentence keeps the parties named earlier in it (市委…要成立…, 制定…方案); an
 * item's deadline attribution (完成时限：2021年12月底前) is the deadline of each of its commitments.
 * Deadlines become records only when something links them. Stateless.
 */
final class RecordLinker {

  /** What may stand between a time and the clause it opens: 2021年上半年，侧重…, 到2025年 建成…. */
  private static final java.util.regex.Pattern LEADS_INTO = java.util.regex.Pattern.compile("[，,、\\s]*");

  private final PartyExtractor parties;

  RecordLinker(PartyExtractor parties) {
    this.parties = parties;
  }

  void link(AnalyzedText text, DocumentContext context, List<TargetFinder.Draft> targets,
      List<DeadlineFinder.Draft> deadlines, List<CommitmentFinder.Draft> commitments,
      RecordCollector records) {
    int[] targetStarts = targets.stream().mapToInt(t -> t.quantity().start()).toArray();
    int[] deadlineStarts = deadlines.stream().mapToInt(DeadlineFinder.Draft::start).toArray();
    String[] deadlineIds = new String[deadlines.size()];
    String[] targetIds = new String[targets.size()];
    for (int k = 0; k < targets.size(); k++) {
      TargetFinder.Draft t = targets.get(k);
      int due = governing(text, deadlines, deadlineStarts, t.quantity().start());
      targetIds[k] = records.target(text, t,
          due < 0 ? null : deadlineId(text, records, deadlines, deadlineIds, due), context.place());
    }
    for (PartyExtractor.Mention m : parties.addressees(text, context)) {
      records.party(text, m.found(), m.role());
    }
    int lastSentence = -1;
    List<String> lastParties = List.of();
    for (CommitmentFinder.Draft d : commitments) {
      int sentence = text.sentenceAt(d.start());
      List<String> partyIds = new ArrayList<>();
      for (PartyExtractor.Mention m : parties.of(text, context, d)) {
        partyIds.add(records.party(text, m.found(), m.role()));
      }
      if (partyIds.isEmpty() && sentence == lastSentence) {
        partyIds = lastParties;
      }
      lastSentence = sentence;
      lastParties = partyIds;
      List<String> linkedTargets = new ArrayList<>();
      for (int k = firstAtOrAfter(targetStarts, d.start()); k < targetStarts.length
          && targetStarts[k] < d.end(); k++) {
        if (targets.get(k).quantity().end() <= d.end()) {
          linkedTargets.add(targetIds[k]);
        }
      }
      List<String> linkedDeadlines = new ArrayList<>();
      for (int k = firstAtOrAfter(deadlineStarts, d.start()); k < deadlineStarts.length
          && deadlineStarts[k] < d.end(); k++) {
        if (deadlines.get(k).end() <= d.end()) {
          linkedDeadlines.add(deadlineId(text, records, deadlines, deadlineIds, k));
        }
      }
      // 2021年上半年，侧重实物量清查; 到2025年，建成…: a time standing before the clause governs it
      int before = firstAtOrAfter(deadlineStarts, d.start()) - 1;
      if (before >= 0 && LEADS_INTO.matcher(text.text()).region(deadlines.get(before).end(), d.start()).matches()) {
        String id = deadlineId(text, records, deadlines, deadlineIds, before);
        if (!linkedDeadlines.contains(id)) {
          linkedDeadlines.add(0, id);
        }
      }
      // an item's 完成时限：… attribution gives its deadline to every commitment of the item
      for (Attribution a : context.outline().attributionsCovering(text.offset() + d.start())) {
        if (a.label() != AttributionLabel.DEADLINE) {
          continue;
        }
        int from = a.value().start() - text.offset();
        int to = a.value().end() - text.offset();
        for (int k = firstAtOrAfter(deadlineStarts, from); k < deadlineStarts.length
            && deadlineStarts[k] < to; k++) {
          String id = deadlineId(text, records, deadlines, deadlineIds, k);
          if (!linkedDeadlines.contains(id)) {
            linkedDeadlines.add(id);
          }
        }
      }
      for (String id : linkedTargets) {
        String due = records.deadlineOf(id);
        if (due != null && !linkedDeadlines.contains(due)) {
          linkedDeadlines.add(due);
        }
      }
      records.commitment(text, d, Action.of(text.text(), d), partyIds, linkedDeadlines,
          linkedTargets, context.outline());
    }
  }

  private static String deadlineId(AnalyzedText text, RecordCollector records,
      List<DeadlineFinder.Draft> drafts, String[] ids, int k) {
    if (ids[k] == null) {
      ids[k] = records.deadline(text, drafts.get(k));
    }
    return ids[k];
  }

  /** The first index whose value is at least {@code value}; the values are sorted. */
  private static int firstAtOrAfter(int[] sorted, int value) {
    int k = Arrays.binarySearch(sorted, value);
    if (k < 0) {
      return -k - 1;
    }
    while (k > 0 && sorted[k - 1] == value) {
      k--;
    }
    return k;
  }

  /**
   * The index of the deadline nearest before {@code position} in its sentence, else of the first
   * after it in the sentence, else -1.
   */
  private static int governing(AnalyzedText text, List<DeadlineFinder.Draft> all, int[] starts,
      int position) {
    int sentence = text.sentenceAt(position);
    int next = firstAtOrAfter(starts, position);
    for (int k = next - 1; k >= 0; k--) {
      DeadlineFinder.Draft d = all.get(k);
      if (text.sentenceAt(d.start()) != sentence) {
        break;
      }
      if (d.end() <= position) {
        return k;
      }
    }
    for (int k = next; k < all.size(); k++) {
      if (text.sentenceAt(all.get(k).start()) != sentence) {
        break;
      }
      return k;
    }
    return -1;
  }
}
