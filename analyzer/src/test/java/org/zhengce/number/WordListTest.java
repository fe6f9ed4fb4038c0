package org.zhengce.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word lists give what a scan of every word in list order gives: the longest unit at a position
 * ({@code 平方公里} before {@code 平方米}), the qualifier that ends before a number
 * ({@code 不低于} before {@code 低于}), and words only where they fit the region asked.
 */
class WordListTest {

  private static final WordList UNITS = WordList.longestFirst("米", "平方米", "平方公里", "亩", "万亩");
  private static final WordList QUALIFIERS = WordList.longestFirst("低于", "不低于", "近", "接近");

  @Test
  void findsTheLongestWordStartingAtAPosition() {
    String text = "完成造林15万亩，新增绿地120平方公里和3000平方米";
    assertEquals("万亩", UNITS.startingAt(text, text.indexOf("万亩")));
    assertEquals("平方公里", UNITS.startingAt(text, text.indexOf("平方公里")));
    assertEquals("平方米", UNITS.startingAt(text, text.indexOf("平方米")));
    assertNull(UNITS.startingAt(text, 0));
    assertNull(UNITS.startingAt(text, text.length()));
    assertNull(UNITS.startingAt(text, -1));
  }

  @Test
  void findsTheLongestWordEndingAtAPosition() {
    String text = "PM2.5年均浓度不低于35%，接近40%";
    assertEquals("不低于", QUALIFIERS.endingAt(text, text.indexOf("35")));
    assertEquals("接近", QUALIFIERS.endingAt(text, text.indexOf("40")));
    assertEquals("低于", QUALIFIERS.endingAt(text, text.indexOf("低于"), text.indexOf("35")),
        "不低于 starts before the region: the shorter word that fits");
    assertNull(QUALIFIERS.endingAt(text, 0));
    assertNull(QUALIFIERS.endingAt(text, text.indexOf("年")));
  }

  @Test
  void keepsTheOrderGivenWhenNotSortedByLength() {
    WordList given = WordList.of(List.of("计划", "计划纲要"));
    assertEquals("计划", given.startingAt("五年计划纲要", 2));
    assertEquals("计划纲要", WordList.longestFirst("计划", "计划纲要").startingAt("五年计划纲要", 2));
  }

  @Test
  void findsAWordOnlyWhollyInsideTheRegion() {
    WordList past = WordList.of(List.of("同比", "比上年", "累计"));
    String text = "地区生产总值同比增长8%左右";
    assertTrue(past.occursIn(text, 0, text.indexOf("8")));
    assertFalse(past.occursIn(text, 0, text.indexOf("同比") + 1), "同 alone is not 同比");
    assertFalse(past.occursIn(text, text.indexOf("增长"), text.length()));
  }

  @Test
  void sayWhatCanStartAWordAndWhatIsInTheList() {
    assertTrue(UNITS.mayStart('平'));
    assertFalse(UNITS.mayStart('公'));
    assertTrue(UNITS.contains("万亩"));
    assertFalse(UNITS.contains("万"));
    assertFalse(UNITS.contains(null));
    assertThrows(IllegalArgumentException.class, () -> WordList.of(List.of()));
    assertThrows(IllegalArgumentException.class, () -> WordList.of(List.of("亩", "")));
  }

  /** Characters whose low ten bits are the same share a bit of the filter: still told apart. */
  @Test
  void charactersThatShareAFilterBitAreToldApart() {
    char a = '亩';
    char b = (char) (a + 1024);
    WordList one = WordList.of(List.of(String.valueOf(a)));
    assertNull(one.startingAt(String.valueOf(b), 0));
    assertEquals(String.valueOf(a), one.startingAt(String.valueOf(a), 0));
  }
}
