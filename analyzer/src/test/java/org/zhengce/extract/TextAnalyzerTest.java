package org.zhengce.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zhengce.number.QuantityParser;
import org.zhengce.segment.HanlpSegmenter;

/**
 * A piece is analysed once: its quantities, read in the same pass as the number spans the
 * segmenter keeps whole, are those {@link QuantityParser} finds, and its tokens those of the
 * segmenter alone. Excerpts of 2024 三亚政府工作报告 and a PDF-extracted environment plan.
 */
class TextAnalyzerTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer(HanlpSegmenter.standard());

  @Test
  void quantitiesAndTokensAreThoseOfEachReader() {
    String piece = "今年我市发展的主要预期目标是：地区生产总值同比增长8%左右，固定资产投资同比增长10%左右，"
        + "农村常住居民人均可支配收入同比增长7.5%左右，居民消费价格涨幅控制在3%左右。\n"
        + "煤炭消费总量由 1165.2 万吨\n降至 135 万吨，优质能源比例提升到 98.5%以上，"
        + "建制镇污水处理规模达 8.6 万吨/日，";
    AnalyzedText text = ANALYZER.analyze(piece, 0);
    assertEquals(new QuantityParser().find(piece), text.quantities());
    assertEquals(HanlpSegmenter.standard().segment(piece), text.tokens());
    assertEquals(8, text.quantities().size());
    assertEquals("3%左右", text.quantities().get(3).text());
  }
}
