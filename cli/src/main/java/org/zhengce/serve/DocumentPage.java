package org.zhengce.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhengce.clean.CleanDocument;
import org.zhengce.clean.Noise;
import org.zhengce.format.Checklist;
import org.zhengce.format.CommitmentsCsv;
import org.zhengce.format.RecordsJson;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.text.CodePoints;

/**
 * The page of one indexed document ({@code /doc?id=…} or {@code /doc?path=…}; {@code quote=…}
 * marks the target a comparison links to), its JSON twin ({@code /api/document}) and its
 * downloads: the checklist as Markdown ({@link Checklist}), the commitments as CSV ({@link
 * CommitmentsCsv}) and the records as records.md's JSON ({@link RecordsJson}), the CLI's own
 * renderers. Thread-safe.
 */
final class DocumentPage {

  private final Corpus corpus;
  private final Documents documents;

  DocumentPage(Corpus corpus, Documents documents) {
    this.corpus = corpus;
    this.documents = documents;
  }

  Reply page(Request r) throws IOException {
    Documents.Shown shown = documents.load(corpus, key(r));
    String title = title(shown);
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(Html.esc(title)).append("</h1>\n");
    if (shown.note() != null) {
      body.append("<p class=\"note\">").append(Html.esc(shown.note())).append("</p>\n");
    }
    if (shown.processed() != null) {
      String id = shown.id();
      body.append(RecordView.html(shown.processed(), r.param("quote"), new RecordView.Downloads(
          Html.url("/download/checklist.md", "id", id), Html.url("/download/commitments.csv", "id", id),
          Html.url("/download/records.json", "id", id), baseName(shown.path())), id));
    } else {
      Map<String, String> rows = new LinkedHashMap<>();
      for (String f : List.of("title", "date", "place", "issuer", "kind", "script", "path", "id")) {
        Object v = shown.stored().get(f);
        rows.put(f, v == null ? null : v.toString());
      }
      body.append("<div class=\"doc\"><article class=\"original\"></article><aside>");
      RecordView.metadata(body, rows);
      @SuppressWarnings("unchecked")
      List<String> flags = (List<String>) shown.stored().getOrDefault("flags", List.of());
      RecordView.flags(body, flags);
      body.append("<section><h2>Download</h2><p><a href=\"").append(Html.esc(Html.url("/api/document", "id", shown.id())))
          .append("\">What the index holds (JSON)</a></p></section></aside></div>");
    }
    return Reply.html(Html.page(title, null, corpus.directory().toString(), body.toString()));
  }

  Reply json(Request r) throws IOException {
    Documents.Shown shown = documents.load(corpus, key(r));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", shown.id());
    json.put("path", shown.path());
    json.put("state", shown.state().name().toLowerCase(java.util.Locale.ROOT));
    json.put("note", shown.note());
    ProcessedDocument p = shown.processed();
    if (p != null) {
      json.putAll(RecordsJson.of(p.document(), p.extraction()));
      json.put("noise", noise(p.document()));
    } else {
      Map<String, Object> stored = new LinkedHashMap<>(shown.stored());
      Object records = stored.remove("records");
      json.put("document", stored);
      json.put("records", records == null ? null : JsonText.parse(records.toString()));
    }
    return Reply.json(JsonText.pretty(json));
  }

  Reply checklist(Request r) throws IOException {
    ProcessedDocument p = readable(r);
    return Reply.download("text/markdown; charset=utf-8", baseName(p.document().document().source()) + ".checklist.md",
        Checklist.of(p.document(), p.extraction()));
  }

  Reply csv(Request r) throws IOException {
    ProcessedDocument p = readable(r);
    return Reply.download("text/csv; charset=utf-8", baseName(p.document().document().source()) + ".commitments.csv",
        csv(p));
  }

  Reply records(Request r) throws IOException {
    ProcessedDocument p = readable(r);
    return Reply.download("application/json; charset=utf-8", baseName(p.document().document().source()) + ".records.json",
        JsonText.pretty(RecordsJson.of(p.document(), p.extraction())));
  }

  /** The CSV of {@code zhengce extract --format csv}: byte-order mark, header, rows. */
  static String csv(ProcessedDocument p) {
    return CommitmentsCsv.BOM + CommitmentsCsv.HEADER + "\r\n" + CommitmentsCsv.rows(p.document(), p.extraction());
  }

  /** The noise regions, offsets in code points of the original as records.md counts them. */
  static List<Map<String, Object>> noise(CleanDocument doc) {
    CodePoints cp = new CodePoints(doc.original());
    List<Map<String, Object>> out = new ArrayList<>();
    for (Noise n : doc.noise()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("start", cp.of(n.span().start()));
      m.put("end", cp.of(n.span().end()));
      m.put("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
      m.put("reason", n.reason());
      out.add(m);
    }
    return out;
  }

  /** A file name for downloads: the source's name without folder and extension. */
  static String baseName(String source) {
    String name = source.replaceFirst("^" + Documents.UPLOAD_PREFIX, "");
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name.isEmpty() ? "document" : name;
  }

  private ProcessedDocument readable(Request r) throws IOException {
    Documents.Shown shown = documents.load(corpus, key(r));
    if (shown.processed() == null) {
      throw new PageException(404, shown.note());
    }
    return shown.processed();
  }

  private static String key(Request r) {
    return r.param("id") != null ? r.param("id") : r.param("path");
  }

  private static String title(Documents.Shown shown) {
    Object t = shown.stored().get("title");
    return t == null ? shown.path() : t.toString();
  }
}
