package org.zhengce.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.zhengce.normalize.ScriptConverter.Chain;
import org.zhengce.text.NormalizedText;
import org.zhengce.text.Span;

class ScriptConverterTest {

  private static final ScriptConverter T2S = ScriptConverter.standard();

  /** OpenCC's own test cases for t2s, tw2s and hk2s (testcases.json, Apache-2.0). */
  @Test
  void passesOpenccTestCases() throws Exception {
    JsonNode cases;
    try (InputStream in = getClass().getResourceAsStream("/opencc/testcases.json")) {
      cases = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build()
          .readTree(in).get("cases");
    }
    int passed = 0;
    int total = 0;
    for (Chain chain : Chain.values()) {
      String config = chain.name().toLowerCase(Locale.ROOT);
      ScriptConverter converter = ScriptConverter.of(chain);
      int ok = 0;
      int n = 0;
      for (JsonNode c : cases) {
        JsonNode expected = c.get("expected").get(config);
        if (expected == null) {
          continue;
        }
        n++;
        String input = c.get("input").asText();
        String got = converter.convert(input);
        if (got.equals(expected.asText())) {
          ok++;
        } else {
          System.out.printf("  %s %s: %s -> %s, expected %s%n",
              config, c.get("id").asText(), input, got, expected.asText());
        }
        assertEquals(got, converter.apply(input).normalized(), "normalize == convert");
      }
      System.out.printf("OpenCC %s: %d/%d%n", config, ok, n);
      passed += ok;
      total += n;
    }
    assertEquals(108, total);
    assertTrue(passed >= 103, passed + "/108 OpenCC cases pass");
  }

  @Test
  void sameLengthPhrasesMapCharacterByCharacter() {
    NormalizedText t = T2S.apply("環境保護督察");
    assertEquals("环境保护督察", t.normalized());
    assertEquals(new Span(2, 4), t.toOriginal(2, 4));
    assertEquals("保護", t.originalOf(2, 4));
    for (int i = 0; i < 6; i++) {
      assertEquals(new Span(i, i + 1), t.toOriginal(i, i + 1));
    }
  }

  @Test
  void otherLengthPhrasesMapAsAWhole() {
    // TSPhrases: 二噁英 → 二𫫇英 (three UTF-16 units become four)
    NormalizedText t = T2S.apply("減少二噁英排放");
    assertEquals("减少二𫫇英排放", t.normalized());
    assertEquals("二噁英", t.originalOf(2, 6));
    assertEquals("二噁英", t.originalOf(3, 5)); // the surrogate pair alone: the whole phrase
    assertEquals("排放", t.originalOf(6, 8));
    assertEquals("減少", t.originalOf(0, 2));
  }

  @Test
  void convertsATraditionalExcerpt() {
    String traditional = "市委、市政府責成市環保局、金山區政府,在充分聽取廣大干部群眾意見的基礎上";
    String simplified = "市委、市政府责成市环保局、金山区政府,在充分听取广大干部群众意见的基础上";
    NormalizedText t = T2S.apply(traditional);
    assertEquals(simplified, t.normalized());
    assertEquals(simplified, T2S.convert(traditional));
    assertEquals(simplified, T2S.convert(simplified), "simplified text stays as it is");
    int at = simplified.indexOf("环保局");
    assertEquals("環保局", t.originalOf(at, at + 3));
  }

  @Test
  void keepsSurrogatePairsWhole() {
    // 𠀀 is in no dictionary; 𡻕 (two units) becomes 岁 (one); 㗲 (one) becomes 𠵾 (two)
    String original = "a𠀀歲𡻕b㗲c";
    NormalizedText t = T2S.apply(original);
    assertEquals("a𠀀岁岁b𠵾c", t.normalized());
    assertEquals("𠀀", t.originalOf(1, 3));
    assertEquals("𡻕", t.originalOf(4, 5));
    assertEquals("㗲", t.originalOf(6, 8));
    assertEquals("㗲", t.originalOf(6, 7));
    assertEquals("c", t.originalOf(8, 9));
  }

  @Test
  void emptyAndUnconvertibleInput() {
    for (Chain chain : Chain.values()) {
      ScriptConverter c = ScriptConverter.of(chain);
      assertEquals("", c.convert(""));
      assertEquals("", c.apply("").normalized());
      assertEquals("PM2.5 达标\n", c.apply("PM2.5 达标\n").normalized());
    }
    assertSame(T2S, ScriptConverter.of(Chain.T2S));
  }

  @Test
  void normalizesCompatibilityIdeographs() {
    // U+F90A (a compatibility 金) and U+2F800 (a compatibility 丽, two units)
    NormalizedText t = T2S.apply("\uF90A山區\uD87E\uDC00");
    assertEquals("金山区丽", t.normalized());
    assertEquals("\uD87E\uDC00", t.originalOf(3, 4));
    // U+2F84B (a compatibility 圖) inside TSPhrases' 乾圖, then 二噁英 as a whole
    NormalizedText u = T2S.apply("乾\uD87E\uDC4B二噁英");
    assertEquals("乾图二𫫇英", u.normalized());
    assertEquals("乾", u.originalOf(0, 1));
    assertEquals("\uD87E\uDC4B", u.originalOf(1, 2));
    assertEquals("二噁英", u.originalOf(2, 6));
  }

  @Test
  void taiwanAndHongKongVariants() {
    assertEquals("着火", ScriptConverter.of(Chain.TW2S).convert("著火"));
    assertEquals("虚伪叹息", ScriptConverter.of(Chain.HK2S).convert("虛偽歎息"));
  }

  @Test
  void mappedSpansStayInsideTheOriginalAndInOrder() {
    String[] alphabet = {"環", "境", "保", "護", "乾", "隆", "著", "後", "臺", "灣", "裏", "裡", "為",
        "眾", "二噁英", "𠀀", "𡻕", "㗲", "勣", "\uF90A", "\uD87E\uDC00", "環(huán)", "ＰＭ２．５", "。", " ",
        "\n", "a", "显著", "\uD800", "\uDC00", "鍾", "嗎", "衆"};
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String original = sb.toString();
      for (Chain chain : Chain.values()) {
        ScriptConverter c = ScriptConverter.of(chain);
        NormalizedText t = c.apply(original);
        assertEquals(c.convert(original), t.normalized(), original);
        int lastStart = 0;
        String normalized = t.normalized();
        for (int i = 0, n; i < normalized.length(); i += n) {
          n = Character.charCount(normalized.codePointAt(i));
          Span s = t.toOriginal(i, i + n);
          assertTrue(s.end() <= original.length(), original);
          assertTrue(s.start() >= lastStart, "order in " + original);
          assertFalse(splitsPair(original, s.start()) || splitsPair(original, s.end()),
              chain + " splits a pair in " + original + " at " + i);
          lastStart = s.start();
        }
      }
    }
  }

  @Test
  void sameOutputOnFourThreadsInAnyOrder() throws Exception {
    String a = "市委、市政府責成市環保局、金山區政府,在充分聽取廣大干部群眾意見的基礎上";
    String b = "減少二噁英排放，落實中央環境保護督察組反饋問題整改。";
    List<String> expected = List.of(T2S.convert(a), T2S.convert(b), T2S.convert(a));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        runs.add(pool.submit(() -> List.of(
            T2S.apply(a).normalized(), T2S.apply(b).normalized(), T2S.apply(a).normalized())));
      }
      for (Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void traditionalShare() {
    assertTrue(ScriptConverter.isTraditional('環'));
    assertFalse(ScriptConverter.isTraditional('环'));
    assertTrue(ScriptConverter.isTraditional('乾'), "乾 becomes 干 outside phrases like 乾隆");
    assertFalse(ScriptConverter.isTraditional('么'), "么 is listed, but kept");
    assertEquals(0.0, ScriptConverter.traditionalShare("市委、市政府责成市环保局"));
    assertEquals(0.0, ScriptConverter.traditionalShare("PM2.5"));
    // eleven Han characters, two of them (責 環) traditional
    assertEquals(2.0 / 11, ScriptConverter.traditionalShare("市委、市政府責成市環保局"), 1e-9);
  }

  private static boolean splitsPair(String s, int at) {
    return at > 0 && at < s.length() && Character.isHighSurrogate(s.charAt(at - 1))
        && Character.isLowSurrogate(s.charAt(at));
  }
}
