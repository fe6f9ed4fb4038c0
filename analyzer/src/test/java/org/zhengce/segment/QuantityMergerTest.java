package org.zhengce.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhengce.number.QuantityParser;
import org.zhengce.text.Span;

/**
 * The segmenter's tokens and {@link QuantityParser} read numbers with one grammar: the inputs on
 * which the code review found the two disagreeing (P4), and more from policy text, give one token
 * for each number span of the parser, and the parser finds the quantity in it.
 */
class QuantityMergerTest {

  private static final Segmenter SEGMENTER = HanlpSegmenter.standard();
  private static final QuantityParser PARSER = new QuantityParser();

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(delimiter = '|', textBlock = """
      新增1000余万元投资                | 1000余万元
      产能150 万吨                      | 150 万吨
      建成1万余套住房                   | 1万余套
      20蒸吨/小时以下的燃煤锅炉         | 20蒸吨/小时
      夜间噪声控制在55分贝              | 55分贝
      用三至五年时间完成                | 三至五年
      PM2.5浓度35微克/立方米            | 35微克/立方米
      全部工业增加值超8千亿元           | 8千亿元
      今年完成造林十五万亩              | 十五万亩
      全市共拆除违法建筑2870万平方米    | 2870万平方米
      占全国近三成                      | 三成
      吸引了上万名游客                  | 上万名
      比2015年提高3.4个百分点           | 3.4个百分点
      确保今年PM2.5平均浓度下降10%      | PM2.5
      """)
  void oneTokenForEachNumberOfTheGrammar(String text, String number) {
    List<String> tokens = SEGMENTER.segment(text).stream().map(Token::text).toList();
    assertTrue(tokens.contains(number), () -> number + " not a token of " + tokens);
    List<Span> spans = PARSER.numberSpans(text);
    assertTrue(spans.stream().anyMatch(s -> text.substring(s.start(), s.end()).equals(number)),
        () -> number + " not a number span of " + spans);
    for (Span s : spans) {
      assertTrue(tokens.contains(text.substring(s.start(), s.end())), () -> s + " in " + tokens);
    }
  }

  /** Numbers read once for segmenter and stages give the tokens the segmenter reads alone. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      建制镇污水处理规模达 8.6 万吨/日，
      煤炭消费总量由 1165.2 万吨\n降至 135 万吨，优质能源比例提升到 98.5%以上
      居民消费价格涨幅控制在3%左右，生态环境质量保持全国一流水平。
      新建天然气长输管线 7 条 300 公里；2020年PM2.5浓度35微克/立方米
      """)
  void numbersReadOnceGiveTheSameTokens(String line) {
    String text = line.replace("\\n", "\n");
    assertEquals(SEGMENTER.segment(text), SEGMENTER.segment(text, PARSER.scan(text)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      统一年度计划                      | 统一
      万一出现问题要一律处理            | 万一
      一方面要加强                      | 一方面
      """)
  void wordsWithNumeralsStayWords(String text, String word) {
    List<String> tokens = SEGMENTER.segment(text).stream().map(Token::text).toList();
    assertTrue(tokens.contains(word), () -> word + " in " + tokens);
    assertEquals(List.of(), PARSER.numberSpans(text));
  }
}
