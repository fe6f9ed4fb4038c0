package org.zhengce.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbered rows of the abbreviation table: {@code {n}} in a term or form stands for each
 * number of the row's {@code numbers} column ({@code 1-15}, {@code 8-9,11-25}) written as a Chinese
 * numeral, so that one row gives 十四五 ⇄ 第十四个五年 and its siblings. Stateless.
 */
final class NumberedForms {

  private static final String DIGITS = "零一二三四五六七八九";

  private NumberedForms() {}

  /** The numbers of a {@code numbers} cell; {@code where} names the row for errors. */
  static List<Integer> numbers(String cell, String where) {
    List<Integer> out = new ArrayList<>();
    if (cell.isBlank()) {
      return out;
    }
    for (String range : cell.split(",")) {
      String[] ends = range.strip().split("-");
      try {
        int from = Integer.parseInt(ends[0].strip());
        int to = Integer.parseInt(ends[ends.length - 1].strip());
        if (ends.length > 2 || from < 1 || to > 99 || from > to) {
          throw new NumberFormatException(range);
        }
        for (int n = from; n <= to; n++) {
          out.add(n);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": numbers are ranges from 1 to 99 such as 1-15 or 8-9,11-25");
      }
    }
    return out;
  }

  /** {@code form} with {@code {n}} written as the Chinese numeral of {@code n} (0: the form as it is). */
  static String fill(String form, int n) {
    return n == 0 ? form : form.replace("{n}", numeral(n));
  }

  /** 1 → 一, 10 → 十, 14 → 十四, 20 → 二十, 25 → 二十五 (1 to 99). */
  static String numeral(int n) {
    int tens = n / 10;
    int ones = n % 10;
    String out = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
    return ones == 0 ? out : out + DIGITS.charAt(ones);
  }
}
