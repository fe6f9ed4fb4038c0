package org.zhengce.extract;

import java.util.List;
import org.zhengce.text.Span;

/**
 * One checklist item: a clause that obliges, promises or directs an action. {@code span} and
 * {@code text} are in the original; {@code action} is short and normalized; parties, deadlines and
 * targets are linked by id. {@code specific}: it belongs on a checklist, carrying a party, a
 * deadline, a target or a concrete deliverable (方案, 清单, 台账…). {@code section} is the path of
 * headings it stands under ({@code 三、重点任务 > （一）能源绿色低碳转型行动}, normalized), null
 * when the document has none.
 */
public record Commitment(String id, Span span, String text, Modality modality, String action,
    List<String> parties, List<String> deadlines, List<String> targets, boolean specific,
    String section) {

  public Commitment {
    parties = List.copyOf(parties);
    deadlines = List.copyOf(deadlines);
    targets = List.copyOf(targets);
  }
}
