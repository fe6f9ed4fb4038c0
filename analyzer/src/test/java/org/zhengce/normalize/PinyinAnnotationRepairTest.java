package org.zhengce.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zhengce.text.NormalizedText;

class PinyinAnnotationRepairTest {

  private final PinyinAnnotationRepair repair = new PinyinAnnotationRepair();

  @Test
  void removesAnnotationsFromSeed001() {
    String original = "我市召開落實中央環(huán)境保護督察組反饋問題整改工作專題會議,進一步統(tǒng)一思想";
    NormalizedText text = repair.apply(original);
    assertEquals("我市召開落實中央環境保護督察組反饋問題整改工作專題會議,進一步統一思想", text.normalized());
    int i = text.normalized().indexOf("環境");
    assertEquals("環(huán)境", text.originalOf(i, i + 2));
  }

  @Test
  void removesAnnotationsAfterGarbledCharacters() {
    assertEquals("空氣質量優良B", repair.apply("空氣質量優(yōu)良B(tài)").normalized());
  }

  @Test
  void keepsRealParentheses() {
    String original = "五年規劃(修編),昨天(29日)下午,(上海)市委、市政府;(一)提高站位;PM2.5(细颗粒物)";
    assertEquals(original, repair.apply(original).normalized());
    assertFalse(repair.appliesTo(original));
  }

  @Test
  void keepsPinyinWithoutToneMarksAndPinyinAfterASpace() {
    String original = "北京 (Běijīng) 和 上海(shanghai)";
    assertEquals(original, repair.apply(original).normalized());
  }

  @Test
  void handlesFullWidthParentheses() {
    assertTrue(repair.appliesTo("環（huán）境"));
    assertEquals("環境", repair.apply("環（huán）境").normalized());
  }
}
