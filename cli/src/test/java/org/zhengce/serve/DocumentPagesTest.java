package org.zhengce.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhengce.index.CorpusIndex;

/**
 * The document page (records marked in place, downloads by the CLI's renderers) and the compare
 * page (the tables and charts of compare --format html, each value linked to its quote), over the
 * index of the sample documents.
 */
class DocumentPagesTest {

  private static final StringWriter LOG = new StringWriter();
  private static WebServer server;
  private static Client client;
  private static Path seed;
  private static String id;

  @BeforeAll
  static void start() throws IOException {
    server = WebServer.start(new WebServer.Options("127.0.0.1", 0, SeedIndex.path(), 50L << 20, 4), new PrintWriter(LOG));
    client = new Client(server.address());
    seed = SeedIndex.examples().resolve(SeedIndex.S004);
    id = CorpusIndex.id(Files.readAllBytes(seed));
  }

  @AfterAll
  static void stop() {
    server.close();
    assertEquals("", LOG.toString());
  }

  @Test
  void theDocumentPageMarksTheRecordsInTheOriginal() {
    Client.Response r = client.get("/doc?id=" + id);
    assertEquals(200, r.status());
    String html = r.body();
    assertTrue(html.contains("<h1>在省环境保护督察组督察衡水市情况反馈会上的讲话</h1>"));
    // the target, a piece of its commitment, described in its title
    assertTrue(Pattern.compile("<a class=\"anchor\" id=\"r-t\\d+\"></a><span class=\"c t\" title=\"[^\"]*target t\\d+ · "
        + "PM2.5平均浓度 decrease 10%[^\"]*\">PM2.5平均浓度下降10%</span>").matcher(html).find(), html);
    assertTrue(html.contains("<span class=\"noise\" title=\"left out of analysis: "), "noise is greyed");
    assertTrue(Pattern.compile("<span class=\"c p\" title=\"[^\"]*party p\\d+ · [^\"]*\">各地</span>").matcher(html).find(),
        "a party in its commitment");
    assertTrue(html.contains("<dt>place</dt><dd>衡水市</dd>"));
    assertTrue(html.contains("<span class=\"badge\">boilerplate</span>"));
    assertTrue(html.contains("<h3>各地、各有关单位</h3>"), "the checklist grouped by party");
    assertTrue(html.contains("<li><label><input type=\"checkbox\"> <strong>制定整改方案</strong>"), html);
    assertTrue(html.contains("href=\"/download/checklist.md?id=" + id + "\""));
  }

  @Test
  void aQuoteFromTheComparisonIsMarkedAndInView() {
    Client.Response r = client.get("/doc?path=" + Client.q(seed.toString()) + "&quote=" + Client.q("PM2.5平均浓度下降10%"));
    assertEquals(200, r.status());
    assertTrue(r.body().contains("<a class=\"anchor\" id=\"focus\"></a>"));
    assertTrue(Pattern.compile("<span class=\"c t focus\"[^>]*>PM2.5平均浓度下降10%</span>").matcher(r.body()).find());
  }

  @Test
  void missingDocumentsAndKeys() {
    Client.Response none = client.get("/doc?id=0123456789abcdef01234567");
    assertEquals(404, none.status());
    assertTrue(none.body().contains("There is no document 0123456789abcdef01234567 in the index."));
    assertEquals(400, client.get("/doc").status());
    assertEquals(404, client.get("/api/document?id=nope").status());
    assertEquals(404, client.get("/download/checklist.md?id=nope").status());
  }

  @Test
  void documentJsonIsRecordsMdWithTheNoise() throws IOException {
    Client.Response r = client.get("/api/document?id=" + id);
    assertEquals(200, r.status());
    JsonNode json = r.json();
    assertEquals("current", json.get("state").asText());
    assertEquals("衡水市", json.get("document").get("place").asText());
    String original = Files.readString(seed, StandardCharsets.UTF_8);
    for (String kind : new String[] {"commitments", "targets", "deadlines", "parties", "noise"}) {
      assertTrue(json.get(kind).size() > 0, kind);
      for (JsonNode item : json.get(kind)) {
        int start = original.offsetByCodePoints(0, item.get("start").asInt());
        int end = original.offsetByCodePoints(0, item.get("end").asInt());
        if (item.has("text")) {
          assertEquals(original.substring(start, end), item.get("text").asText(), kind + " text is the original's");
        }
      }
    }
  }

  @Test
  void downloadsAreTheCommandLinesOwnOutput() throws IOException {
    Client.Response md = client.get("/download/checklist.md?id=" + id);
    assertEquals(200, md.status());
    assertTrue(md.type().startsWith("text/markdown"));
    assertTrue(md.headers().firstValue("Content-Disposition").orElse("").contains("004_cde5e523752f718d.checklist.md"));
    SeedIndex.Run cli = SeedIndex.run("extract", "--format", "checklist", seed.toString());
    assertEquals(cli.out().strip(), md.body().strip());
    Client.Response csv = client.get("/download/commitments.csv?id=" + id);
    assertEquals(200, csv.status());
    assertEquals(SeedIndex.run("extract", "--format", "csv", seed.toString()).out(), csv.body());
    Client.Response json = client.get("/download/records.json?id=" + id);
    JsonNode records = new ObjectMapper().readTree(SeedIndex.run("extract", "--format", "json", seed.toString()).out());
    assertEquals(records.get("targets"), json.json().get("targets"));
    assertEquals(records.get("commitments"), json.json().get("commitments"));
  }

  @Test
  void theComparePageListsIndicatorsWithCountsAndDrawsTheReport() {
    Client.Response start = client.get("/compare");
    assertEquals(200, start.status());
    assertTrue(Pattern.compile("<option value=\"pm25\">[^<]*\\(1\\)</option>").matcher(start.body()).find(), start.body());
    assertTrue(start.body().contains("name=\"place\" value=\"衡水市\""), "places to pick, with their counts");
    Client.Response pm25 = client.get("/compare?indicator=pm25");
    assertEquals(200, pm25.status());
    String html = pm25.body();
    assertTrue(html.contains("<div class=\"report\">") && html.contains("<svg") && html.contains("<rect"));
    String link = "/doc?path=" + Client.q(seed.toString()) + "&amp;quote=" + Client.q("PM2.5平均浓度下降10%") + "#focus";
    assertTrue(html.contains("<td class=\"num\"><a href=\"" + link + "\">10%</a>"), html);
    assertTrue(html.contains("<a href=\"" + link + "\"><title>"), "the chart's bar links to the quote too");
    Client.Response none = client.get("/compare?indicator=" + Client.q("不存在的指标"));
    assertEquals(200, none.status());
    assertTrue(none.body().contains("is no canonical indicator and no target phrase holds it"));
    assertEquals(400, client.get("/compare?indicator=&from=2020&to=2010").status());
  }

  @Test
  void compareAndIndicatorJson() {
    JsonNode rows = client.get("/api/compare?indicator=pm25").json();
    assertEquals(1, rows.size());
    assertEquals("pm25", rows.get(0).get("indicatorId").asText());
    assertEquals(10, rows.get(0).get("value").asInt());
    assertTrue(rows.get(0).get("url").asText().startsWith("/doc?path="));
    JsonNode all = client.get("/api/compare?place=" + Client.q("衡水市")).json();
    assertTrue(all.size() >= 5, all.toString());
    JsonNode indicators = client.get("/api/indicators").json();
    assertTrue(indicators.size() >= 40);
    boolean seen = false;
    for (JsonNode i : indicators) {
      if (i.get("id").asText().equals("pm25")) {
        assertEquals(1, i.get("targets").asInt());
        assertTrue(i.get("name_zh").asText().contains("PM2.5"), i.toString());
        seen = true;
      }
    }
    assertTrue(seen);
  }

  @Test
  void theExtractFormTakesFilesAndText() {
    Client.Response r = client.get("/extract");
    assertEquals(200, r.status());
    assertTrue(r.body().contains("enctype=\"multipart/form-data\""));
    assertTrue(r.body().contains("<input type=\"file\" name=\"file\""));
    assertTrue(r.body().contains("<textarea id=\"pasted\" name=\"text\""));
  }
}
