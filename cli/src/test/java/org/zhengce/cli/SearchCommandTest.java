package org.zhengce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zhengce search} answers the question typed: all words, plain text, filters as the data reads. */
class SearchCommandTest {

  @TempDir static Path dir;
  private static Path index;

  @BeforeAll
  static void index() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.copy(CliTest.seed(CliTest.S004), docs.resolve(CliTest.S004));
    Files.writeString(docs.resolve("xwlb.txt"), "河北雄安新区行政区划代码正式用于户籍管理工作\n\n"
        + "今天，河北雄安新区行政区划代码133100正式应用于户籍管理工作。", StandardCharsets.UTF_8);
    String filler = Files.readString(CliTest.seed("003_aed745ce6a21ca97.txt"), StandardCharsets.UTF_8).repeat(4);
    Files.writeString(docs.resolve("long.txt"), filler + "\n全面推行河长制、湖长制。\n", StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("2024_南京_政府工作报告.txt"), "各位代表：\n\n现在，我代表南京市人民政府向大会报告工作。"
        + "今年经济社会发展的主要预期目标是：地区生产总值增长5%以上。\n", StandardCharsets.UTF_8);
    index = dir.resolve("index");
    CliTest.Run run = CliTest.run("index", "--index", index.toString(), docs.toString());
    assertEquals(0, run.exit(), run.err());
  }

  private static CliTest.Run search(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("search", "--index", index.toString()));
    all.addAll(List.of(args));
    return CliTest.run(all.toArray(String[]::new));
  }

  @Test
  void severalWordsWithoutOperatorsMeanAllOfThem() {
    CliTest.Run run = search("雄安新區");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("1 document matches 雄安新區"), run.out());
    assertTrue(run.out().contains("河北【雄安新区】行政区划代码"), run.out());
  }

  @Test
  void passagesShowMatchesPastTheFirstTenThousandCharacters() {
    CliTest.Run run = search("河长制");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("全面推行【河长制】"), run.out());
  }

  @Test
  void plainTextIsNeverASyntaxError() {
    for (String q : new String[] {"河长制/湖长制", "PM2.5!", "[十四五]", "\"河长制", "AND", "COD:减排"}) {
      CliTest.Run run = search(q);
      assertEquals(0, run.exit(), q + ": " + run.err());
    }
    CliTest.Run huge = search("环境保护".repeat(2500));
    assertEquals(0, huge.exit(), huge.err());
    assertTrue(huge.out().lines().findFirst().orElseThrow().length() < 100, "the heading echoes the whole query");
  }

  @Test
  void unknownKindsAndYearsOutOfOrderAreUsageErrors() {
    CliTest.Run kind = search("环保督察", "--kind", "plans");
    assertEquals(2, kind.exit());
    assertEquals(List.of("zhengce: unknown kind 'plans'; the kinds are speech, meeting, notice, plan, report, news"),
        kind.errLines());
    CliTest.Run years = search("环保督察", "--from", "2030", "--to", "2010");
    assertEquals(2, years.exit());
  }

  @Test
  void anUndatedReportIsFiledUnderTheYearOfItsFileName() {
    CliTest.Run run = search("地区生产总值", "--from", "2024", "--to", "2024");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("1 document matches 地区生产总值"), run.out());
    assertTrue(run.out().contains("2024年南京 政府工作报告  (南京市 · — · report"), run.out());
  }

  @Test
  void theYearsOfStatsAddUpToTheDocuments() throws IOException {
    CliTest.Run stats = CliTest.run("stats", "--index", index.toString(), "--format", "json");
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stats.out());
    int years = 0;
    for (com.fasterxml.jackson.databind.JsonNode n : json.get("year")) {
      years += n.asInt();
    }
    assertEquals(json.get("documents").asInt(), years, json.toString());
  }

  @Test
  void aYearFilterSaysWhatItDrops() {
    CliTest.Run run = search("雄安新区", "--from", "2020");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("note: 1 matching document has no year and is left out by --from/--to"), run.out());
  }

  @Test
  void theUsersAbbreviationsAreAddedToTheTable() throws IOException {
    // 河长制 is written 河长制 in long.txt; the user's row makes 河流保护责任制 find it
    assertTrue(search("河流保护责任制").out().startsWith("0 documents match"));
    Path mine = dir.resolve("mine.tsv");
    Files.writeString(mine, "河流保护责任制\tsame\t河长制\t\tmy own name for it\n", StandardCharsets.UTF_8);
    CliTest.Run run = search("河流保护责任制", "--synonyms", mine.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("1 document matches"), run.out());
    assertTrue(run.out().contains("【河长制】"), run.out());

    Files.writeString(mine, "河流保护责任制\t河长制\n", StandardCharsets.UTF_8);
    CliTest.Run bad = search("河长制", "--synonyms", mine.toString());
    assertEquals(2, bad.exit());
    assertTrue(bad.err().startsWith("zhengce: --synonyms " + mine + ":1: expected 'term<TAB>same|part"), bad.err());
    CliTest.Run missing = search("河长制", "--synonyms", dir.resolve("none.tsv").toString());
    assertEquals(2, missing.exit());
    assertEquals(List.of("zhengce: --synonyms " + dir.resolve("none.tsv") + ": no such file"), missing.errLines());
  }
}
