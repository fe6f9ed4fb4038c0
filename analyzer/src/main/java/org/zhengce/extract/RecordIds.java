package org.zhengce.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Assigns record ids in document order, after linking: c1, c2… for commitments, t1… for targets,
 * d1… for deadlines, p1… for parties, each numbered by where it starts in the original (then where
 * it ends), whatever order the stages found them in; every link is carried over to the new ids.
 * Stateless.
 */
final class RecordIds {

  private RecordIds() {}

  static Extraction inDocumentOrder(Extraction x) {
    Map<String, String> deadlineIds = new HashMap<>();
    List<Deadline> deadlines = renumber(x.deadlines(), Deadline::span, Deadline::id, "d", deadlineIds);
    Map<String, String> partyIds = new HashMap<>();
    List<Party> parties = renumber(x.parties(), Party::span, Party::id, "p", partyIds);
    Map<String, String> targetIds = new HashMap<>();
    List<Target> targets = renumber(x.targets(), Target::span, Target::id, "t", targetIds);
    Map<String, String> commitmentIds = new HashMap<>();
    List<Commitment> commitments = renumber(x.commitments(), Commitment::span, Commitment::id, "c",
        commitmentIds);
    List<Deadline> d = new ArrayList<>(deadlines.size());
    for (Deadline old : deadlines) {
      d.add(new Deadline(deadlineIds.get(old.id()), old.span(), old.text(), old.kind(), old.due(),
          old.amount(), old.unit()));
    }
    List<Party> p = new ArrayList<>(parties.size());
    for (Party old : parties) {
      p.add(new Party(partyIds.get(old.id()), old.span(), old.text(), old.name(), old.role()));
    }
    List<Target> t = new ArrayList<>(targets.size());
    for (Target old : targets) {
      t.add(new Target(targetIds.get(old.id()), old.span(), old.text(), old.indicator(),
          old.indicatorId(), old.direction(), old.value(), old.valueMax(), old.unit(),
          old.qualifier(), old.deadline() == null ? null : deadlineIds.get(old.deadline()),
          old.baselineYear(), old.place()));
    }
    List<Commitment> c = new ArrayList<>(commitments.size());
    for (Commitment old : commitments) {
      c.add(new Commitment(commitmentIds.get(old.id()), old.span(), old.text(), old.modality(),
          old.action(), map(old.parties(), partyIds), map(old.deadlines(), deadlineIds),
          map(old.targets(), targetIds), old.specific(), old.section()));
    }
    return new Extraction(c, t, d, p);
  }

  /** The records sorted by span, and the new id of each old one in {@code ids}. */
  private static <T> List<T> renumber(List<T> records, Function<T, org.zhengce.text.Span> span,
      Function<T, String> id, String prefix, Map<String, String> ids) {
    List<T> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparing(span));
    for (int i = 0; i < sorted.size(); i++) {
      ids.put(id.apply(sorted.get(i)), prefix + (i + 1));
    }
    return sorted;
  }

  private static List<String> map(List<String> oldIds, Map<String, String> ids) {
    return oldIds.stream().map(ids::get).toList();
  }
}
