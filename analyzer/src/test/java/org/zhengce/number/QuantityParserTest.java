package org.zhengce.number;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quantities in excerpts of real policy text, table-driven: {@code extract/quantities.tsv} gives
 * one quantity per row (sentence, quote, value, value_max, unit, qualifier) and
 * {@code extract/quantities-all.tsv} every quantity of a sentence, to catch false positives.
 */
class QuantityParserTest {

  private static final QuantityParser PARSER = new QuantityParser();

  static Stream<Arguments> quantities() {
    return Stream.concat(rows("extract/quantities.tsv").stream(),
            rows("extract/quantities-forms.tsv").stream())
        .map(r -> Arguments.of(r[0], r[1], r[2], r[3], r[4], r[5]));
  }

  static Stream<Arguments> sentences() {
    return rows("extract/quantities-all.tsv").stream()
        .map(r -> Arguments.of(r[0], r.length > 1 ? r[1] : ""));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("quantities")
  void readsTheQuantity(String sentence, String quote, String value, String valueMax, String unit,
      String qualifier) {
    List<Quantity> found = PARSER.find(sentence);
    Quantity q = found.stream().filter(x -> x.text().equals(quote)).findFirst().orElse(null);
    assertNotNull(q, () -> quote + " not among " + texts(found));
    assertEquals(sentence.substring(q.start(), q.end()), q.text());
    assertEquals(Double.parseDouble(value), q.value(), 1e-9, "value");
    if (valueMax.isEmpty()) {
      assertNull(q.valueMax(), "value_max");
    } else {
      assertEquals(Double.parseDouble(valueMax), q.valueMax(), 1e-9, "value_max");
    }
    assertEquals(unit.isEmpty() ? null : unit, q.unit(), "unit");
    assertEquals(qualifier, q.qualifier().label(), "qualifier");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("sentences")
  void findsEveryQuantityAndNothingElse(String sentence, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split("\\|"));
    List<Quantity> found = PARSER.find(sentence);
    assertEquals(want, texts(found));
    assertWellFormed(sentence, found);
  }

  @Test
  void brief() {
    Quantity q = PARSER.find("今年确保完成十五万亩的造林任务").get(0);
    assertEquals(List.of(6, 10, "十五万亩", 15.0, "万亩", Qualifier.EXACT),
        List.of(q.start(), q.end(), q.text(), q.value(), q.unit(), q.qualifier()));
    assertEquals("1.5万", only("1.5万").text());
    assertEquals("万", only("1.5万").unit());
    assertEquals(12.5, only("百分之十二点五").value());
    assertEquals("%", only("百分之十二点五").unit());
    assertEquals("%", only("4成").unit());
    assertEquals(40, only("4成").value());
    assertEquals("百分点", only("下降3.4个百分点").unit());
    assertEquals(Qualifier.AT_LEAST, only("10多个").qualifier());
    assertEquals(Qualifier.ABOUT, only("约3万人").qualifier());
    assertEquals("at_most", only("不超过5天").qualifier().label());
    assertEquals(2020, only("两千零二十").value());
    assertEquals("亿", only("一百二十亿").unit());
    assertTrue(PARSER.find("2020年6月底3月1日二〇二〇年").isEmpty(), "dates are left to the time parser");
    assertEquals(List.of("3年", "6个月", "30日"), texts(PARSER.find("3年内、6个月内、30日内")));
  }

  @Test
  void contractEmptyGivesNothingAndOddTextNeverThrows() {
    assertTrue(PARSER.find("").isEmpty());
    List<String> odd = List.of(" ", "\n", "。。。", "\uD840", "\uDC00", "1\uD840万", "𠀀十五万亩",
        "\uFFFD", "\u0000", "%", "—", "1—", "—2", "百分之", "三分之", "1/", "1.", ".5", "1,", "万亿",
        "1".repeat(10_000), "1".repeat(10_000) + "万亩", "一".repeat(10_000), "十".repeat(500) + "年",
        "1.2.3.4.5", "PM", "PM2.", "2020-", "12:", "第", "（", "“", "约", "以上", "1" + "%".repeat(100),
        "百分之".repeat(3_000), "三分之".repeat(3_000), "1—".repeat(3_000), "10多".repeat(3_000));
    for (String text : odd) {
      List<Quantity> found = assertDoesNotThrow(() -> PARSER.find(text), text);
      assertWellFormed(text, found);
    }
  }

  @Test
  void randomMixedTextKeepsSpansInsideAndInOrder() {
    String alphabet = "0123456789.,%-—~至到一二两三十百千万亿零〇点半分之个年月日天亩元以上左右约近超过第"
        + "PMG_/ 　\n。，、“”（）環(huán)\uD840\uDC00";
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertWellFormed(s, assertDoesNotThrow(() -> PARSER.find(s), s));
    }
  }

  @Test
  void sameResultsOnFourThreadsAndInAnyOrder() throws Exception {
    List<String> texts = rows("extract/quantities-all.tsv").stream().map(r -> r[0]).toList();
    List<List<Quantity>> expected = texts.stream().map(PARSER::find).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<Quantity>>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> texts.stream().map(PARSER::find).toList()));
      }
      for (Future<List<List<Quantity>>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdown();
    }
    List<Quantity> first = PARSER.find(texts.get(0));
    PARSER.find(texts.get(1));
    assertEquals(first, PARSER.find(texts.get(0)), "A, B, A");
  }

  private static Quantity only(String text) {
    List<Quantity> found = PARSER.find(text);
    assertEquals(1, found.size(), () -> text + " → " + texts(found));
    return found.get(0);
  }

  private static void assertWellFormed(String text, List<Quantity> found) {
    int last = 0;
    for (Quantity q : found) {
      assertTrue(q.start() >= last && q.end() > q.start() && q.end() <= text.length(), text);
      assertEquals(text.substring(q.start(), q.end()), q.text());
      assertTrue(q.valueMax() == null || q.valueMax() > q.value(), q.text());
      assertTrue(Double.isFinite(q.value()), q.text());
      last = q.end();
    }
  }

  private static List<String> texts(List<Quantity> found) {
    return found.stream().map(Quantity::text).toList();
  }

  /** The rows of a tab-separated test resource; lines starting with # are comments. */
  private static List<String[]> rows(String resource) {
    try (var in = QuantityParserTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
