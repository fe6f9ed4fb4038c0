package org.zhengce.number;

import java.util.OptionalDouble;

/**
 * Reads a whole number written with powers, for {@link ChineseNumber}: coefficients (a Chinese
 * digit or an Arabic integer: 8万2千) before 十百千 within a section, sections closed by 万, 亿 or
 * 兆. A large power bigger than the last one (or right after it) multiplies all before it
 * (一万亿, 五万三千亿, 一万万); a smaller one adds (三亿五千万). 零 marks a gap (六亿零八, 五千零三万);
 * a last digit right after a power abbreviates the next power down (一百五 = 150, 三百二 = 320,
 * 一万五 = 15000). A leading 十, 百 or 千 is one ten, hundred, thousand (十五, 百亿). Malformed
 * input (十四五, 五十万千, 一百零, 万一) gives empty. Stateless.
 */
final class PositionalReader {

  private PositionalReader() {}

  static OptionalDouble read(String s) {
    double total = 0;
    double section = 0;
    double pending = -1; // the coefficient read and not yet placed
    int lastSmall = 4; // the small power last placed in this section (4: none yet)
    double lastLarge = 0; // the large power last applied
    boolean zero = false;
    char previous = 0; // 's' small power, 'l' large power, 'd' digit, 'z' zero
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          j++;
        }
        if (pending >= 0 || j - i > 15) {
          return OptionalDouble.empty();
        }
        pending = Double.parseDouble(s.substring(i, j));
        i = j - 1;
        previous = 'd';
        continue;
      }
      int d = Numerals.digit(c);
      int small = Numerals.smallPower(c);
      double large = Numerals.largePower(c);
      if (d == 0) {
        if (pending >= 0 || zero || i == 0) {
          return OptionalDouble.empty();
        }
        zero = true;
        previous = 'z';
      } else if (d > 0) {
        if (pending >= 0) {
          return OptionalDouble.empty(); // two digits in a row: 十四五
        }
        pending = d;
        previous = 'd';
      } else if (small > 0) {
        if (small >= lastSmall) {
          return OptionalDouble.empty();
        }
        double coefficient = pending;
        if (coefficient < 0) {
          if (i == 0 || zero && small == 1) {
            coefficient = 1; // 十五, 百亿, 一千零十
          } else {
            return OptionalDouble.empty(); // 五十万千
          }
        }
        section += coefficient * Math.pow(10, small);
        pending = -1;
        lastSmall = small;
        zero = false;
        previous = 's';
      } else if (large > 0) {
        double value = section + Math.max(pending, 0);
        boolean adjacent = previous == 'l';
        if (zero && pending < 0 || value == 0 && !adjacent || i == 0) {
          return OptionalDouble.empty();
        }
        if (large > lastLarge || adjacent && large == lastLarge) {
          total = (total + value) * large;
          lastLarge = adjacent && large == lastLarge ? large * large : large;
        } else if (large < lastLarge) {
          total += value * large;
          lastLarge = large;
        } else {
          return OptionalDouble.empty(); // 一万二千万
        }
        section = 0;
        pending = -1;
        lastSmall = 4;
        zero = false;
        previous = 'l';
      } else {
        return OptionalDouble.empty();
      }
    }
    if (pending >= 0) {
      if (zero || previous != 'd') {
        section += pending;
      } else if (lastSmall < 4 && lastSmall > 1 && section > 0) {
        section += pending * Math.pow(10, lastSmall - 1); // 一百五, 两千三
      } else if (lastSmall == 4 && lastLarge > 0 && section == 0 && pending < 10) {
        section += pending * lastLarge / 10; // 一万五, 三亿五
      } else {
        section += pending;
      }
    } else if (zero) {
      return OptionalDouble.empty(); // 一百零
    }
    return ChineseNumber.finite(total + section);
  }
}
