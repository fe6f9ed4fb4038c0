package org.zhengce.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Written numbers to values: Arabic, Chinese positional, digit by digit, decimals, percentages. */
class ChineseNumberTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      三十              | 30
      十                | 10
      十五              | 15
      二十三            | 23
      一百零五          | 105
      一千零十          | 1010
      一千二百三十四    | 1234
      两                | 2
      两千零二十        | 2020
      十五万            | 150000
      一百二十亿        | 12000000000
      三亿五千万        | 350000000
      一万亿            | 1000000000000
      十三万亿          | 13000000000000
      二千五百三十八万  | 25380000
      一万五            | 15000
      一百五            | 150
      一万零五          | 10005
      百亿              | 10000000000
      千万              | 10000000
      半                | 0.5
      零                | 0
      零点五            | 0.5
      十二点五          | 12.5
      二·四万           | 24000
      九一·九           | 91.9
      二〇二〇          | 2020
      一九五七          | 1957
      八四五万          | 8450000
      百分之十二点五    | 12.5
      百分之五十九      | 59
      百分之一百五十五  | 155
      百分之百          | 100
      千分之五          | 5
      三分之二          | 0.6666666666666666
      四分之一          | 0.25
      3.4               | 3.4
      1.5万             | 15000
      1,000             | 1000
      12,345.5          | 12345.5
      2870万            | 28700000
      1.4万亿           | 1400000000000
      1/3               | 0.3333333333333333
      ３．５            | 3.5
      十七              | 17
      三百二            | 320
      两千三            | 2300
      六亿零八          | 600000008
      五千零三万        | 50030000
      一万万            | 100000000
      四万万            | 400000000
      三兆              | 3000000000000
      二百 四 十 一     | 241
      8 万2 千3 百      | 82300
      8万2千3百         | 82300
      1亿2000万         | 120000000
      ３，２１７        | 3217
      3，217            | 3217
      25k               | 25000
      2.35万亿          | 2350000000000
      贰佰叁拾          | 230
      拾伍万零三十      | 150030
      壹仟贰佰叁拾肆    | 1234
      叁萬               | 30000
      负四十五          | -45
      -2500             | -2500
      负2500            | -2500
      −2.5              | -2.5
      二分之一          | 0.5
      百分之七十二点五  | 72.5
      """)
  void readsTheValue(String written, double expected) {
    OptionalDouble value = ChineseNumber.parse(written);
    assertTrue(value.isPresent(), written);
    assertEquals(expected, value.getAsDouble(), Math.abs(expected) * 1e-12, written);
  }

  @ParameterizedTest(name = "{0} has no exact value")
  @ValueSource(strings = {"十几", "几十", "数百", "三十多", "一百余", "十四五", "十三五", "万", "亿", "万一",
      "点五", "一百零", "五十万千", "二两", "陆续", "一万二千万", "负", "--5", "十百", "1,00", "abc", "", " ", "1/0", "PM2.5"})
  void vagueOrMalformedGivesEmpty(String written) {
    assertTrue(ChineseNumber.parse(written).isEmpty(), written);
  }

  @Test
  void oddInputNeverThrows() {
    assertTrue(ChineseNumber.parse(null).isEmpty());
    assertTrue(ChineseNumber.parse("1".repeat(10_000)).isEmpty());
    assertTrue(ChineseNumber.parse("一".repeat(10_000)).isEmpty());
    assertTrue(ChineseNumber.parse("\uD840").isEmpty());
    assertTrue(ChineseNumber.parse("九".repeat(15)).isPresent());
    assertTrue(ChineseNumber.parse("9".repeat(400) + ".5").isEmpty());
    assertTrue(ChineseNumber.parse("百分之".repeat(5_000) + "五").isEmpty());
    assertTrue(ChineseNumber.parse("三分之".repeat(5_000) + "一").isEmpty());
  }
}
