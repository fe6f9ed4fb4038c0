package org.zhengce.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengce.normalize.Normalization;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.structure.OutlineParser;
import org.zhengce.text.NormalizedText;

/**
 * An indicator table as PDF text gives it, one cell a line: the first rows of 淮南市“十四五”生态环境
 * 保护规划's 表 1 (../shared/corpus/env_carbon_plans_pdf/415), as published. One target per row with
 * a number in the 2025 column, as records.md says; 完成省下达 rows give none.
 */
class TableTargetsTest {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(HanlpSegmenter.standard());

  private static String excerpt() throws IOException {
    try (InputStream in = TableTargetsTest.class.getResourceAsStream("/extract/tables/huainan-2021-indicators.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void oneTargetPerRowWithATargetValue() throws IOException {
    String original = excerpt();
    NormalizedText text = Normalization.standard().normalize(original);
    Extraction x = EXTRACTOR.extract(text, DocumentContext.of(LocalDate.of(2022, 1, 1), "淮南市",
        Kind.PLAN, new OutlineParser().parse(text.normalized())));
    List<String> rows = x.targets().stream()
        .map(t -> t.indicator() + "|" + t.direction().label() + "|" + t.value() + "|" + t.unit()
            + "|" + t.baselineYear())
        .toList();
    assertEquals(List.of(
        "地级及以上城市细颗粒物（PM2.5）浓度|reach|39.0|微克/立方米|2020",
        "地级及以上城市空气质量优良天数比率|reach|75.0|%|2020",
        "地表水达到或好于Ⅲ类水体比例|reach|87.5|%|2020",
        "地表水劣Ⅴ类水体比例|reach|0.0|%|2020"), rows);
    for (Target t : x.targets()) {
      assertEquals(t.text(), original.substring(t.span().start(), t.span().end()));
    }
    assertEquals("地级及以上城市细颗粒物（PM2.5）\n浓度（微克/立方米）\n\n48\n\n39", x.targets().get(0).text());
  }
}
