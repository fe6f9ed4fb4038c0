package org.zhengce.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A number inside “…” opened on its line names something (“八站两场”) and sets no goal; the text is
 * read once, forward, and positions asked out of order get the same answers. Excerpts of 2024
 * 三亚政府工作报告 and a plan that leaves a quote open at its line end.
 */
class TargetQuotesTest {

  private static final String TEXT = "扎实开展封关运作工作。7个封关运作设施建设项目全部建成。"
      + "稳妥推进自贸港“一线放开、二线管住”进出口政策，建成“八站两场”和12个示范点。\n"
      + "开展“双12条\n行动，新增3家企业";

  @Test
  void aNumberInsideQuotesOpenedOnItsLine() {
    TargetForms.Quotes quotes = new TargetForms.Quotes(TEXT);
    assertFalse(quotes.inside(TEXT.indexOf("7个")));
    assertTrue(quotes.inside(TEXT.indexOf("两场")));
    assertFalse(quotes.inside(TEXT.indexOf("12个")));
    assertTrue(quotes.inside(TEXT.indexOf("12条")));
    assertFalse(quotes.inside(TEXT.indexOf("3家")), "the quote left open ends with its line");
  }

  @Test
  void sameAnswersInAnyOrder() {
    boolean[] forward = new boolean[TEXT.length() + 1];
    TargetForms.Quotes inOrder = new TargetForms.Quotes(TEXT);
    for (int p = 0; p <= TEXT.length(); p++) {
      forward[p] = inOrder.inside(p);
    }
    TargetForms.Quotes backwards = new TargetForms.Quotes(TEXT);
    for (int p = TEXT.length(); p >= 0; p--) {
      assertEquals(forward[p], backwards.inside(p), "at " + p);
    }
  }
}
