package org.zhengce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code zhengce extract} through the shared command line: the records.md shape, offsets into
 * the original, the golden records of seed 004, the checklist and CSV formats; and the {@code
 * time} and {@code quantity} commands.
 */
class ExtractCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "004.expected.json");

  @Test
  void recordsPointIntoTheOriginal() throws IOException {
    Path seed = CliTest.seed("000_7f856751f97904c2.txt");
    CliTest.Run run = CliTest.run("extract", "--format", "jsonl", seed.toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode doc = MAPPER.readTree(run.out());
    String original = Files.readString(seed, StandardCharsets.UTF_8);
    int items = 0;
    for (String kind : new String[] {"commitments", "targets", "deadlines", "parties"}) {
      for (JsonNode item : doc.get(kind)) {
        int start = item.get("start").asInt();
        int end = item.get("end").asInt();
        assertEquals(original.substring(original.offsetByCodePoints(0, start), original.offsetByCodePoints(0, end)),
            item.get("text").asText());
        items++;
      }
    }
    assertTrue(items > 50, "records found: " + items);
    assertEquals("2015-07-03", doc.get("document").get("date").asText());
  }

  /**
   * The whole record set of seed 004 against its reviewed golden file. After a deliberate change
   * to extraction, regenerate with {@code -Dzhengce.regenerate=true} and review the diff.
   */
  @Test
  void seed004MatchesItsGoldenRecords() throws IOException {
    CliTest.Run run = CliTest.run("extract", "--format", "json", CliTest.seed(CliTest.S004).toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode actual = MAPPER.readTree(run.out());
    ((com.fasterxml.jackson.databind.node.ObjectNode) actual).put("source", "004_cde5e523752f718d.txt");
    if (Boolean.getBoolean("zhengce.regenerate")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
    }
    JsonNode expected = MAPPER.readTree(GOLDEN.toFile());
    if (!expected.equals(actual)) {
      Path seen = Path.of("target", "004.actual.json");
      Files.createDirectories(seen.getParent());
      Files.writeString(seen, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
      org.junit.jupiter.api.Assertions.fail("records of seed 004 differ from " + GOLDEN + ": first at "
          + firstDifference(expected, actual, "") + "; see " + seen.toAbsolutePath()
          + ", regenerate with -Dzhengce.regenerate=true after review");
    }
  }

  private static String firstDifference(JsonNode a, JsonNode b, String path) {
    if (a.isContainerNode() && b.isContainerNode() && a.size() == b.size()) {
      if (a.isArray()) {
        for (int i = 0; i < a.size(); i++) {
          if (!a.get(i).equals(b.get(i))) {
            return firstDifference(a.get(i), b.get(i), path + "[" + i + "]");
          }
        }
      } else {
        for (var it = a.fieldNames(); it.hasNext();) {
          String f = it.next();
          if (!a.get(f).equals(b.get(f))) {
            return firstDifference(a.get(f), b.get(f), path + "." + f);
          }
        }
      }
    }
    String shortA = a.toString().length() > 80 ? a.toString().substring(0, 80) + "…" : a.toString();
    String shortB = b.toString().length() > 80 ? b.toString().substring(0, 80) + "…" : b.toString();
    return path + ": expected " + shortA + " but was " + shortB;
  }

  /** Seed 000 as published (traditional) and a simplified copy give the same records. */
  @Test
  void traditionalAndSimplifiedCopiesOfASeedGiveTheSameRecords(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path traditional = CliTest.seed("000_7f856751f97904c2.txt");
    Path simplified = dir.resolve("000-simplified.txt");
    Files.writeString(simplified, org.zhengce.normalize.ScriptConverter.standard()
        .convert(Files.readString(traditional, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    CliTest.Run run = CliTest.run("extract", "--format", "jsonl", traditional.toString(), simplified.toString());
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> docs = new java.util.ArrayList<>();
    for (String line : run.out().lines().toList()) {
      docs.add(MAPPER.readTree(line));
    }
    assertEquals(fields(docs.get(0)), fields(docs.get(1)));
    assertTrue(fields(docs.get(0)).size() > 50);
  }

  /** Every record without its text and offsets, which point each into its own original. */
  private static List<String> fields(JsonNode doc) {
    List<String> out = new java.util.ArrayList<>();
    for (String kind : new String[] {"commitments", "targets", "deadlines", "parties"}) {
      for (JsonNode item : doc.get(kind)) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = item.deepCopy();
        copy.remove(List.of("text", "start", "end"));
        out.add(kind + copy);
      }
    }
    return out;
  }

  @Test
  void checklistGroupsItemsByParty() {
    CliTest.Run run = CliTest.run("extract", "--format", "checklist", CliTest.seed(CliTest.S004).toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("# 在省环境保护督察组督察衡水市情况反馈会上的讲话"), run.out());
    assertTrue(run.out().contains("- [ ] **上报整改方案** · 期限 30个工作日内"), run.out());
    assertTrue(run.out().contains("目标 PM2.5平均浓度 decrease 10%"), run.out());
  }

  @Test
  void csvHasAByteOrderMarkAndOneRowPerCommitment() {
    CliTest.Run run = CliTest.run("extract", "--format", "csv", CliTest.seed(CliTest.S004).toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("\uFEFFsource,id,modality,"));
    assertTrue(run.out().lines().count() > 50);
  }

  @Test
  void badDateIsAUsageError() {
    CliTest.Run run = CliTest.run("extract", "--date", "2016-6-30", CliTest.seed(CliTest.S004).toString());
    assertEquals(2, run.exit());
    assertEquals(1, run.errLines().size(), run.err());
  }

  @Test
  void timeResolvesAgainstTheGivenDate() throws IOException {
    CliTest.Run run = CliTest.run("time", "确保今年完成,30个工作日内上报", "--date", "2016-06-30");
    assertEquals(0, run.exit(), run.err());
    JsonNode first = MAPPER.readTree(run.out().lines().findFirst().orElseThrow());
    assertEquals("今年", first.get("text").asText());
    assertEquals("2016-12-31", first.get("to").asText());
    JsonNode second = MAPPER.readTree(run.out().lines().skip(1).findFirst().orElseThrow());
    assertEquals("duration", second.get("type").asText());
    assertEquals("workday", second.get("unit").asText());
  }

  @Test
  void quantityGivesValuesUnitsAndQualifiers() throws IOException {
    CliTest.Run run = CliTest.run("quantity", "森林覆盖率达到33.5%以上，新增造林十五万亩");
    assertEquals(0, run.exit(), run.err());
    JsonNode first = MAPPER.readTree(run.out().lines().findFirst().orElseThrow());
    assertEquals("33.5%以上", first.get("text").asText());
    assertEquals("at_least", first.get("qualifier").asText());
    JsonNode second = MAPPER.readTree(run.out().lines().skip(1).findFirst().orElseThrow());
    assertEquals(15, second.get("value").asInt());
    assertEquals("万亩", second.get("unit").asText());
  }
}
