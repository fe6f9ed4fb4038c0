package org.zhengce.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.zhengce.extract.time.TimeExpression.Relation;
import org.zhengce.extract.time.TimeExpression.Type;

/** The parser's contract: nothing from nothing, odd text never throws, shared safely. */
class TimeParserContractTest {

  private static final TimeParser PARSER = new TimeParser();
  private static final LocalDate DOC = LocalDate.of(2016, 6, 30);

  @Test
  void emptyOrNullTextGivesNothing() {
    assertEquals(List.of(), PARSER.find("", DOC));
    assertEquals(List.of(), PARSER.find(null, DOC));
    assertEquals(List.of(), PARSER.find("", null));
  }

  @Test
  void textWithoutTimesGivesNothing() {
    assertEquals(List.of(), PARSER.find("要立即成立组织，尽快编制方案，马上整改，近期召开会议，第一时间上报。", DOC));
  }

  @Test
  void oddTextNeverThrows() {
    String[] odd = {
      "年", "月", "日", "年年年年年年", "月月月底前", "前前前", "内", "以来", "到", "自起", "“”", "“十",
      "十四五”", "2020", "2020年13月45日", "2月30日", "0月0日", "9999年", "99999999", "2019-13-45",
      "２０２０年底前", "環(huán)境2020年", "\uD835\uDC00年\uD835\uDC01月", "\uD800年", "年\uDC00",
      "到\n\n2025 年", "\u3000\u3000到　2025　年", "第十四个五年规划第十个五年计划第一个五年计划",
      "本世纪末本世纪中叶21世纪中叶", "上周周周末", "周", "下下下月", "〇〇〇〇年", "二〇二〇年十三月",
      "1-13月", "前十三个月", "第五季度", "十五五五", "半年半", "零年", "一百五年", "三五年",
      "2100年底", "1900年初", "12月1日至1月5日", "今天到昨天", "2030年到2020年"
    };
    for (String text : odd) {
      for (LocalDate doc : new LocalDate[] {DOC, null, LocalDate.of(2000, 1, 1),
          LocalDate.of(2099, 12, 31)}) {
        TimeParserTableTest.assertWellFormed(text, PARSER.find(text, doc));
      }
    }
  }

  @Test
  void randomTextNeverThrows() {
    String alphabet = "0123456789０１２年月日号前后内以来起至到—-~.．/：:十一二三四五六七八九〇两半个工作天周"
        + "季度上下本今明去年底末初中旬“”\"十四五期间时期世纪中叶春节国庆自从力争截至 \n\u3000";
    Random random = new Random(42);
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        if (random.nextInt(20) == 0) {
          sb.appendCodePoint(0x1F600 + random.nextInt(50)); // a surrogate pair
        } else {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = sb.toString();
      TimeParserTableTest.assertWellFormed(text, PARSER.find(text, random.nextBoolean() ? DOC : null));
    }
  }

  @Test
  void relativeExpressionsAreFoundWithoutADocumentDate() {
    List<TimeExpression> found = PARSER.find("今年以来，年底前，上周三，6月底，明年底前，春节", null);
    assertEquals(6, found.size());
    for (TimeExpression e : found) {
      assertNull(e.to(), e.text());
    }
    assertEquals(Relation.BY, found.get(1).relation());
  }

  @Test
  void fullWidthDigitsKeepTheirOffsets() {
    String text = "ＰＭ２．５浓度较２０１５年下降，２０２０年底前达标。";
    List<TimeExpression> found = PARSER.find(text, DOC);
    assertEquals(List.of("２０１５年", "２０２０年底前"), found.stream().map(TimeExpression::text).toList());
    assertEquals(Type.SPAN, found.get(1).type());
    assertEquals(LocalDate.of(2020, 12, 31), found.get(1).to());
  }

  @Test
  void offsetsCountUtf16UnitsAroundSurrogates() {
    String text = "\uD83D\uDE00\uD83D\uDE00到2020年";
    TimeExpression e = PARSER.find(text, DOC).get(0);
    assertEquals(4, e.start());
    assertEquals("到2020年", e.text());
  }

  @Test
  void everyLunarHolidayIsKnownFrom2000To2035() {
    for (int year = 2000; year <= 2035; year++) {
      for (String name : List.of("春节", "除夕", "元宵节", "清明", "端午", "中秋")) {
        LocalDate day = Holidays.date(name, year);
        assertTrue(day != null && day.getYear() == year, name + " " + year);
      }
    }
    assertEquals(LocalDate.of(2024, 2, 10), Holidays.date("春节", 2024));
    assertEquals(LocalDate.of(2024, 2, 9), Holidays.date("除夕", 2024));
    assertEquals(LocalDate.of(2020, 6, 25), Holidays.date("端午", 2020));
    assertEquals(LocalDate.of(2020, 10, 1), Holidays.date("中秋", 2020));
    assertEquals(MonthDay.of(4, 5), MonthDay.from(Holidays.date("清明", 2023)));
    assertNull(Holidays.date("春节", 1999));
  }

  @Test
  void sameOutputOnFourThreadsAndInAnyOrder() throws Exception {
    String a = "到2020年，全市所有城市建成区20%以上的面积达到标准要求；30个工作日内上报整改方案，今年以来成效明显。";
    String b = "“十四五”期间，上周三，下个月，春节前，2019年至2021年，自2021年11月25日起施行。";
    List<TimeExpression> expectedA = PARSER.find(a, DOC);
    List<TimeExpression> expectedB = PARSER.find(b, DOC);
    assertEquals(expectedA, PARSER.find(a, DOC)); // A, B, A
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> PARSER.find(a, DOC).equals(expectedA)
            && new TimeParser().find(b, DOC).equals(expectedB)));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
