package org.zhengce.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhengce.clean.CleanDocument;
import org.zhengce.clean.DocumentMetadata;
import org.zhengce.extract.Commitment;
import org.zhengce.extract.Deadline;
import org.zhengce.extract.Extraction;
import org.zhengce.extract.Party;
import org.zhengce.extract.Target;

/**
 * A document's commitments as a Markdown checklist a supervisor can work from: the specific ones
 * (a party, a deadline, a target or a deliverable) as {@code - [ ]} items grouped by who must act,
 * each with its deadline, its targets and a short quote of the original.
 */
public final class Checklist {

  private static final int QUOTE = 90;

  private Checklist() {}

  /** How the items are grouped: by who must act, or by the section of the document. */
  public enum Grouping { PARTY, SECTION }

  /** The checklist grouped by party. */
  public static String of(CleanDocument doc, Extraction x) {
    return of(doc, x, Grouping.PARTY);
  }

  public static String of(CleanDocument doc, Extraction x, Grouping grouping) {
    Map<String, Party> parties = x.parties().stream().collect(Collectors.toMap(Party::id, Function.identity()));
    Map<String, Deadline> deadlines = x.deadlines().stream().collect(Collectors.toMap(Deadline::id, Function.identity()));
    Map<String, Target> targets = x.targets().stream().collect(Collectors.toMap(Target::id, Function.identity()));
    Map<String, List<Commitment>> groups = new LinkedHashMap<>();
    for (Commitment c : x.commitments()) {
      if (!c.specific()) {
        continue;
      }
      String who = c.parties().isEmpty() ? "未指明责任主体 (no party named)"
          : c.parties().stream().map(id -> parties.get(id).name()).distinct().collect(Collectors.joining("、"));
      String key = grouping == Grouping.PARTY ? who
          : c.section() == null ? "（无章节）(no section)" : c.section();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    StringBuilder md = new StringBuilder();
    DocumentMetadata m = doc.metadata();
    md.append("# ").append(m.title() == null ? doc.document().source() : m.title()).append("\n\n");
    List<String> about = new ArrayList<>();
    if (m.place() != null) {
      about.add(m.place());
    }
    if (m.date() != null) {
      about.add(m.date().toString());
    }
    about.add(doc.document().source());
    md.append(String.join(" · ", about)).append("\n\n");
    long count = groups.values().stream().mapToLong(List::size).sum();
    md.append(count).append(" commitments with a party, deadline, target or deliverable (of ")
        .append(x.commitments().size()).append(" found)\n");
    for (Map.Entry<String, List<Commitment>> g : groups.entrySet()) {
      md.append("\n## ").append(g.getKey()).append("\n\n");
      for (Commitment c : g.getValue()) {
        md.append("- [ ] **").append(c.action().isBlank() ? quote(c.text()) : c.action()).append("**");
        if (grouping == Grouping.SECTION && !c.parties().isEmpty()) {
          md.append(" · ").append(c.parties().stream().map(id -> parties.get(id).name()).distinct()
              .collect(Collectors.joining("、")));
        }
        for (String id : c.deadlines()) {
          Deadline d = deadlines.get(id);
          md.append(" · 期限 ").append(d.text().strip());
          if (d.due() != null) {
            md.append(" (").append(d.due()).append(")");
          }
        }
        for (String id : c.targets()) {
          Target t = targets.get(id);
          md.append(" · 目标 ").append(t.indicator()).append(' ').append(t.direction().label()).append(' ')
              .append(RecordsJson.number(t.value()));
          if (t.valueMax() != null) {
            md.append('–').append(RecordsJson.number(t.valueMax()));
          }
          md.append(t.unit() == null ? "" : t.unit());
          if (!t.qualifier().label().equals("exact")) {
            md.append(" (").append(t.qualifier().label()).append(')');
          }
        }
        md.append("  \n  > ").append(quote(c.text())).append('\n');
      }
    }
    return md.toString();
  }

  private static String quote(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= QUOTE ? oneLine : oneLine.substring(0, QUOTE) + "…";
  }
}
