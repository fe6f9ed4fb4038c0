package org.zhengce.number;

import java.util.BitSet;

/**
 * The characters Chinese numbers are written with, one table for every reader of numbers:
 * digits ({@code 〇零一二两俩三…九}), the financial (大写) forms used in budgets and procurement
 * notices ({@code 壹贰叁肆伍陆柒捌玖拾佰仟萬億}, with the traditional {@code 貳參陸}), the small
 * powers {@code 十百千} and the large ones {@code 万亿兆} (兆 = 10^12, 万亿, as in 一兆). {@link
 * ChineseNumber} parses with it, {@link NumberScanner} finds numbers with it. Stateless.
 */
public final class Numerals {

  /** Every numeral character, lower-case and financial; 点 and · are decimal points between digits. */
  public static final String ALL = "零〇一二两俩三四五六七八九十百千万亿兆壹贰貳弍叁參叄肆伍陆陸柒捌玖拾佰仟萬億";
  /** The financial (大写) numerals and what they stand for, position by position. */
  private static final String FINANCIAL = "壹贰貳弍叁參叄肆伍陆陸柒捌玖拾佰仟萬億";
  private static final String PLAIN = "一二二二三三三四五六六七八九十百千万亿";
  private static final String DIGITS = "零一二三四五六七八九";
  /** The same sets as bits, asked for every character of a number: one lookup each. */
  private static final BitSet ALL_SET = set(ALL);
  private static final BitSet FINANCIAL_SET = set(FINANCIAL);

  private Numerals() {}

  /** True for a character that can be part of a Chinese number. */
  public static boolean isNumeral(char c) {
    return ALL_SET.get(c);
  }

  /** True for a financial (大写) numeral: 壹, 贰, 拾, 佰, 萬 … */
  public static boolean isFinancial(char c) {
    return FINANCIAL_SET.get(c);
  }

  /** The lower-case numeral a financial one stands for (貳 → 二, 拾 → 十); others unchanged. */
  public static char plain(char c) {
    return FINANCIAL_SET.get(c) ? PLAIN.charAt(FINANCIAL.indexOf(c)) : c;
  }

  /** The value of a Chinese digit (〇, 零, 一 … 九, 两, 俩, 壹 … 玖), else -1. */
  public static int digit(char c) {
    char p = plain(c);
    if (p == '〇') {
      return 0;
    }
    if (p == '两' || p == '俩') {
      return 2;
    }
    return DIGITS.indexOf(p);
  }

  /** 1, 2, 3 for 十, 百, 千 (and 拾, 佰, 仟); else -1. */
  public static int smallPower(char c) {
    return switch (plain(c)) {
      case '十' -> 1;
      case '百' -> 2;
      case '千' -> 3;
      default -> -1;
    };
  }

  /** 10^4, 10^8, 10^12 for 万, 亿, 兆 (and 萬, 億); else 0. */
  public static double largePower(char c) {
    return switch (plain(c)) {
      case '万' -> 1e4;
      case '亿' -> 1e8;
      case '兆' -> 1e12;
      default -> 0;
    };
  }

  private static BitSet set(String chars) {
    BitSet set = new BitSet();
    chars.chars().forEach(set::set);
    return set;
  }

  /** True for 十百千万亿兆 and their financial forms. */
  public static boolean isPower(char c) {
    return smallPower(c) > 0 || largePower(c) > 0;
  }
}
