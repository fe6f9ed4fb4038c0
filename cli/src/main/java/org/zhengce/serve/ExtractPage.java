package org.zhengce.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhengce.clean.CleanDocument;
import org.zhengce.format.Checklist;
import org.zhengce.format.RecordsJson;
import org.zhengce.index.CorpusIndex;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.read.Document;
import org.zhengce.read.ReadException;

/**
 * Extract a new document ({@code /extract}, and {@code POST /api/extract} for scripts): a file
 * (txt, html, pdf, docx, doc, as the readers take them) or a pasted text goes through the {@link
 * DocumentPipeline} and comes back as its checklist and records, without touching the index;
 * with {@code add} it is also added to the index, as {@code upload:NAME}. A file the readers
 * refuse gets their one-line reason (422). Thread-safe.
 */
final class ExtractPage {

  private final Corpus corpus;
  private final Documents documents;
  private final DocumentPipeline pipeline;
  private final Uploads uploads;

  /** A document extracted, and where it went in the index (null when it was not added). */
  private record Extracted(String name, ProcessedDocument processed, String id, CorpusIndex.Outcome added) {}

  ExtractPage(Corpus corpus, Documents documents, DocumentPipeline pipeline, Uploads uploads) {
    this.corpus = corpus;
    this.documents = documents;
    this.pipeline = pipeline;
    this.uploads = uploads;
  }

  Reply form(Request r) {
    return Reply.html(Html.page("Extract a document", "/extract", corpus.directory().toString(), formHtml()));
  }

  Reply extract(Request r) throws IOException {
    Extracted e = extracted(r);
    CleanDocument doc = e.processed().document();
    String title = doc.metadata().title() == null ? e.name() : doc.metadata().title();
    StringBuilder body = new StringBuilder("<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"note\">")
        .append("Extracted from ").append(Html.esc(e.name())).append(" (").append(Html.esc(doc.document().format().name()))
        .append(", ").append(Html.esc(doc.document().encoding())).append("). ");
    if (e.added() == null) {
      body.append("Not added to the index. <a href=\"/extract\">Extract another</a>");
    } else {
      body.append("Added to the index as ").append(Html.esc(Documents.UPLOAD_PREFIX + e.name())).append(" (")
          .append(e.added().name().toLowerCase(java.util.Locale.ROOT)).append("): <a href=\"")
          .append(Html.esc(Html.url("/doc", "id", e.id()))).append("\">its page</a>.");
    }
    body.append("</p>\n");
    if (doc.document().replacedBytes() > 0) {
      body.append("<p class=\"note\">").append(doc.document().replacedBytes())
          .append(" bytes could not be decoded (").append(Html.esc(doc.document().encoding()))
          .append("), replaced and flagged garbled.</p>\n");
    }
    String base = DocumentPage.baseName(e.name());
    body.append(RecordView.html(e.processed(), null, new RecordView.Downloads(
        data("text/markdown", Checklist.of(doc, e.processed().extraction())),
        data("text/csv", DocumentPage.csv(e.processed())),
        data("application/json", JsonText.pretty(RecordsJson.of(doc, e.processed().extraction()))), base), null));
    return Reply.html(Html.page(title + " — extracted", "/extract", corpus.directory().toString(), body.toString()));
  }

  Reply json(Request r) throws IOException {
    Extracted e = extracted(r);
    CleanDocument doc = e.processed().document();
    Map<String, Object> json = new LinkedHashMap<>(RecordsJson.of(doc, e.processed().extraction()));
    json.put("noise", DocumentPage.noise(doc));
    json.put("checklist", Checklist.of(doc, e.processed().extraction()));
    Map<String, Object> added = null;
    if (e.added() != null) {
      added = new LinkedHashMap<>();
      added.put("path", Documents.UPLOAD_PREFIX + e.name());
      added.put("id", e.id());
      added.put("outcome", e.added().name().toLowerCase(java.util.Locale.ROOT));
    }
    json.put("added", added);
    return Reply.json(JsonText.pretty(json));
  }

  private Extracted extracted(Request r) throws IOException {
    Uploads.Received u = uploads.receive(r);
    if (u.document() == null) {
      throw PageException.badRequest("Choose a file or paste a text to extract.");
    }
    Document document;
    try {
      document = pipeline.read(u.name(), u.document());
    } catch (ReadException e) {
      String reason = e.getMessage().replace("(--max-size)", "(the server's --max-size)");
      throw new PageException(reason.startsWith("too large") ? 413 : 422, u.name() + ": " + reason + ".");
    }
    ProcessedDocument processed = pipeline.process(document);
    String id = CorpusIndex.id(u.document());
    CorpusIndex.Outcome added = null;
    if (u.flag("add") || "1".equals(r.param("add"))) {
      CleanDocument doc = processed.document();
      documents.uploaded(id, processed);
      added = corpus.add(Documents.UPLOAD_PREFIX + u.name(), id, doc, processed.extraction());
    }
    return new Extracted(u.name(), processed, id, added);
  }

  private static String data(String type, String text) {
    return "data:" + type + ";charset=utf-8;base64,"
        + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private String formHtml() {
    long mb = uploads.maxBytes() / (1024 * 1024);
    return "<h1>Extract a document 提取</h1>\n<p>A speech, notice, plan or report: its commitments, targets, "
        + "deadlines and parties, and the checklist grouped by who must act. Plain text (UTF-8, GB18030/GBK, Big5), "
        + "HTML, PDF with a text layer, Word .docx and .doc, up to " + mb + " MB. The file is read and forgotten: "
        + "nothing is kept on disk.</p>\n"
        + "<form class=\"extract\" action=\"/extract\" method=\"post\" enctype=\"multipart/form-data\">\n"
        + "<p><label>File <input type=\"file\" name=\"file\" accept=\".txt,.text,.md,.html,.htm,.pdf,.docx,.doc\">"
        + "</label></p>\n<p><label for=\"pasted\">or paste the text</label><br><textarea id=\"pasted\" name=\"text\" "
        + "rows=\"12\" placeholder=\"各县区要在6月底前制定整改方案。到2020年，全市森林覆盖率要达到33.5%。\"></textarea></p>\n"
        + "<p><label><input type=\"checkbox\" name=\"add\"> Also add it to the index, as upload:NAME "
        + "(searchable from then on; its file is not kept)</label></p>\n"
        + "<p><button type=\"submit\">Extract 提取</button></p>\n</form>";
  }
}
