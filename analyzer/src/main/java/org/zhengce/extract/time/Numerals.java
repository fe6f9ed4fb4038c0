package org.zhengce.extract.time;

/**
 * Reads the small numbers of time expressions: Arabic digits, Chinese numerals up to 9999 (十二,
 * 二十一, 一百零五, 两) and years written digit by digit (二〇一九, 2019). Returns null for anything
 * else, such as 三五 (three or five) or 二〇一九 read as a count.
 */
final class Numerals {

  private static final String DIGITS = "〇一二三四五六七八九";

  private Numerals() {}

  static Integer value(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return s.length() > 9 ? null : Integer.valueOf(s);
    }
    int total = 0;
    int pending = -1;
    int lastUnit = 100_000;
    boolean zero = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int digit = digit(c);
      int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
      if (digit == 0) {
        if (pending >= 0) {
          return null;
        }
        zero = true;
      } else if (digit > 0) {
        if (pending >= 0) {
          return null; // two digits in a row: 三五
        }
        pending = digit;
      } else if (unit > 0) {
        if (unit >= lastUnit || (pending < 0 && unit != 10) || (pending < 0 && total > 0 && !zero)) {
          return null;
        }
        total += (pending < 0 ? 1 : pending) * unit;
        lastUnit = unit;
        pending = -1;
        zero = false;
      } else {
        return null;
      }
    }
    if (pending >= 0) {
      if (lastUnit <= 10 || zero || lastUnit == 100_000) {
        total += pending;
      } else {
        return null; // 一百五 (150) is rare in time text; refuse rather than guess
      }
    }
    return total == 0 && !zero ? null : total;
  }

  /** A year written with four digits, Arabic or Chinese; null otherwise. */
  static Integer year(String s) {
    if (s == null || s.length() != 4) {
      return null;
    }
    int y = 0;
    for (int i = 0; i < 4; i++) {
      char c = s.charAt(i);
      int d = c >= '0' && c <= '9' ? c - '0' : digit(c);
      if (d < 0) {
        return null;
      }
      y = y * 10 + d;
    }
    return y;
  }

  /** 0–9 for a Chinese or Arabic digit (两 is 2, 零 and 〇 are 0), -1 otherwise. */
  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c == '零') {
      return 0;
    }
    if (c == '两') {
      return 2;
    }
    return DIGITS.indexOf(c);
  }
}
