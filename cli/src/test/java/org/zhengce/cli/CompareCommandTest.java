package org.zhengce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare and indicators over the sample documents' index. */
class CompareCommandTest {

  @Test
  void comparesTargetsFromTheIndex(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("index");
    assertEquals(0, CliTest.run("index", "--index", index.toString(), CliTest.seed(CliTest.S004).toString()).exit());
    CliTest.Run json = CliTest.run("compare", "--index", index.toString(), "--indicator", "pm25", "--format", "json");
    assertEquals(0, json.exit(), json.err());
    JsonNode rows = new ObjectMapper().readTree(json.out());
    assertEquals(1, rows.size());
    JsonNode pm25 = rows.get(0);
    assertEquals("pm25", pm25.get("indicatorId").asText());
    assertEquals("衡水市", pm25.get("place").asText());
    assertEquals("decrease", pm25.get("direction").asText());
    assertEquals(10, pm25.get("value").asInt());
    assertEquals("PM2.5平均浓度下降10%", pm25.get("quote").asText());

    Path page = dir.resolve("compare.html");
    CliTest.Run html = CliTest.run("compare", "--index", index.toString(), "--format", "html", "-o", page.toString());
    assertEquals(0, html.exit(), html.err());
    String text = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(text.contains("<svg"), "no chart");
    assertTrue(text.contains("href=\"#q1\""), "values do not link to their quotes");
    assertTrue(!text.replace("http://www.w3.org/2000/svg", "").matches("(?s).*https?://.*"),
        "the page loads something from elsewhere (only the SVG namespace may be named)");

    // the whole page: canonical indicators only, a table of contents, one value per cell, year and kind
    assertTrue(text.contains("<nav><h2>Contents</h2>"), "no table of contents");
    assertTrue(text.contains("森林覆盖率") && !text.contains("<h2>湖区水面"), "free phrases are shown by default");
    assertTrue(text.lines().filter(l -> l.startsWith("<tr><td")).allMatch(l -> l.split("href=\"#q").length <= 2),
        "a cell holds several values");
    assertTrue(text.contains(">no date</td><td>speech</td>"), "rows do not say the document's year and kind");
    assertTrue(!text.matches("(?s).*>[^<]{1,40} by 2020-1</text>.*"), "chart labels are cut");
    CliTest.Run free = CliTest.run("compare", "--index", index.toString(), "--free-phrases", "--format", "html",
        "-o", page.toString());
    assertEquals(0, free.exit(), free.err());
    assertTrue(Files.readString(page, StandardCharsets.UTF_8).contains("湖区水面"));

    CliTest.Run indicators = CliTest.run("indicators", "--index", index.toString());
    assertEquals(0, indicators.exit(), indicators.err());
    assertTrue(indicators.out().lines().count() >= 40);
    assertTrue(indicators.out().lines().anyMatch(l -> l.startsWith("pm25") && l.contains(" 1 ")), indicators.out());
  }
}
