package org.zhengce.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class NumberingTest {

  /** Lines of a plan of the corpus, each opened by its marker. */
  @Test
  void markersOpenTheirLines() {
    String text = "第三章 重点任务\n一、总体要求\n（二）主要目标\n3．强化监督\n（4）建立台账\n⑤推进改革\n2025年底前完成";
    assertEquals(Numbering.CHAPTER, marker(text, "第三章"));
    assertEquals(Numbering.CHINESE, marker(text, "一、"));
    assertEquals(Numbering.CHINESE_PAREN, marker(text, "（二）"));
    assertEquals(Numbering.ARABIC, marker(text, "3．"));
    assertEquals(Numbering.ARABIC_PAREN, marker(text, "（4）"));
    assertEquals(Numbering.CIRCLED, marker(text, "⑤"));
    assertTrue(Numbering.at(text, text.indexOf("2025"), text.length()).isEmpty(), "a year opens no item");
  }

  /** The quick test of a line's first character lets through every character a marker opens with. */
  @Test
  void everyMarkersFirstCharacterIsTried() {
    StringBuilder missed = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      for (Numbering n : Numbering.values()) {
        if (n.marker() == null || Numbering.mayOpen(c)) {
          continue;
        }
        Matcher m = n.marker().matcher(String.valueOf(c));
        if (m.lookingAt() || m.hitEnd()) {
          missed.append(c);
          break;
        }
      }
    }
    assertEquals("", missed.toString());
  }

  private static Numbering marker(String text, String opening) {
    int at = text.indexOf(opening);
    Numbering.Marker m = Numbering.at(text, at, text.length()).orElseThrow();
    assertEquals(opening, m.span().of(text));
    return m.numbering();
  }
}
