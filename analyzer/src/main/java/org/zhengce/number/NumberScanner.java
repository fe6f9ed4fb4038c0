package org.zhengce.number;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the written number that starts at a position, for {@link QuantityParser}: Arabic digits
 * ({@code 3.4}, {@code 1,000}, {@code 1/3}) or Chinese numerals ({@code 十五万}, {@code 二〇二〇},
 * {@code 百分之十二点五}, {@code 三分之二}). A trailing 万 or 亿 of a Chinese number is split off as
 * its multiplier, to stay with the unit. Dates and clock times in digits ({@code 2015-07-03},
 * {@code 10:54}), section numbers ({@code 3.1.2}), identifiers of more than 15 digits and
 * malformed numerals ({@code 十四五}) come back as skips. Stateless and thread-safe.
 */
final class NumberScanner {

  /**
   * A number read from {@code [start, end)}: its value, the multiplier split off a Chinese number
   * ("" if none), the unit its words fix (百分之 → %; else null), whether it is Chinese, whether
   * it could be a year (four Arabic digits; Chinese digit by digit), whether it starts with a
   * digit (not 百亿, 千万) and whether its words alone make it a number (百分之…, …分之…). A skip
   * has a NaN value.
   */
  record Num(int start, int end, double value, String multiplier, String unit, boolean chinese,
      boolean year, boolean leadingDigit, boolean spelled) {

    boolean skip() {
      return Double.isNaN(value);
    }
  }

  private static final Pattern DATE =
      Pattern.compile("(\\d{4})([-/.])(\\d{1,2})(?:\\2(\\d{1,2}))?(?!\\d)");
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)");
  /** Longer runs of numerals are not numbers anyway, and trying each prefix would be slow. */
  private static final int LONGEST_RUN = 24;

  private NumberScanner() {}

  /** The number starting at {@code i}, a skip, or null when no number starts there. */
  static Num at(String text, int i) {
    char c = text.charAt(i);
    if (isDigit(c)) {
      return arabic(text, i);
    }
    if (ChineseNumber.isNumeral(c) || c == '半') {
      return chinese(text, i);
    }
    return null;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Num arabic(String text, int i) {
    int n = text.length();
    Matcher date = DATE.matcher(text).region(i, n);
    if (date.lookingAt()) {
      int year = Integer.parseInt(date.group(1));
      int month = Integer.parseInt(date.group(3));
      if (year >= 1900 && year <= 2100 && month >= 1 && month <= 12
          && (!date.group(2).equals(".") || date.group(4) != null)) {
        return skip(i, date.end());
      }
    }
    Matcher clock = CLOCK.matcher(text).region(i, n);
    if (clock.lookingAt()) {
      return skip(i, clock.end());
    }
    int j = digits(text, i);
    if (j - i <= 3) {
      while (j + 3 < n && text.charAt(j) == ',' && isDigit(text.charAt(j + 1))
          && isDigit(text.charAt(j + 2)) && isDigit(text.charAt(j + 3))
          && (j + 4 == n || !isDigit(text.charAt(j + 4)))) {
        j += 4;
      }
    }
    boolean decimal = false;
    if (j + 1 < n && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
      j = digits(text, j + 1);
      decimal = true;
      if (j + 1 < n && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
        return skip(i, digits(text, j + 1)); // 3.1.2: a section number
      }
    } else if (j + 1 < n && text.charAt(j) == '/' && isDigit(text.charAt(j + 1))) {
      int k = digits(text, j + 1);
      OptionalDouble v = ChineseNumber.parse(text.substring(i, k));
      return v.isPresent() ? new Num(i, k, v.getAsDouble(), "", null, false, false, true, true)
          : skip(i, k);
    }
    OptionalDouble v = ChineseNumber.parse(text.substring(i, j));
    if (v.isEmpty()) {
      return skip(i, j);
    }
    double value = v.getAsDouble();
    boolean year = !decimal && j - i == 4 && value >= 1000 && value < 3000;
    return new Num(i, j, value, "", null, false, year, true, false);
  }

  private static Num chinese(String text, int i) {
    int n = text.length();
    if (text.startsWith("百分之", i) || text.startsWith("千分之", i)) {
      int k = i + 3;
      Num inner = k < n && ChineseNumber.isNumeral(text.charAt(k)) ? run(text, k) : null;
      if (inner == null || inner.skip() || !inner.multiplier().isEmpty()) {
        return skip(i, inner == null ? k : inner.end());
      }
      String unit = text.charAt(i) == '百' ? "%" : "‰";
      return new Num(i, inner.end(), inner.value(), "", unit, true, false, true, true);
    }
    Num head = run(text, i);
    int k = head.end() + 2;
    if (head.skip() || !head.multiplier().isEmpty() || !text.startsWith("分之", head.end())) {
      return head;
    }
    Num numerator = k < n && ChineseNumber.isNumeral(text.charAt(k)) ? run(text, k) : null;
    if (numerator == null || numerator.skip() || !numerator.multiplier().isEmpty()
        || head.value() == 0) {
      return skip(i, numerator == null ? k : numerator.end());
    }
    double value = numerator.value() / head.value(); // 三分之二
    return new Num(i, numerator.end(), value, "", null, true, false, true, true);
  }

  /** The longest valid Chinese number at {@code i}: 五十万千瓦 reads 五十万, then the unit 千瓦. */
  private static Num run(String text, int i) {
    int e = runEnd(text, i);
    if (e - i > LONGEST_RUN) {
      return skip(i, e);
    }
    char first = text.charAt(i);
    boolean leadingDigit = ChineseNumber.digit(first) >= 0 || first == '十' || first == '半';
    for (int k = e; k > i; k--) {
      String written = text.substring(i, k);
      String multiplier = multiplierOf(written);
      OptionalDouble v =
          ChineseNumber.parse(written.substring(0, written.length() - multiplier.length()));
      if (v.isPresent() && !written.endsWith("点") && !written.endsWith("·")) {
        boolean year = multiplier.isEmpty() && written.length() >= 2
            && written.chars().allMatch(c -> ChineseNumber.digit((char) c) >= 0); // 二〇二〇, 九五
        return new Num(i, k, v.getAsDouble(), multiplier, null, true, year, leadingDigit, false);
      }
    }
    return skip(i, e);
  }

  /** 万, 亿 or 万亿 at the end of a number that has no other 万 or 亿 (十五万, not 三亿五千万). */
  private static String multiplierOf(String written) {
    for (String m : QuantityWords.MULTIPLIERS) {
      if (written.endsWith(m) && written.length() > m.length()) {
        String rest = written.substring(0, written.length() - m.length());
        return rest.indexOf('万') < 0 && rest.indexOf('亿') < 0 ? m : "";
      }
    }
    return "";
  }

  private static int runEnd(String text, int i) {
    if (text.charAt(i) == '半') {
      return i + 1;
    }
    int n = text.length();
    int j = i;
    while (j < n) {
      char c = text.charAt(j);
      boolean point = (c == '点' || c == '·') && j > i && j + 1 < n
          && ChineseNumber.digit(text.charAt(j + 1)) >= 0;
      if (!ChineseNumber.isNumeral(c) && !point) {
        break;
      }
      j++;
    }
    return j;
  }

  private static int digits(String text, int i) {
    int j = i;
    while (j < text.length() && isDigit(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static Num skip(int start, int end) {
    return new Num(start, end, Double.NaN, "", null, false, false, false, false);
  }
}
