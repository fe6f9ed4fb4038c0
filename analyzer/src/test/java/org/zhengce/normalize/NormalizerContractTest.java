package org.zhengce.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.text.NormalizedText;
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
      text.toOriginal(0, text.normalized().length());
    }
  }

  @org.junit.jupiter.api.Test
  void theChainAndTheSegmenterToo() {
    for (String odd : ODD) {
      NormalizedText text = Normalization.standard().normalize(odd);
      HanlpSegmenter.standard().segment(text.normalized());
    }
    assertEquals(List.of(), HanlpSegmenter.standard().segment(""));
  }
}
