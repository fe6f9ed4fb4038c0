package org.zhengce.number;

import java.util.BitSet;
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
      boolean year, boolean leadingDigit, boolean spelled, Qualifier approx) {

    Num(int start, int end, double value, String multiplier, String unit, boolean chinese,
        boolean year, boolean leadingDigit, boolean spelled) {
      this(start, end, value, multiplier, unit, chinese, year, leadingDigit, spelled, null);
    }

    boolean skip() {
      return Double.isNaN(value);
    }
  }

  private static final Pattern DATE =
      Pattern.compile("(\\d{4})([-/.])(\\d{1,2})(?:\\2(\\d{1,2}))?(?!\\d)");
  /** Characters before 负 that make a word of it (减负, 税负, 担负, 不负, 正负). */
  private static final String NOT_BEFORE_MINUS = "减税担抱肩背欠胜自辜重身亏不正文分";
  /** Before - these make it a range mark (2014年-2017年, 1号-5号, 10%-15%), not a minus sign. */
  private static final String NOT_BEFORE_SIGN = ")）-—–~.%/年月日号个元万亿米吨人次期届岁";
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)");
  /** Longer runs of numerals are not numbers anyway, and trying each prefix would be slow. */
  private static final int LONGEST_RUN = 24;

  private NumberScanner() {}

  /** The characters a number can start with ({@link #at} gives null at any other). */
  static BitSet starts() {
    BitSet starts = (BitSet) NumberWords.FIRST.clone();
    "-负−半".chars().forEach(starts::set);
    Numerals.ALL.chars().forEach(starts::set);
    starts.set('0', '9' + 1);
    return starts;
  }

  /** The number starting at {@code i}, a skip, or null when no number starts there. */
  static Num at(String text, int i) {
    char c = text.charAt(i);
    if ((c == '-' || c == '负' || c == '−') && i + 1 < text.length()) {
      return negative(text, i);
    }
    Num word = NumberWords.FIRST.get(c) ? NumberWords.at(text, i) : null;
    if (word != null) {
      return word;
    }
    if (isDigit(c)) {
      return arabic(text, i);
    }
    if (Numerals.isNumeral(c) || c == '半') {
      Num num = chinese(text, i);
      return num.skip() || !Numerals.isFinancial(c) || financial(text, num) ? num : skip(i, num.end());
    }
    return null;
  }

  /**
   * 负四十五, 负2500, -2500 (also 增长-2.5%): a sign right before a number and not after one, a
   * letter or a closing bracket (2021-2025, GB3095-2012 are ranges and names); 负 not as part of
   * a word (减负, 税负, 担负, 不负).
   */
  private static Num negative(String text, int i) {
    char c = text.charAt(i);
    char prev = i > 0 ? text.charAt(i - 1) : '\n';
    char next = text.charAt(i + 1);
    boolean signed = c == '负'
        ? NOT_BEFORE_MINUS.indexOf(prev) < 0 && (isDigit(next) || Numerals.digit(next) > 0
            || Numerals.smallPower(next) == 1)
        : isDigit(next) && !isDigit(before(text, i)) && !UnitReader.isLatin(before(text, i))
            && !Numerals.isNumeral(before(text, i)) && NOT_BEFORE_SIGN.indexOf(before(text, i)) < 0;
    Num inner = signed ? at(text, i + 1) : null;
    if (inner == null || inner.skip() || inner.approx() != null || inner.spelled()) {
      return null;
    }
    return new Num(i, inner.end(), -inner.value(), inner.multiplier(), inner.unit(),
        inner.chinese(), false, inner.leadingDigit(), false);
  }

  /** The character before {@code i} and the spaces before it; a line break at the start. */
  private static char before(String text, int i) {
    int k = i - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k < 0 ? '\n' : text.charAt(k);
  }

  /** A lone financial numeral is a word (队伍, 大陆, 收拾) unless 元 or 圆 follows it. */
  private static boolean financial(String text, Num num) {
    int count = 0;
    for (int k = num.start(); k < num.end(); k++) {
      count += Numerals.isFinancial(text.charAt(k)) ? 1 : 0;
    }
    return count > 1 || num.end() < text.length() && "元圆".indexOf(text.charAt(num.end())) >= 0;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Num arabic(String text, int i) {
    int n = text.length();
    int run = digits(text, i);
    char after = run < n ? text.charAt(run) : '\n';
    Matcher date = run - i == 4 && "-/.".indexOf(after) >= 0 ? DATE.matcher(text).region(i, n) : null;
    if (date != null && date.lookingAt()) {
      int year = Integer.parseInt(date.group(1));
      int month = Integer.parseInt(date.group(3));
      if (year >= 1900 && year <= 2100 && month >= 1 && month <= 12
          && (!date.group(2).equals(".") || date.group(4) != null)) {
        return skip(i, date.end());
      }
    }
    Matcher clock = run - i <= 2 && after == ':' ? CLOCK.matcher(text).region(i, n) : null;
    if (clock != null && clock.lookingAt()) {
      return skip(i, clock.end());
    }
    int mixed = mixedEnd(text, i);
    if (mixed > 0) {
      OptionalDouble v = ChineseNumber.parse(text.substring(i, mixed)); // 8万2千3百, 3万5千
      return v.isPresent() ? new Num(i, mixed, v.getAsDouble(), "", null, false, false, true, false)
          : skip(i, mixed);
    }
    int j = run;
    if (j - i <= 3) {
      while (j + 3 < n && (text.charAt(j) == ',' || text.charAt(j) == '，') && isDigit(text.charAt(j + 1))
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
    boolean kilo = !decimal && j < n && text.charAt(j) == 'k'
        && (j + 1 == n || !UnitReader.isLatin(text.charAt(j + 1))); // 25k
    OptionalDouble v = ChineseNumber.parse(text.substring(i, kilo ? ++j : j));
    if (v.isEmpty()) {
      return skip(i, j);
    }
    double value = v.getAsDouble();
    boolean year = !decimal && !kilo && j - i == 4 && value >= 1000 && value < 3000;
    return new Num(i, j, value, "", null, false, year, true, false);
  }

  private static Num chinese(String text, int i) {
    int n = text.length();
    if (text.startsWith("百分之", i) || text.startsWith("千分之", i)) {
      int k = i + 3;
      Num inner = k < n && Numerals.isNumeral(text.charAt(k)) ? run(text, k) : null;
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
    Num numerator = k < n && Numerals.isNumeral(text.charAt(k)) ? run(text, k) : null;
    if (numerator == null || numerator.skip() || !numerator.multiplier().isEmpty()
        || head.value() == 0) {
      return skip(i, numerator == null ? k : numerator.end());
    }
    double value = numerator.value() / head.value(); // 三分之二
    return new Num(i, numerator.end(), value, "", null, true, false, true, true);
  }

  /** The longest valid Chinese number at {@code i}: 五十万千瓦 reads 五十万, then the unit 千瓦. */
  static Num run(String text, int i) {
    int e = runEnd(text, i);
    if (e - i > LONGEST_RUN) {
      return skip(i, e);
    }
    char first = text.charAt(i);
    boolean leadingDigit = Numerals.digit(first) >= 0 || Numerals.plain(first) == '十' || first == '半';
    if (e == i + 1 && Numerals.digit(first) >= 0) { // a lone digit (一, 两, 〇) is its value
      return new Num(i, e, Numerals.digit(first), "", null, true, false, true, false);
    }
    for (int k = e; k > i; k--) {
      if (text.charAt(k - 1) == ' ') {
        continue;
      }
      String written = text.substring(i, k);
      String multiplier = multiplierOf(written);
      OptionalDouble v =
          ChineseNumber.parse(written.substring(0, written.length() - multiplier.length()));
      if (v.isPresent() && !written.endsWith("点") && !written.endsWith("·")) {
        boolean year = multiplier.isEmpty() && written.length() >= 2
            && written.chars().allMatch(c -> Numerals.digit((char) c) >= 0); // 二〇二〇, 九五
        return new Num(i, k, v.getAsDouble(), multiplier, null, true, year, leadingDigit, false);
      }
    }
    return skip(i, e);
  }

  /** 万, 亿 or 万亿 at the end of a number that has no other 万 or 亿 (十五万, not 三亿五千万). */
  private static String multiplierOf(String written) {
    for (String m : QuantityWords.MULTIPLIERS.words()) {
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
          && Numerals.digit(text.charAt(j + 1)) >= 0;
      boolean space = c == ' ' && j > i && j + 1 < n && Numerals.isNumeral(text.charAt(j + 1))
          && Numerals.isNumeral(text.charAt(j - 1)) // 二百 四 十 一, as PDF text spaces it
          && (Numerals.isPower(text.charAt(j + 1)) || Numerals.isPower(text.charAt(j - 1)));
      if (!Numerals.isNumeral(c) && !point && !space) {
        break;
      }
      j++;
    }
    return j;
  }

  /**
   * The end of a number that mixes Arabic coefficients with Chinese powers at {@code i}
   * ({@code 8万2千3百}, {@code 8 万2 千3 百}, {@code 1亿2000万}), or -1. After 十百千 a coefficient is
   * one digit; after 万 or 亿 one to four digits and then a power (not 10万2020年).
   */
  private static int mixedEnd(String text, int i) {
    int n = text.length();
    int j = digits(text, i);
    int end = -1;
    while (j < n && j - i < 40) {
      int k = j < n - 1 && text.charAt(j) == ' ' ? j + 1 : j;
      char power = k < n ? text.charAt(k) : 0;
      if (!Numerals.isPower(power) || Numerals.isFinancial(power)) {
        break;
      }
      int m = k + 1 < n - 1 && text.charAt(k + 1) == ' ' ? k + 2 : k + 1;
      int e = m < n && isDigit(text.charAt(m)) ? digits(text, m) : m;
      boolean small = Numerals.smallPower(power) > 0;
      int a = e < n - 1 && text.charAt(e) == ' ' ? e + 1 : e;
      char after = a < n ? text.charAt(a) : 0;
      boolean fits = small ? e - m == 1 : e - m <= 4 && Numerals.isPower(after);
      if (e == m || !fits) {
        return end < 0 ? -1 : k + 1;
      }
      end = e;
      j = e;
    }
    return end;
  }

  private static int digits(String text, int i) {
    int j = i;
    while (j < text.length() && isDigit(text.charAt(j))) {
      j++;
    }
    return j;
  }

  static Num skip(int start, int end) {
    return new Num(start, end, Double.NaN, "", null, false, false, false, false);
  }
}
