package org.zhengce.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.segment.Token;
import org.zhengce.text.NormalizedText;
import org.zhengce.text.Span;
import org.zhengce.text.TextNormalizer;

/** Every normalizer and the segmenter: empty text gives nothing, odd text never throws. */
class NormalizerContractTest {

  static Stream<TextNormalizer> normalizers() {
    return Stream.of(new PinyinAnnotationRepair(), new WidthFolder(),
        ScriptConverter.of(ScriptConverter.Chain.T2S), ScriptConverter.of(ScriptConverter.Chain.TW2S),
        ScriptConverter.of(ScriptConverter.Chain.HK2S),
        new RegionMask(List.of()), new LayoutRepair());
  }

  static final List<String> ODD = List.of("", " ", "\n\n", "(", ")", "（）", "(huán)", "環(", "\uD840",
      "\uDC00", "𠀀", "\uFFFD", "\u0000", "ＰＭ", "%", "…………", "a".repeat(10_000), "環(huán)".repeat(500));

  @ParameterizedTest
  @MethodSource("normalizers")
  void emptyGivesEmptyAndOddTextNeverThrows(TextNormalizer normalizer) {
    assertEquals("", normalizer.apply("").normalized());
    for (String odd : ODD) {
      NormalizedText text = normalizer.apply(odd);
      assertEquals(odd, text.original());
      assertWholeSpansMapInside(odd, text);
    }
  }

  @org.junit.jupiter.api.Test
  void theChainAndTheSegmenterToo() {
    assertEquals("", Normalization.standard().normalize("").normalized());
    for (String odd : ODD) {
      NormalizedText text = Normalization.standard().normalize(odd);
      assertEquals(odd, text.original());
      assertWholeSpansMapInside(odd, text);
      // every token is a piece of the normalized text, in order, without overlaps
      int last = 0;
      for (Token t : HanlpSegmenter.standard().segment(text.normalized())) {
        assertTrue(t.start() >= last && t.end() <= text.normalized().length(), odd + ": " + t);
        assertEquals(text.normalized().substring(t.start(), t.end()), t.text(), odd);
        last = t.end();
      }
    }
    assertEquals(List.of(), HanlpSegmenter.standard().segment(""));
  }

  /** The whole normalized text maps to a span inside the original, and so does each character. */
  private static void assertWholeSpansMapInside(String odd, NormalizedText text) {
    int n = text.normalized().length();
    Span whole = text.toOriginal(0, n);
    assertTrue(whole.start() >= 0 && whole.end() <= odd.length() && whole.start() <= whole.end(),
        odd + ": " + whole);
    int lastStart = 0;
    for (int i = 0; i < n; i++) {
      Span one = text.toOriginal(i, i + 1);
      assertTrue(one.start() >= lastStart && one.end() <= odd.length(), odd + " at " + i + ": " + one);
      lastStart = one.start();
    }
  }
}
