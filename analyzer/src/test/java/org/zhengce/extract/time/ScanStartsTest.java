package org.zhengce.extract.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of the scans answer as the patterns do: {@link Pairs} says a first and second
 * character may open a match exactly when the pattern, tried on the two, matches or runs out of
 * text (always, for a pattern that its kinds of characters do not describe); {@link Starts} finds in one pass the places each {@link Scan#mayStart} allows.
 */
class ScanStartsTest {

  private static final String SAMPLE = "（2021—2025年）上半年，今明两年、十四五期间3个月内，6月底前，下个月15日、"
      + "上周三下午3点，本世纪中叶，90年代初，第十四个五年规划，2019.9.6、7·15，一是中国，二〇二〇年春节前后，"
      + "半小时后十几年前，2020年10月1日至2021年3月31日，8:30-11点半，1990到93年5月，20个工作日内，近三年来，"
      + "清明节期间，十一五末期，二十世纪八十年代初期，明年一季度末，12月1日至1月5日，2024年1-6月，三十几年前。";

  /** Every 61st character, and those of the time vocabulary and its punctuation. */
  private static final String SECONDS = seconds();

  @Test
  void pairsAnswerAsThePatternOnTheTwoCharacters() {
    for (Scan scan : TimeParser.SCANS) {
      Pattern p = scan.pattern();
      boolean described = Pairs.kinds(p) != null;
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        char first = (char) c;
        if (!scan.startsWith(first)) {
          continue;
        }
        for (char next : SECONDS.toCharArray()) {
          // a pattern its kinds of characters do not describe cannot be judged on two characters
          boolean expected = !described || opens(p, first, next);
          if (expected != scan.mayFollow(first, next)) {
            assertEquals(expected, scan.mayFollow(first, next), p.pattern() + " on " + first + next);
          }
        }
      }
    }
  }

  @Test
  void onePassFindsWhatEachScanAllows() {
    String text = SAMPLE;
    Starts starts = new Starts.Index(TimeParser.SCANS).in(TimeText.fold(text));
    for (Scan scan : TimeParser.SCANS) {
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        if (scan.mayStart(starts.text(), i)) {
          expected.add(i);
        }
      }
      assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), starts.of(scan),
          scan.pattern().pattern());
    }
  }

  @Test
  void openingsNeverRefuseAPlaceWhereThePatternMatches() {
    String text = TimeText.fold(SAMPLE + SAMPLE.replace('年', '月') + SAMPLE.replace("十", "二十"));
    Starts starts = new Starts.Index(TimeParser.SCANS).in(text);
    for (Scan scan : TimeParser.SCANS) {
      Matcher m = scan.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      for (int i = 0; i < text.length(); i++) {
        if (m.region(i, text.length()).lookingAt() && m.end() > i) {
          assertTrue(starts.mayOpen(scan).test(i), scan.pattern().pattern() + " at " + i);
        }
      }
    }
  }

  private static boolean opens(Pattern p, char c, char next) {
    Matcher m = p.matcher(new String(new char[] {c, next})).useTransparentBounds(true)
        .useAnchoringBounds(false);
    return m.lookingAt() && m.end() > 0 || m.hitEnd();
  }

  private static String seconds() {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < Character.MAX_VALUE; c += 61) {
      b.append((char) c);
    }
    for (Scan scan : TimeParser.SCANS) {
      b.append(scan.pattern().pattern());
    }
    return b.chars().distinct().collect(StringBuilder::new, StringBuilder::appendCodePoint,
        StringBuilder::append).toString();
  }
}
