package org.zhengce.extract;

import java.util.List;
import org.zhengce.text.Span;

/**
 * One checklist item: a clause that obliges, promises or directs an action. {@code span} and
 * {@code text} are in the original; {@code action} is short and normalized; parties, deadlines and
 * targets are linked by id.
 */
public record Commitment(String id, Span span, String text, Modality modality, String action,
    List<String> parties, List<String> deadlines, List<String> targets) {

  public Commitment {
    parties = List.copyOf(parties);
    deadlines = List.copyOf(deadlines);
    targets = List.copyOf(targets);
  }

  /** Whether it belongs on a checklist: a party, a deadline, a target or a concrete deliverable. */
  public boolean specific(boolean hasDeliverable) {
    return hasDeliverable || !parties.isEmpty() || !deadlines.isEmpty() || !targets.isEmpty();
  }
}
