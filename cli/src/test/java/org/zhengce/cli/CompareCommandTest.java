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
    assertTrue(text.contains("<svg") && text.contains("href=\"#q1\"") && !text.contains("http://") || text.contains("xmlns"));

    CliTest.Run indicators = CliTest.run("indicators", "--index", index.toString());
    assertEquals(0, indicators.exit(), indicators.err());
    assertTrue(indicators.out().lines().count() >= 40);
    assertTrue(indicators.out().lines().anyMatch(l -> l.startsWith("pm25") && l.contains(" 1 ")), indicators.out());
  }
}
