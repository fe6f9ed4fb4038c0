package org.zhengce.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One family of forms per test: the expression must be found whole (its text as given) and end on
 * the right day ({@code to}); the negative cases must not be found. Sentences are written after
 * real policy and news text (the shared corpus: work reports, notices, Legislative Yuan minutes,
 * 新闻联播 transcripts); the reference date is 2020-06-15 (a Monday) unless a row gives another.
 */
class TimeFamiliesTest {

  private static final TimeParser PARSER = new TimeParser();
  private static final LocalDate DOC = LocalDate.of(2020, 6, 15);

  private static void assertTo(String sentence, String expression, String from, String to) {
    List<TimeExpression> found = PARSER.find(sentence, DOC);
    TimeParserTableTest.assertWellFormed(sentence, found);
    String all = found.stream().map(TimeExpression::text).collect(Collectors.joining(", "));
    TimeExpression e = found.stream().filter(x -> x.text().equals(expression)).findFirst()
        .orElse(null);
    assertNotNull(e, "no " + expression + " in " + sentence + "; found: " + all);
    assertEquals(to.equals("-") ? null : LocalDate.parse(to), e.to(), expression + " to");
    if (!from.equals("-")) {
      assertEquals(LocalDate.parse(from), e.from(), expression + " from");
    }
  }

  private static void assertNone(String sentence, String word) {
    for (TimeExpression e : PARSER.find(sentence, DOC)) {
      assertFalse(e.text().contains(word), word + " found as " + e.text() + " in " + sentence);
    }
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "我们回忆16年5月3日院长的答复|16年5月3日|2016-05-03|2016-05-03",
    "本院于97年8月核定挑战计划|97年8月|1997-08-01|1997-08-31",
    "零九年三月，开始试点|零九年三月|2009-03-01|2009-03-31",
    "八五年全县粮食产量翻了一番|八五年|1985-01-01|1985-12-31",
    "预计08年底完成建构|08年底|-|2008-12-31",
    "2017|2017|2017-01-01|2017-12-31",
    "2017年|2017年|2017-01-01|2017-12-31",
    "截至 2019，全市已建成|2019|2019-01-01|2019-12-31"})
  void years(String sentence, String expression, String from, String to) {
    assertTo(sentence, expression, from, to);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "发布日期：2023 10 08|2023 10 08|2023-10-08|2023-10-08",
    "时间:2018/07/21 来源|2018/07/21|2018-07-21|2018-07-21",
    "1996.03-12 通过|1996.03-12|1996-03-12|1996-03-12",
    "（20230915）|20230915|2023-09-15|2023-09-15",
    "深刻汲取“7·15”事故教训|7·15|2020-07-15|2020-07-15",
    "2020-03-05 14:20 更新|2020-03-05 14:20|2020-03-05|2020-03-05",
    "10-08 恢复|10-08|2020-10-08|2020-10-08",
    "任职经历：2001.09-2004.06 在校学习|2001.09-2004.06|2001-09-01|2004-06-30",
    "2010.05-2012 任副主任|2010.05-2012|2010-05-01|2012-12-31"})
  void numericForms(String sentence, String expression, String from, String to) {
    assertTo(sentence, expression, from, to);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "年初确定的目标任务|年初|2020-01-01|2020-02-29",
    "2020年伊始，疫情突如其来|2020年伊始|2020-01-01|2020-01-31",
    "年中，开展中期评估|年中|2020-06-30|2020-06-30",
    "要做好岁末各项工作|岁末|-|2020-12-31",
    "今年上半年，全市GDP增长|今年上半年|2020-01-01|2020-06-30",
    "首季度实现开门红|首季度|2020-01-01|2020-03-31",
    "2019年前两个季度|2019年前两个季度|2019-01-01|2019-06-30",
    "2019年后三个月|2019年后三个月|2019-10-01|2019-12-31",
    "今年前七个月，进出口总值|今年前七个月|2020-01-01|2020-07-31",
    "2021年首月|2021年首月|2021-01-01|2021-01-31",
    "2021年第8个月|2021年第8个月|2021-08-01|2021-08-31",
    "月初召开会议|月初|2020-06-01|2020-06-10",
    "大概在9月中提出|9月中|2020-09-11|2020-09-20",
    "6月下旬完成|6月下旬|2020-06-21|2020-06-30",
    "7月第二周开展检查|7月第二周|2020-07-08|2020-07-14",
    "本月第3周|本月第3周|2020-06-15|2020-06-21",
    "失业率创下六年来同月新高|同月|2020-06-01|2020-06-30",
    "当月完成|当月|2020-06-01|2020-06-30",
    "上月底前|上月底前|-|2020-05-31"})
  void partsOfYearsAndMonths(String sentence, String expression, String from, String to) {
    assertTo(sentence, expression, from, to);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "次年起三年内兑现|次年起|2021-01-01|-",
    "前年的数据|前年|2018-01-01|2018-12-31",
    "上周五召开|上周五|2020-06-12|2020-06-12",
    "这周一开会|这周一|2020-06-15|2020-06-15",
    "下下周一出发|下下周一|2020-06-29|2020-06-29",
    "后天上午到会|后天上午|2020-06-17|2020-06-17",
    "3年前建成|3年前|2017-01-01|2017-12-31",
    "朱政委二十几年前回国|二十几年前|1990-01-01|2000-12-31",
    "三十几年前|三十几年前|1980-01-01|1990-12-31",
    "几百年后|几百年后|2120-01-01|2220-12-31",
    "休息半小时后继续|半小时后|2020-06-15|2020-06-15",
    "36小时后|36小时后|2020-06-16|2020-06-16"})
  void relative(String sentence, String expression, String from, String to) {
    assertTo(sentence, expression, from, to);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "从前年3月起实施|从前年3月起|2018-03-01|2020-06-15",
    "自2020年1月1日起施行|自2020年1月1日起|2020-01-01|2020-06-15",
    "从2005年起至今|从2005年起至今|2005-01-01|2020-06-15",
    "前年到现在|前年到现在|2018-01-01|2020-06-15",
    "從2007年到現在，整個幅度|從2007年到現在|2007-01-01|2020-06-15",
    "3月5至4月12，开展|3月5至4月12|2020-03-05|2020-04-12",
    "从2019年6月三号到八号|从2019年6月三号到八号|2019-06-03|2019-06-08",
    "1990到93年5月|1990到93年5月|1990-01-01|1993-05-31",
    "2021 至 2025 年|2021 至 2025 年|2021-01-01|2025-12-31",
    "9月1日~9月30日|9月1日~9月30日|2020-09-01|2020-09-30"})
  void openSpansAndRanges(String sentence, String expression, String from, String to) {
    assertTo(sentence, expression, from, to);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "19世纪的美国|19世纪|1800-01-01|1899-12-31",
    "青山区在上世纪五十年代兴建|上世纪五十年代|1950-01-01|1959-12-31",
    "十九世纪八十年代初期|十九世纪八十年代初期|1880-01-01|1882-12-31",
    "12世纪末|12世纪末|1180-01-01|1199-12-31",
    "20世纪90年代中|20世纪90年代中|1993-01-01|1996-12-31",
    "人民生活水平在八十年代基本解决温饱|八十年代|1980-01-01|1989-12-31"})
  void centuriesAndDecades(String sentence, String expression, String from, String to) {
    assertTo(sentence, expression, from, to);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "元旦假期|元旦|2020-01-01|2020-01-01",
    "春节期间|春节期间|2020-01-25|2020-01-25",
    "清明节前后|清明节前后|2020-04-04|2020-04-04",
    "端午节|端午节|2020-06-25|2020-06-25",
    "中秋|中秋|2020-10-01|2020-10-01",
    "国庆节前|国庆节前|-|2020-10-01",
    "母亲节|母亲节|2020-05-10|2020-05-10",
    "父亲节|父亲节|2020-06-21|2020-06-21",
    "感恩节|感恩节|2020-11-26|2020-11-26",
    "09年中秋节再发放|09年中秋节|2009-10-03|2009-10-03"})
  void holidays(String sentence, String expression, String from, String to) {
    assertTo(sentence, expression, from, to);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "早上7点左右|早上7点左右|2020-06-15|2020-06-15",
    "8~11点半|8~11点半|2020-06-15|2020-06-15",
    "明天下午三点开会|明天下午三点|2020-06-16|2020-06-16",
    "10月11日（星期四）下午5時前送至議事處|10月11日（星期四）下午5時前|-|2020-10-11",
    "從今天早上10點開始|從今天早上10點開始|2020-06-15|2020-06-15",
    "上午9点半，来自定日县中学|上午9点半|2020-06-15|2020-06-15"})
  void timesOfDay(String sentence, String expression, String from, String to) {
    assertTo(sentence, expression, from, to);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "“十五五”期间|“十五五”期间|2026-01-01|2030-12-31",
    "到“十四五”末|到“十四五”末|-|2025-12-31",
    "年底前完成|年底前|-|2020-12-31",
    "确保汛期前完成21个|汛期前|-|-",
    "5个工作日内办结|5个工作日内|-|-"})
  void policyForms(String sentence, String expression, String from, String to) {
    assertTo(sentence, expression, from, to);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "粤府办〔2021〕15号|15号",
    "粤府办〔2021〕15号|2021",
    "支持4/5G网络建设|4/5",
    "以3:2取胜|3:2",
    "三四年内完成|三四年",
    "我們會繼續研究這2點|2點",
    "台幣仍升值二點一分|二點一分",
    "用于1500万人次以上的职工技能提升|1500",
    "首次月球探测工程圆满成功|次月",
    "在今后不到四分之一世纪的时间内|一世纪",
    "针对京津冀秋冬季大气重污染成因|冬季",
    "GB 3095-2012 环境空气质量标准|2012",
    "E10-10歲以上|10-10",
    "由一九四九年的二九比七一变为|七一"})
  void refusals(String sentence, String word) {
    assertNone(sentence, word);
  }
}
