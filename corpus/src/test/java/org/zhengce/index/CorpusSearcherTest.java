package org.zhengce.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.read.Seeds;

/** Search over a small index of real documents: what a query means, passages, filters. */
class CorpusSearcherTest {

  @TempDir static Path dir;
  private static CorpusSearcher searcher;
  private static final CorpusSearcher.Filters NONE = new CorpusSearcher.Filters(null, null, null, null);

  /** A long plan: the 衡水 speech, then more than 10,000 characters, then 河长制 for the first time. */
  private static final String LONG = Seeds.text(Seeds.S004) + "\n" + Seeds.text(Seeds.S003).repeat(4)
      + "\n全面推行河长制、湖长制，落实水污染防治行动计划。\n";

  @BeforeAll
  static void index() throws Exception {
    DocumentPipeline pipeline = DocumentPipeline.standard();
    try (CorpusIndex index = CorpusIndex.open(dir.resolve("index"))) {
      put(index, pipeline, "004.txt", Seeds.text(Seeds.S004));
      put(index, pipeline, "long.txt", LONG);
      put(index, pipeline, "xiongan.txt", "河北雄安新区行政区划代码正式用于户籍管理工作\n\n"
          + "今天，河北雄安新区行政区划代码133100正式应用于户籍管理工作。");
      put(index, pipeline, "hk.txt", "香港特區政府公布清新空氣藍圖，路邊空氣污染物濃度須下降。");
      put(index, pipeline, "pm.txt", "北京市人民政府关于印发大气污染防治行动计划的通知\n\n2021年12月1日\n\n"
          + "到2025年，全市PM2.5年均浓度下降到35微克/立方米。");
    }
    searcher = CorpusSearcher.open(dir.resolve("index"));
  }

  private static void put(CorpusIndex index, DocumentPipeline pipeline, String name, String text) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ProcessedDocument p = pipeline.process(pipeline.read(name, bytes));
    index.put(name, CorpusIndex.id(bytes), p.document(), p.extraction());
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static CorpusSearcher.Result search(String q) throws IOException {
    return searcher.search(q, NONE, 10);
  }

  @Test
  void theWordsOfOneUnspacedChunkMustAllOccur() throws IOException {
    // 雄安新區 → 雄 安 新区; the 衡水 speech has 新区 but not 雄安
    CorpusSearcher.Result r = search("雄安新區");
    assertEquals(1, r.total(), r.hits().toString());
    assertEquals("xiongan.txt", r.hits().get(0).path());
    assertEquals(1, search("雄安 新区").total());
    assertEquals(3, search("新区 OR 雄安").total()); // the long plan holds the 衡水 speech
  }

  @Test
  void plainChineseTextIsNeverSyntax() throws IOException {
    assertEquals(List.of("long.txt"), paths(search("河长制/湖长制")));
    long pm25 = search("PM2.5").total();
    assertEquals(pm25, search("PM2.5!").total());
    assertEquals(pm25, search("[PM2.5]").total());
    assertEquals(List.of("long.txt"), paths(search("\"河长制")));
    assertEquals(List.of("long.txt"), paths(search("河长制\"")));
    assertEquals(List.of("pm.txt"), paths(search("北京市:PM2.5")));
    for (String q : new String[] {"AND", "OR", "NOT", "(河长制", "title:", "*", "河长制 AND", "环境保护".repeat(2500)}) {
      search(q); // no Lucene internals
    }
    IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> search(distinctWords(2000)));
    assertTrue(tooLong.getMessage().startsWith("query too long"), tooLong.getMessage());
    assertTrue(tooLong.getMessage().length() < 100, tooLong.getMessage());
    IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class, () -> search("河长制 AND (湖长制 OR"));
    assertTrue(malformed.getMessage().startsWith("malformed query"), malformed.getMessage());
    assertTrue(!malformed.getMessage().contains("\\u") && !malformed.getMessage().contains("Cannot parse"),
        malformed.getMessage());
    assertThrows(IllegalArgumentException.class, () -> search("   "));
  }

  private static String distinctWords(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("w").append(i).append(' ');
    }
    return sb.toString();
  }

  @Test
  void operatorsKeepTheirMeaning() throws IOException {
    assertEquals(List.of("pm.txt"), paths(search("\"PM2.5年均浓度\" AND 北京市")));
    assertEquals(4, search("NOT 香港").total());
    assertEquals(1, search("title:户籍管理").total());
    assertEquals(1, search("河长* -雄安").total());
    assertEquals(0, search("河长* -衡水").total());
  }

  @Test
  void passagesComeFromWhereverTheMatchIs() throws IOException {
    assertTrue(LONG.indexOf("河长制") > 10_000);
    CorpusSearcher.Hit hit = search("河长制").hits().get(0);
    assertTrue(hit.passages().stream().anyMatch(p -> p.contains("【河长制】")), hit.passages().toString());
  }

  @Test
  void matchesThatTouchAreOneMark() throws IOException {
    CorpusSearcher.Hit hit = search("环衡水湖绿化").hits().get(0);
    assertTrue(hit.passages().stream().anyMatch(p -> p.contains("重点实施【环衡水湖绿化】和林业园区")),
        hit.passages().toString());
    assertTrue(search("雄安新區").hits().get(0).passages().get(0).contains("河北【雄安新区】"));
  }

  @Test
  void filtersReadLikeTheData() throws IOException {
    CorpusSearcher.Result beijing = searcher.search("PM2.5", new CorpusSearcher.Filters("北京", null, null, null), 10);
    assertEquals(1, beijing.total());
    assertTrue(beijing.notes().contains("place 北京 read as 北京市"), beijing.notes().toString());
    assertEquals(2, searcher.search("环保督察", new CorpusSearcher.Filters("衡水", null, null, null), 10).total());

    IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
        () -> searcher.search("河长制", new CorpusSearcher.Filters(null, null, null, "plans"), 10));
    assertEquals("unknown kind 'plans'; the kinds are speech, meeting, notice, plan, report, news", kind.getMessage());
    assertEquals(1, searcher.search("PM2.5", new CorpusSearcher.Filters(null, null, null, "Plan"), 10).total());

    IllegalArgumentException years = assertThrows(IllegalArgumentException.class,
        () -> searcher.search("河长制", new CorpusSearcher.Filters(null, 2030, 2010, null), 10));
    assertEquals("--from 2030 is after --to 2010", years.getMessage());

    // the 雄安 and 香港 texts have no date: a year filter drops them, and says so
    CorpusSearcher.Result dated = searcher.search("户籍 OR 蓝图 OR 北京市", new CorpusSearcher.Filters(null, 2020, null, null), 10);
    assertEquals(1, dated.total());
    assertTrue(dated.notes().contains("2 matching documents have no year and are left out by --from/--to"),
        dated.notes().toString());
  }

  private static List<String> paths(CorpusSearcher.Result r) {
    return r.hits().stream().map(CorpusSearcher.Hit::path).toList();
  }
}
