package org.zhengce.serve;

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
import org.zhengce.extract.Target;
import org.zhengce.format.Checklist;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.text.TsvRows;

/**
 * One document with its records, as the document page and the extract page show it: the
 * original text marked in place ({@link MarkedText}) beside a panel with the metadata, the flags
 * explained ({@code flags.tsv}), a legend whose boxes show or hide each kind of record, the
 * targets (each a link to its place in the text), the downloads, and the checklist grouped by
 * party ({@link Checklist} through {@link ChecklistHtml}). Stateless.
 */
final class RecordView {

  /** Where the downloads are: addresses (or data: URLs) of the Markdown, CSV and JSON. */
  record Downloads(String markdown, String csv, String json, String baseName) {}

  private static final Map<String, String> FLAGS = flags();

  private RecordView() {}

  static String html(ProcessedDocument p, String focus, Downloads downloads, String id) {
    CleanDocument doc = p.document();
    Extraction x = p.extraction();
    StringBuilder html = new StringBuilder();
    html.append("<div class=\"doc\">\n<article class=\"original\" id=\"text\">")
        .append(MarkedText.html(doc, x, focus)).append("</article>\n<aside>\n");
    metadata(html, doc.metadata(), doc.document().source(), id);
    flags(html, doc.flags());
    legend(html, doc, x);
    targets(html, x);
    html.append("<section><h2>Download</h2><p class=\"downloads\">")
        .append(link(downloads.markdown(), downloads.baseName() + ".checklist.md", "Checklist (Markdown)"))
        .append(link(downloads.csv(), downloads.baseName() + ".commitments.csv", "Commitments (CSV)"))
        .append(link(downloads.json(), downloads.baseName() + ".records.json", "Records (JSON)"))
        .append("</p></section>\n");
    html.append("<section id=\"checklist\"><h2>Checklist 清单</h2>\n")
        .append(ChecklistHtml.of(Checklist.of(doc, x))).append("</section>\n</aside>\n</div>");
    return html.toString();
  }

  private static String link(String href, String name, String label) {
    return "<a href=\"" + Html.esc(href) + "\" download=\"" + Html.esc(name) + "\">" + label + "</a> ";
  }

  /** The metadata panel of a document: from its metadata, or from what the index stores. */
  static void metadata(StringBuilder html, DocumentMetadata m, String source, String id) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("title", m.title());
    rows.put("date", m.isoDate());
    rows.put("place", m.place());
    rows.put("issuer", m.issuer());
    rows.put("speakers", m.speakers().isEmpty() ? null : String.join("、", m.speakers()));
    rows.put("kind", m.kind() == null ? null : m.kind().label());
    rows.put("script", m.script() == null ? null : m.script().label());
    rows.put("source", source);
    rows.put("id", id);
    metadata(html, rows);
  }

  static void metadata(StringBuilder html, Map<String, String> rows) {
    html.append("<section><h2>Document</h2><dl class=\"meta\">");
    rows.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        html.append("<dt>").append(k).append("</dt><dd>").append(Html.esc(v)).append("</dd>");
      }
    });
    html.append("</dl></section>\n");
  }

  static void flags(StringBuilder html, List<String> flags) {
    html.append("<section><h2>Flags</h2>");
    if (flags.isEmpty()) {
      html.append("<p>none: a clean text</p>");
    }
    for (String f : flags) {
      html.append("<p class=\"flag\"><span class=\"badge\">").append(Html.esc(f)).append("</span> ")
          .append(Html.esc(FLAGS.getOrDefault(f, ""))).append("</p>");
    }
    html.append("</section>\n");
  }

  private static void legend(StringBuilder html, CleanDocument doc, Extraction x) {
    long specific = x.commitments().stream().filter(Commitment::specific).count();
    html.append("<section><h2>Records</h2><ul class=\"legend\">")
        .append(toggle("c", "commitments 承诺", x.commitments().size() + " (" + specific + " on the checklist)"))
        .append(toggle("t", "targets 目标", String.valueOf(x.targets().size())))
        .append(toggle("d", "deadlines 期限", String.valueOf(x.deadlines().size())))
        .append(toggle("p", "parties 责任主体", String.valueOf(x.parties().size())))
        .append(toggle("noise", "noise 噪声 (left out)", String.valueOf(doc.noise().size())))
        .append("</ul></section>\n");
  }

  private static String toggle(String cls, String label, String count) {
    return "<li><label><input type=\"checkbox\" class=\"layer\" data-layer=\"" + cls + "\" checked> <span class=\""
        + cls + " swatch\">" + Html.esc(label) + "</span> " + Html.esc(count) + "</label></li>";
  }

  private static void targets(StringBuilder html, Extraction x) {
    if (x.targets().isEmpty()) {
      return;
    }
    Map<String, Deadline> deadlines = x.deadlines().stream().collect(Collectors.toMap(Deadline::id, Function.identity()));
    html.append("<section><h2>Targets</h2><ul class=\"targets\">");
    for (Target t : x.targets()) {
      Deadline d = t.deadline() == null ? null : deadlines.get(t.deadline());
      html.append("<li><a href=\"#r-").append(Html.esc(t.id())).append("\">").append(Html.esc(MarkedText.describe(t)))
          .append("</a>").append(d == null ? "" : " · " + Html.esc(d.due() != null ? "by " + d.due() : d.text()))
          .append(t.indicatorId() == null ? "" : " <small>" + Html.esc(t.indicatorId()) + "</small>").append("</li>");
    }
    html.append("</ul></section>\n");
  }

  private static Map<String, String> flags() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] row : TsvRows.read(RecordView.class, "flags.tsv", 2)) {
      out.put(row[0], row[1]);
    }
    return Map.copyOf(out);
  }
}
