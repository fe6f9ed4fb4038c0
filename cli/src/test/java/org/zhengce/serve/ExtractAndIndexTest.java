package org.zhengce.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extract page and endpoint: files and pasted text through the pipeline, the readers' reasons
 * for what they refuse, the size limit, adding to the index (which search then finds, and which a
 * {@code zhengce index} run beside the server changes too), and a server without an index.
 */
class ExtractAndIndexTest {

  /** A real excerpt of a work plan's deadlines and targets (the style of records.md's examples). */
  private static final String EXCERPT = "关于黄河湿地保护修复的工作方案\n各县区要在6月底前制定湿地保护修复整改方案，"
      + "市林业局牵头负责。到2020年，全市森林覆盖率要达到33.5%以上。\n";

  private static WebServer start(Path index, long maxBytes, StringWriter log) throws IOException {
    return WebServer.start(new WebServer.Options("127.0.0.1", 0, index, maxBytes, 4), new PrintWriter(log));
  }

  @Test
  void aFileOrAPastedTextGetsItsChecklistWithoutTouchingTheIndex() throws IOException {
    StringWriter log = new StringWriter();
    try (WebServer server = start(SeedIndex.path(), 50L << 20, log)) {
      Client client = new Client(server.address());
      byte[] seed = Files.readAllBytes(SeedIndex.examples().resolve("002_dfa6bb9ab80b81e2.txt"));
      Client.Response file = client.postForm("/extract", Map.of(), "002_dfa6bb9ab80b81e2.txt", seed);
      assertEquals(200, file.status(), file.body());
      assertTrue(file.body().contains("Extracted from 002_dfa6bb9ab80b81e2.txt (TEXT, UTF-8). Not added to the index."));
      assertTrue(file.body().contains("<section id=\"checklist\">") && file.body().contains("<li><label><input type=\"checkbox\">"));
      assertTrue(file.body().contains("download=\"002_dfa6bb9ab80b81e2.checklist.md\""), "downloads without the server");

      Client.Response pasted = client.postForm("/extract", Map.of("text", EXCERPT), null, null);
      assertEquals(200, pasted.status());
      assertTrue(pasted.body().contains("<h3>市林业局</h3>") || pasted.body().contains("<h3>各县区</h3>"), pasted.body());
      assertTrue(pasted.body().contains("制定湿地保护修复整改方案</strong>"), pasted.body());
      assertTrue(pasted.body().contains("森林覆盖率 reach 33.5% (at_least)"), "the target in the panel");

      Client.Response raw = client.post("/api/extract?name=plan.txt", "text/plain; charset=utf-8",
          EXCERPT.getBytes(StandardCharsets.UTF_8));
      assertEquals(200, raw.status(), raw.body());
      JsonNode json = raw.json();
      assertEquals("plan.txt", json.get("source").asText());
      assertTrue(json.get("document").has("flags"));
      assertEquals(33.5, json.get("targets").get(0).get("value").asDouble());
      assertTrue(json.get("checklist").asText().contains("制定湿地保护修复整改方案** · 期限 6月底前"), json.get("checklist").asText());
      assertTrue(json.get("added").isNull());
      assertEquals(5, client.get("/api/search?q=" + Client.q("工作")).json().get("total").asInt(), "the index is as it was");
    }
    assertEquals("", log.toString());
  }

  @Test
  void pdfWordAndHtmlFilesAreReadAsTheReadersReadThem() throws IOException {
    try (WebServer server = start(SeedIndex.path(), 50L << 20, new StringWriter())) {
      Client client = new Client(server.address());
      // the test font holds the seeds' characters: a passage of seed 004, printed as a plan
      byte[] pdf = org.zhengce.read.TestPdfs.plan("在省环境保护督察组督察衡水市情况反馈会上的讲话", "衡水市",
          "深入实施六大防治工程,确保今年PM2.5平均浓度下降10%,PM10平均浓度下降12%以上。\n各县市区要在6月底前制定整改方案。");
      Client.Response fromPdf = client.postForm("/extract", Map.of(), "plan.pdf", pdf);
      assertEquals(200, fromPdf.status(), fromPdf.body());
      assertTrue(fromPdf.body().contains("Extracted from plan.pdf (PDF, PDF 1."), fromPdf.body());
      assertTrue(fromPdf.body().contains("PM2.5平均浓度 decrease 10%"), "the target of the PDF");
      byte[] docx;
      try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
        for (String line : EXCERPT.strip().split("\n")) {
          d.createParagraph().createRun().setText(line);
        }
        d.write(out);
        docx = out.toByteArray();
      }
      JsonNode fromWord = client.post("/api/extract?name=plan.docx", "application/octet-stream", docx).json();
      assertEquals("plan.docx", fromWord.get("source").asText(), fromWord.toString());
      assertEquals("forest_cover", fromWord.get("targets").get(0).get("indicator_id").asText());
      assertTrue(fromWord.get("checklist").asText().contains("制定湿地保护修复整改方案"));
      String page = "<html><head><title>关于黄河湿地保护修复的工作方案</title></head><body><nav>首页 | 政务公开</nav><p>"
          + EXCERPT.replace("\n", "</p><p>") + "</p></body></html>";
      JsonNode fromHtml = client.post("/api/extract?name=plan.html", "text/html", page.getBytes(StandardCharsets.UTF_8)).json();
      assertEquals("关于黄河湿地保护修复的工作方案", fromHtml.get("document").get("title").asText(), fromHtml.toString());
      assertEquals(33.5, fromHtml.get("targets").get(0).get("value").asDouble());
    }
  }

  @Test
  void whatTheReadersRefuseGetsTheirReason() throws IOException {
    try (WebServer server = start(SeedIndex.path(), 64 * 1024, new StringWriter())) {
      Client client = new Client(server.address());
      byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
      Client.Response image = client.postForm("/extract", Map.of(), "picture.png", png);
      assertEquals(422, image.status());
      assertTrue(image.body().contains("picture.png: not a text file (PNG image)."), image.body());
      Client.Response apiImage = client.post("/api/extract?name=picture.png", "application/octet-stream", png);
      assertEquals(422, apiImage.status());
      assertEquals("picture.png: not a text file (PNG image).", apiImage.json().get("error").asText());
      Client.Response nothing = client.postForm("/extract", Map.of("text", "  "), null, null);
      assertEquals(400, nothing.status());
      assertTrue(nothing.body().contains("Choose a file or paste a text to extract."));
      Client.Response broken = client.post("/extract", "multipart/form-data; boundary=abc", "no parts here".getBytes());
      assertEquals(400, broken.status());
      // over the limit of every input: the document (100 KB > 64 KB), and the whole body
      byte[] big = EXCERPT.repeat(1000).getBytes(StandardCharsets.UTF_8);
      Client.Response large = client.postForm("/extract", Map.of(), "big.txt", java.util.Arrays.copyOf(big, 100 * 1024));
      assertEquals(413, large.status());
      assertTrue(large.body().contains("big.txt: too large"), large.body());
      Client.Response huge = client.post("/api/extract?name=huge.txt", "text/plain", java.util.Arrays.copyOf(big, 300 * 1024));
      assertEquals(413, huge.status());
      assertEquals("The upload is larger than the 0.1 MB limit of every input (start the server with --max-size to "
          + "change it).", huge.json().get("error").asText());
      assertEquals(200, client.get("/extract").status(), "the server keeps serving");
    }
  }

  @Test
  void anAddedDocumentIsSearchedAndShownAndAnIndexRunBesideTheServerIsSeen(@TempDir Path dir) throws IOException {
    Path index = SeedIndex.copy(dir);
    StringWriter log = new StringWriter();
    String id;
    try (WebServer server = start(index, 50L << 20, log)) {
      Client client = new Client(server.address());
      assertEquals(0, client.get("/api/search?q=" + Client.q("湿地保护修复")).json().get("total").asInt());
      Client.Response added = client.postForm("/extract", Map.of("text", EXCERPT, "add", "on"), null, null);
      assertEquals(200, added.status(), added.body());
      assertTrue(added.body().contains("Added to the index as upload:pasted.txt (added)"), added.body());
      JsonNode found = client.get("/api/search?q=" + Client.q("湿地保护修复")).json();
      assertEquals(1, found.get("total").asInt(), found.toString());
      assertEquals("upload:pasted.txt", found.get("hits").get(0).get("path").asText());
      id = found.get("hits").get(0).get("id").asText();
      Client.Response page = client.get("/doc?id=" + id);
      assertEquals(200, page.status());
      assertTrue(page.body().contains("森林覆盖率要达到33.5%以上"), "the text, kept in memory");

      Path more = Files.createDirectories(dir.resolve("more"));
      Files.writeString(more.resolve("notice.txt"), "关于开展秸秆禁烧专项检查的通知\n各乡镇要在10月底前完成秸秆禁烧巡查。\n");
      assertEquals(0, SeedIndex.run("index", "--index", index.toString(), more.toString()).exit());
      assertEquals(1, client.get("/api/search?q=" + Client.q("秸秆禁烧")).json().get("total").asInt(),
          "the server opens the index again when a run beside it committed");
    }
    try (WebServer again = start(index, 50L << 20, log)) {
      Client.Response page = new Client(again.address()).get("/doc?id=" + id);
      assertEquals(200, page.status());
      assertTrue(page.body().contains("uploaded to an earlier run of the server"), page.body());
    }
    assertEquals("", log.toString());
  }

  @Test
  void withoutAnIndexSearchSaysSoAndExtractStillWorks(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("no-index");
    try (WebServer server = start(missing, 50L << 20, new StringWriter())) {
      Client client = new Client(server.address());
      Client.Response search = client.get("/?q=" + Client.q("环保"));
      assertEquals(503, search.status());
      assertTrue(search.body().contains("No index at " + missing + " (run zhengce index first)."), search.body());
      assertEquals(503, client.get("/").status());
      assertEquals(503, client.get("/api/search?q=x").json().get("status").asInt());
      assertEquals(503, client.get("/compare").status());
      assertEquals(200, client.get("/extract").status());
      assertEquals(200, client.post("/api/extract", "text/plain", EXCERPT.getBytes(StandardCharsets.UTF_8)).status());
      Client.Response added = client.post("/api/extract?name=first.txt&add=1", "text/plain", EXCERPT.getBytes(StandardCharsets.UTF_8));
      assertEquals("added", added.json().get("added").get("outcome").asText(), added.body());
      assertEquals(1, client.get("/api/search?q=" + Client.q("湿地")).json().get("total").asInt(), "the index it made");
    }
  }
}
