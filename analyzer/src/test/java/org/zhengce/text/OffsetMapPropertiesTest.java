package org.zhengce.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhengce.normalize.Normalization;
import org.zhengce.normalize.RegionMask;

/**
 * Random mixed text — traditional and simplified, surrogate pairs, full-width forms, the
 * 環(huán) artifact, mojibake, real parentheses — through the whole normalization chain: every
 * span of the normalized text maps inside the original, spans keep their order, and a span of
 * whole characters maps to a span of whole characters.
 */
class OffsetMapPropertiesTest {

  private static final List<String> PIECES = List.of(
      "環(huán)", "境", "發(fā)", "展", "保護(hù)", "督察", "环保", "河長制", "ＰＭ２．５", "１０％", "。", ",",
      "𠀀", "𡻕", "𣨼", "😀", "(修编)", "(29日)", "(上海)", "上;\ue1ee\ue62a^管", "\uFFFD", " ", "\n",
      "\u3000", "abc", "123", "於", "乾隆", "頭髮", "後", "(huán)", "(", ")", "（", "）", "著", "臺灣");

  @Provide
  Arbitrary<String> mixedText() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 400)
  void mappedSpansStayInsideTheOriginalAndKeepTheirOrder(@ForAll("mixedText") String original) {
    NormalizedText text = Normalization.standard().normalize(original);
    checkMap(text);
  }

  @Property(tries = 200)
  void maskedNormalizationMapsToo(@ForAll("mixedText") String original) {
    int cut = original.length() / 3;
    if (cut > 0 && Character.isLowSurrogate(original.charAt(cut))) {
      cut--;
    }
    List<RegionMask.Cut> cuts = cut == 0 ? List.of()
        : List.of(new RegionMask.Cut(new Span(0, cut), true));
    checkMap(Normalization.standard().normalize(original, cuts));
  }

  @Property(tries = 200)
  void originalSpansMapIntoTheNormalizedTextInOrder(@ForAll("mixedText") String original) {
    NormalizedText text = Normalization.standard().normalize(original);
    int n = text.normalized().length();
    Span previous = new Span(0, 0);
    for (int i = 0; i < original.length(); i++) {
      Span s = text.offsets().toNormalized(i, i + 1);
      assertTrue(s.start() >= previous.start() && s.end() <= n, () -> s + " for " + original);
      previous = s;
      // a normalized span maps back over the original character it came from
      if (!s.isEmpty()) {
        Span back = text.toOriginal(s);
        int at = i;
        assertTrue(back.start() <= at && back.end() >= at + 1, () -> back + " does not cover " + at);
      }
    }
  }

  private static void checkMap(NormalizedText text) {
    String original = text.original();
    int n = text.normalized().length();
    Span previous = new Span(0, 0);
    for (int i = 0; i <= n; i++) {
      for (int j = i; j <= Math.min(n, i + 4); j++) {
        if (splitsPair(text.normalized(), i) || splitsPair(text.normalized(), j)) {
          continue; // only whole characters are asked for
        }
        Span s = text.toOriginal(i, j);
        assertTrue(s.start() >= 0 && s.end() <= original.length(), () -> s + " outside " + original);
        assertTrue(!splitsPair(original, s.start()) && !splitsPair(original, s.end()),
            () -> s + " splits a surrogate pair in " + original);
      }
      if (i < n) {
        Span one = text.toOriginal(i, i + 1);
        int at = i;
        Span before = previous;
        assertTrue(one.start() >= before.start() && one.end() >= before.end(),
            () -> "order lost at " + at + " in " + original);
        previous = one;
      }
    }
  }

  private static boolean splitsPair(String s, int position) {
    return position > 0 && position < s.length()
        && Character.isHighSurrogate(s.charAt(position - 1))
        && Character.isLowSurrogate(s.charAt(position));
  }
}
