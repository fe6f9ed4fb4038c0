package org.zhengce.format;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhengce.clean.CleanDocument;
import org.zhengce.extract.Commitment;
import org.zhengce.extract.Deadline;
import org.zhengce.extract.Extraction;
import org.zhengce.extract.Party;
import org.zhengce.extract.Target;
import org.zhengce.text.CodePoints;

/**
 * One CSV row per commitment for spreadsheets (RFC 4180 quoting). The caller writes {@link #BOM}
 * and {@link #HEADER} once, so that Excel opens the Chinese correctly.
 */
public final class CommitmentsCsv {

  public static final String BOM = "\uFEFF";
  public static final String HEADER = "source,id,modality,specific,action,parties,deadlines,due,targets,text,start,end";

  private CommitmentsCsv() {}

  public static String rows(CleanDocument doc, Extraction x) {
    Map<String, Party> parties = x.parties().stream().collect(Collectors.toMap(Party::id, Function.identity()));
    Map<String, Deadline> deadlines = x.deadlines().stream().collect(Collectors.toMap(Deadline::id, Function.identity()));
    Map<String, Target> targets = x.targets().stream().collect(Collectors.toMap(Target::id, Function.identity()));
    CodePoints cp = new CodePoints(doc.original());
    StringBuilder out = new StringBuilder();
    for (Commitment c : x.commitments()) {
      List<Deadline> due = c.deadlines().stream().map(deadlines::get).toList();
      out.append(String.join(",",
          field(doc.document().source()), c.id(), c.modality().label(), String.valueOf(c.specific()),
          field(c.action()),
          field(c.parties().stream().map(id -> parties.get(id).name()).collect(Collectors.joining("; "))),
          field(due.stream().map(Deadline::text).collect(Collectors.joining("; "))),
          field(due.stream().filter(d -> d.due() != null).map(d -> d.due().toString())
              .collect(Collectors.joining("; "))),
          field(c.targets().stream().map(id -> targets.get(id).text()).collect(Collectors.joining("; "))),
          field(c.text()), String.valueOf(cp.of(c.span().start())), String.valueOf(cp.of(c.span().end()))))
          .append("\r\n");
    }
    return out.toString();
  }

  public static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
