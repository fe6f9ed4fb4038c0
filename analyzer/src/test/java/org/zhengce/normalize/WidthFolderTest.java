package org.zhengce.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zhengce.text.NormalizedText;

class WidthFolderTest {

  private final WidthFolder folder = new WidthFolder();

  @Test
  void foldsDigitsLettersAndPercent() {
    NormalizedText text = folder.apply("确保ＰＭ２．５平均浓度下降１０％，");
    assertEquals("确保PM2.5平均浓度下降10%，", text.normalized());
    int i = text.normalized().indexOf("10%");
    assertEquals("１０％", text.originalOf(i, i + 3));
  }

  @Test
  void keepsChinesePunctuationAndFoldsIdeographicSpace() {
    assertEquals("一、加强领导。 二：", folder.apply("一、加强领导。\u3000二：").normalized());
  }
}
