package org.zhengce.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhengce.clean.CleanDocument;
import org.zhengce.clean.DocumentMetadata;
import org.zhengce.extract.Commitment;
import org.zhengce.extract.Deadline;
import org.zhengce.extract.Extraction;
import org.zhengce.extract.Party;
import org.zhengce.extract.Target;
import org.zhengce.text.CodePoints;
import org.zhengce.text.Span;

/** A document's records in the shape of records.md: offsets in code points of the original. */
public final class RecordsJson {

  private RecordsJson() {}

  /** The whole object of records.md for one document. */
  public static Map<String, Object> of(CleanDocument doc, Extraction x) {
    CodePoints cp = new CodePoints(doc.original());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", doc.document().source());
    out.put("document", document(doc));
    List<Object> commitments = new ArrayList<>();
    for (Commitment c : x.commitments()) {
      Map<String, Object> m = item(c.id(), c.span(), c.text(), cp);
      m.put("modality", c.modality().label());
      m.put("action", c.action());
      m.put("parties", c.parties());
      m.put("deadlines", c.deadlines());
      m.put("targets", c.targets());
      m.put("section", c.section());
      commitments.add(m);
    }
    List<Object> targets = new ArrayList<>();
    for (Target t : x.targets()) {
      Map<String, Object> m = item(t.id(), t.span(), t.text(), cp);
      m.put("indicator", t.indicator());
      m.put("indicator_id", t.indicatorId());
      m.put("direction", t.direction().label());
      m.put("value", number(t.value()));
      if (t.valueMax() != null) {
        m.put("value_max", number(t.valueMax()));
      }
      m.put("unit", t.unit());
      m.put("qualifier", t.qualifier().label());
      m.put("deadline", t.deadline());
      m.put("baseline_year", t.baselineYear());
      m.put("place", t.place());
      targets.add(m);
    }
    List<Object> deadlines = new ArrayList<>();
    for (Deadline d : x.deadlines()) {
      Map<String, Object> m = item(d.id(), d.span(), d.text(), cp);
      m.put("kind", d.kind().label());
      m.put("due", d.due() == null ? null : d.due().toString());
      m.put("amount", d.amount());
      m.put("unit", d.unit());
      deadlines.add(m);
    }
    List<Object> parties = new ArrayList<>();
    for (Party p : x.parties()) {
      Map<String, Object> m = item(p.id(), p.span(), p.text(), cp);
      m.put("name", p.name());
      m.put("role", p.role().label());
      parties.add(m);
    }
    out.put("commitments", commitments);
    out.put("targets", targets);
    out.put("deadlines", deadlines);
    out.put("parties", parties);
    return out;
  }

  private static Map<String, Object> item(String id, Span span, String text, CodePoints cp) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("text", text);
    m.put("start", cp.of(span.start()));
    m.put("end", cp.of(span.end()));
    return m;
  }

  /** The {@code document} object of records.md. */
  public static Map<String, Object> document(CleanDocument doc) {
    DocumentMetadata m = doc.metadata();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", m.title());
    out.put("date", m.date() == null ? null : m.date().toString());
    out.put("place", m.place());
    out.put("issuer", m.issuer());
    out.put("speakers", m.speakers());
    out.put("kind", m.kind() == null ? null : m.kind().name().toLowerCase(java.util.Locale.ROOT));
    out.put("script", m.script() == null ? null : m.script().name().toLowerCase(java.util.Locale.ROOT));
    out.put("flags", doc.flags());
    return out;
  }

  /** 10 rather than 10.0 when the value is whole. */
  public static Number number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Number) (long) v : (Number) v;
  }
}
