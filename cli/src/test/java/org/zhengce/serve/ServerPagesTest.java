package org.zhengce.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhengce.index.CorpusIndex;

/**
 * The pages and their JSON twins over the index of the five sample documents, without a browser:
 * status, content type, what each shows, and one clear sentence for each bad request.
 */
class ServerPagesTest {

  private static final StringWriter LOG = new StringWriter();
  private static WebServer server;
  private static Client client;
  private static String id004;

  @BeforeAll
  static void start() throws IOException {
    server = WebServer.start(new WebServer.Options("127.0.0.1", 0, SeedIndex.path(), 50L << 20, 8), new PrintWriter(LOG));
    client = new Client(server.address());
    id004 = CorpusIndex.id(Files.readAllBytes(SeedIndex.examples().resolve(SeedIndex.S004)));
  }

  @AfterAll
  static void stop() {
    server.close();
    assertEquals("", LOG.toString(), "no request ended in an internal error");
  }

  private static String sentence(Client.Response r) {
    var m = Pattern.compile("<p class=\"sentence\">([^<]*)</p>").matcher(r.body());
    return m.find() ? m.group(1) : "(no sentence) " + r.body();
  }

  @Test
  void theLandingPageSaysWhatTheIndexHolds() {
    Client.Response r = client.get("/");
    assertEquals(200, r.status());
    assertTrue(r.type().startsWith("text/html; charset=utf-8"), r.type());
    assertTrue(r.body().contains("5 documents in the index"), r.body());
    assertTrue(r.body().contains("<input type=\"search\" name=\"q\""));
    assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
  }

  @Test
  void aTraditionalQueryFindsTheSimplifiedSpeechWithItsPassagesMarked() {
    Client.Response r = client.get("/?q=" + Client.q("環保督察"));
    assertEquals(200, r.status());
    // 环保督察 also finds its full form 环境保护督察 (seed 003, which writes only that)
    assertTrue(r.body().contains("3 documents match"), r.body());
    assertTrue(r.body().contains("在省环境保护督察组督察衡水市情况反馈会上的讲话"));
    assertTrue(r.body().contains("对<mark>环保督察</mark>中发现的问题"), "the simplified seed, in its own script");
    assertTrue(r.body().contains("中央<mark>環(huán)保督察</mark>組"), "the traditional seed, in its own script");
    assertTrue(r.body().contains("href=\"/doc?id=" + id004 + "\""));
    assertTrue(r.body().contains("<option value=\"衡水市\">衡水市 (1)</option>"), "place filter with its count");
    assertTrue(r.body().contains("<option value=\"speech\">speech (2)</option>"), "kind filter with its count");
  }

  @Test
  void filtersNarrowAndSayHowThePlaceWasRead() {
    Client.Response r = client.get("/?q=" + Client.q("環保督察") + "&place=" + Client.q("衡水"));
    assertEquals(200, r.status());
    assertTrue(r.body().contains("1 document matches"), r.body());
    assertTrue(r.body().contains("place 衡水 read as 衡水市"), r.body());
    assertTrue(r.body().contains("place: 衡水 ×"), "the filter in force, with a link that removes it");
    Client.Response years = client.get("/?q=" + Client.q("督察") + "&from=2017&to=2017");
    assertTrue(years.body().contains("no year and are left out by the year filter") || years.body().contains("no year and is left out"),
        years.body());
  }

  @Test
  void badSearchesGetOneSentence() {
    Client.Response malformed = client.get("/?q=" + Client.q("title:("));
    assertEquals(400, malformed.status());
    assertTrue(sentence(malformed).startsWith("Malformed query near character 7"), sentence(malformed));
    Client.Response backwards = client.get("/?q=" + Client.q("环保") + "&from=2020&to=2010");
    assertEquals(400, backwards.status());
    assertEquals("From 2020 is after to 2010.", sentence(backwards));
    Client.Response year = client.get("/?q=x&from=abc");
    assertEquals(400, year.status());
    assertEquals("The year &#39;abc&#39; is not a year (give four digits, like 2017).", sentence(year));
    Client.Response kind = client.get("/?q=x&kind=poem");
    assertEquals(400, kind.status());
    assertTrue(sentence(kind).startsWith("Unknown kind &#39;poem&#39;; the kinds are speech"), sentence(kind));
    assertEquals(400, client.get("/?q=x&page=0").status());
    assertEquals(400, client.get("/?q=x&page=21").status());
  }

  @Test
  void searchJson() {
    Client.Response r = client.get("/api/search?q=" + Client.q("環保督察"));
    assertEquals(200, r.status());
    assertTrue(r.type().startsWith("application/json"), r.type());
    JsonNode json = r.json();
    assertEquals("環保督察", json.get("query").asText());
    assertEquals(3, json.get("total").asInt());
    assertEquals(1, json.get("page").asInt());
    assertEquals(10, json.get("page_size").asInt());
    JsonNode hit = null;
    for (JsonNode h : json.get("hits")) {
      hit = h.get("id").asText().equals(id004) ? h : hit;
    }
    assertTrue(hit != null, json.toString());
    for (String field : new String[] {"id", "path", "title", "date", "place", "kind", "score", "passages", "url"}) {
      assertTrue(hit.has(field), field);
    }
    assertEquals(id004, hit.get("id").asText());
    assertTrue(hit.get("passages").toString().contains("【环保督察】"), hit.toString());
    assertEquals(1, json.get("facets").get("place").get("衡水市").asInt());
    Client.Response none = client.get("/api/search");
    assertEquals(400, none.status());
    assertEquals(400, none.json().get("status").asInt());
    assertTrue(none.json().get("error").asText().startsWith("Give a query"));
    Client.Response malformed = client.get("/api/search?q=" + Client.q("\"环保 AND ("));
    assertEquals(400, malformed.status());
    assertTrue(malformed.json().get("error").asText().startsWith("Malformed query"), malformed.body());
  }

  @Test
  void pagingKeepsTheQueryInTheAddress() {
    JsonNode all = client.get("/api/search?q=" + Client.q("工作")).json();
    assertEquals(5, all.get("total").asInt(), "every seed speaks of 工作");
    assertEquals(5, all.get("hits").size());
    Client.Response second = client.get("/api/search?q=" + Client.q("工作") + "&page=2");
    assertEquals(0, second.json().get("hits").size(), "five hits fill one page");
  }

  @Test
  void unknownPathsMethodsAndFiles() {
    Client.Response none = client.get("/nothing-here");
    assertEquals(404, none.status());
    assertEquals("There is no page /nothing-here on this server.", sentence(none));
    assertEquals(405, client.post("/search", "text/plain", new byte[] {'x'}).status());
    assertEquals(405, client.post("/api/search", "text/plain", new byte[] {'x'}).status());
    Client.Response css = client.get("/static/style.css");
    assertEquals(200, css.status());
    assertTrue(css.type().startsWith("text/css"));
    assertEquals(200, client.get("/static/zhengce.js").status());
    assertEquals(404, client.get("/static/nope.js").status());
    assertEquals(404, client.get("/static/%2e%2e/%2e%2e/pom.xml").status());
  }
}
