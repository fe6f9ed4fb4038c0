package org.zhengce.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.zhengce.clean.DocumentMetadata.Script;
import org.zhengce.extract.Kind;
import org.zhengce.normalize.Normalization;
import org.zhengce.text.NormalizedText;

/** The seed documents against the {@code document} fields of their gold files. */
class MetadataExtractorTest {

  private static final String S000 = "000_7f856751f97904c2.txt";
  private static final String S001 = "001_b75ede0dfb48a4da.txt";
  private static final String S002 = "002_dfa6bb9ab80b81e2.txt";
  private static final String S003 = "003_aed745ce6a21ca97.txt";
  private static final String S004 = "004_cde5e523752f718d.txt";

  private final MetadataExtractor extractor = new MetadataExtractor();

  static String seed(String name) {
    return org.zhengce.read.Seeds.text(name);
  }

  static DocumentMetadata extract(MetadataExtractor extractor, String original) {
    Normalization n = Normalization.standard();
    return extractor.extract(original, n.normalize(original), null, n.traditionalShare(original));
  }

  private DocumentMetadata seedMetadata(String name) {
    return extract(extractor, seed(name));
  }

  private static void assertGold(DocumentMetadata m, String title, String date, String place,
      Script script) {
    assertEquals(title, m.title(), "title");
    assertEquals(date == null ? null : LocalDate.parse(date), m.date(), "date");
    assertEquals(place, m.place(), "place");
    assertEquals(script, m.script(), "script");
  }

  @Test
  void seed000TraditionalNewsPageWithBreadcrumbs() {
    DocumentMetadata m = seedMetadata(S000);
    assertGold(m, "韩正与金山区官员座谈:认真负责地回应民众诉求", "2015-07-03", "上海市金山区",
        Script.TRADITIONAL);
    assertEquals("中国甘肃在线", m.issuer());
    assertEquals(List.of("韩正", "杨雄"), m.speakers());
    assertEquals(Kind.MEETING, m.kind());
  }

  @Test
  void seed001CrawlDateOnTopIsNotThePublicationDate() {
    DocumentMetadata m = seedMetadata(S001);
    assertGold(m, "我市召开落实中央环境保护督察组反馈问题整改工作专题会议", "2017-08-22", "济南市",
        Script.TRADITIONAL);
    assertEquals("济南日报", m.issuer());
    assertTrue(m.speakers().containsAll(List.of("王文涛", "王忠林")), m.speakers().toString());
    assertEquals(Kind.MEETING, m.kind());
  }

  @Test
  void seed002VenueDistrictDoesNotOutweighTheCity() {
    DocumentMetadata m = seedMetadata(S002);
    assertGold(m, "韩正:坚持问题导向攻坚克难 既定目标务必全面完成", "2016-06-30", "上海市",
        Script.SIMPLIFIED);
    assertEquals("解放日报", m.issuer());
    assertEquals("韩正", m.speakers().get(0));
    assertTrue(m.speakers().contains("杨雄"), m.speakers().toString());
    assertEquals(Kind.MEETING, m.kind());
  }

  @Test
  void seed003TitleFieldAndNoPlaceNoDate() {
    DocumentMetadata m = seedMetadata(S003);
    assertGold(m, "在2024年全市落实中央生态环境保护督察组交办信访问题研判会上的讲话", null, null,
        Script.TRADITIONAL);
    assertNull(m.issuer());
    assertEquals(Kind.SPEECH, m.kind());
  }

  @Test
  void seed004RealTitleAfterTheTeaser() {
    DocumentMetadata m = seedMetadata(S004);
    assertGold(m, "在省环境保护督察组督察衡水市情况反馈会上的讲话", null, "衡水市", Script.SIMPLIFIED);
    assertTrue(m.speakers().contains("陈国鹰"), m.speakers().toString());
    assertEquals(Kind.SPEECH, m.kind());
  }

  @Test
  void htmlTitleWinsWithoutItsSiteName() {
    String original = "首页 > 新闻\n\n正文第一段。";
    DocumentMetadata m = extractor.extract(original, NormalizedText.of(original),
        "中央經濟工作會議舉行 習近平李克強作重要講話_共产党员网", 0);
    assertEquals("中央经济工作会议举行 习近平李克强作重要讲话", m.title());
  }

  @Test
  void emptyAndOddTextsGiveNothingAndNeverThrow() {
    // none of these says anything about itself: no title, date, place, issuer or speaker
    for (String odd : List.of("", "\n\n\n", "。", "標題:", "发布时间:", "来源:|",
        "\uD83D\uDE00\uD83D\uDE00", "時間:9999-99-99", "发布时间:2016-02-30")) {
      DocumentMetadata m = extract(extractor, odd);
      assertNull(m.title(), odd);
      assertNull(m.date(), odd);
      assertNull(m.place(), odd);
      assertNull(m.issuer(), odd);
      assertEquals(List.of(), m.speakers(), odd);
      assertEquals(Kind.NEWS, m.kind(), odd);
      assertEquals(odd.matches(".*[標時].*") ? Script.TRADITIONAL : Script.SIMPLIFIED, m.script(), odd);
    }
    // the pinyin artifact is repaired before anything reads the text
    DocumentMetadata pinyin = extract(extractor, "环(huán)境");
    assertEquals(List.of(), pinyin.speakers());
    assertNull(pinyin.date());
  }

  @Test
  void sameOutputOnFourThreadsAndInAnyOrder() throws Exception {
    List<String> names = List.of(S000, S001, S002, S003, S004);
    List<DocumentMetadata> expected = new ArrayList<>();
    for (String name : names) {
      expected.add(seedMetadata(name));
    }
    // A, B, A: a document after another gives what it gave first
    assertEquals(expected.get(0), seedMetadata(S000));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<DocumentMetadata>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String name : names) {
          futures.add(pool.submit(() -> seedMetadata(name)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % names.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
