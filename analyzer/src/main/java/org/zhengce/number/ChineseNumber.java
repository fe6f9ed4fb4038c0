package org.zhengce.number;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts one written number to its value, the one numeral grammar of zhengce: Arabic
 * ({@code 3.4}, {@code 1,000}, {@code 3，217}, {@code 1.5万}, {@code 2.35万亿}, {@code 1/3},
 * {@code 25k}), Chinese positional ({@code 一千二百三十四}, {@code 三百二} = 320, {@code 六亿零八},
 * {@code 五千零三万}, {@code 一万万}, {@code 三兆}), financial ({@code 贰佰叁拾}, {@code 拾伍万零三十}),
 * mixed ({@code 8万2千3百}), spaced ({@code 二百 四 十 一}), digit by digit ({@code 二〇二〇} →
 * 2020, {@code 九一·九} → 91.9), decimals ({@code 零点五}), negatives ({@code 负四十五},
 * {@code -2500}), fractions ({@code 三分之二}), {@code 半} (0.5) and percentages written out
 * ({@code 百分之十二点五} → 12.5, the number of percent). Vague numbers ({@code 十几}, {@code 几十},
 * {@code 三十多}) have no exact value and give empty, as does anything that is not one whole
 * number expression ({@code 十四五}); {@link NumberScanner} reads those around this class.
 * Stateless and thread-safe.
 */
public final class ChineseNumber {

  private static final Pattern ARABIC = Pattern.compile(
      "(\\d{1,3}(?:[,，]\\d{3})+|\\d+)(\\.\\d+)?(万亿|千亿|百亿|千万|百万|亿|万|千|百|[kK])?");
  private static final Pattern ARABIC_FRACTION = Pattern.compile("(\\d+)/(\\d+)");
  /** Longer digit strings are identifiers (phone, file numbers), not amounts. */
  private static final int MAX_DIGITS = 15;
  /** No written number is longer; longer input is not read (and cannot recurse deeply). */
  private static final int MAX_LENGTH = 64;

  private ChineseNumber() {}

  /** The value of {@code written}, or empty when it is not one exact number. */
  public static OptionalDouble parse(String written) {
    if (written == null) {
      return OptionalDouble.empty();
    }
    int digits = plainDecimal(written);
    if (digits > 0) { // 2020, 3.5: most numbers, read without folding or patterns
      return digits > MAX_DIGITS ? OptionalDouble.empty() : finite(Double.parseDouble(written));
    }
    String s = fold(written.strip());
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return OptionalDouble.empty();
    }
    if ((s.charAt(0) == '负' || s.charAt(0) == '-') && s.length() > 1 && s.charAt(1) != '-') {
      OptionalDouble v = parse(s.substring(1));
      return v.isPresent() ? OptionalDouble.of(-v.getAsDouble()) : v;
    }
    if (s.startsWith("百分之") || s.startsWith("千分之")) {
      return parse(s.substring(3));
    }
    int fraction = s.indexOf("分之");
    if (fraction > 0) {
      OptionalDouble denominator = parse(s.substring(0, fraction));
      OptionalDouble numerator = parse(s.substring(fraction + 2));
      return denominator.isPresent() && numerator.isPresent() && denominator.getAsDouble() != 0
          ? finite(numerator.getAsDouble() / denominator.getAsDouble()) : OptionalDouble.empty();
    }
    if (s.equals("半")) {
      return OptionalDouble.of(0.5);
    }
    // both Arabic forms open with a digit
    OptionalDouble arabic = s.charAt(0) >= '0' && s.charAt(0) <= '9' ? arabic(s) : OptionalDouble.empty();
    return arabic.isPresent() || s.chars().allMatch(c -> c < 128 || c == '，') ? arabic : chinese(s);
  }

  /** Multiplier words after a number, as values: 万 → 10^4, 千亿 → 10^11, k → 10^3. */
  static double multiplier(String m) {
    double value = 1;
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      int small = Numerals.smallPower(c);
      value *= c == 'k' || c == 'K' ? 1e3 : small > 0 ? Math.pow(10, small) : Numerals.largePower(c);
    }
    return value;
  }

  private static OptionalDouble arabic(String s) {
    Matcher fraction = ARABIC_FRACTION.matcher(s);
    if (fraction.matches()) {
      return parse(fraction.group(2) + "分之" + fraction.group(1));
    }
    Matcher m = ARABIC.matcher(s);
    if (!m.matches()) {
      return OptionalDouble.empty();
    }
    String integer = m.group(1).replace(",", "").replace("，", "");
    if (integer.length() > MAX_DIGITS) {
      return OptionalDouble.empty();
    }
    double value = Double.parseDouble(integer + (m.group(2) == null ? "" : m.group(2)));
    return finite(value * multiplier(m.group(3) == null ? "" : m.group(3)));
  }

  /**
   * The number of integer digits of {@code s} if it is digits with at most one decimal part
   * ({@code 2020}, {@code 3.5}), else 0.
   */
  private static int plainDecimal(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == s.length() || i == 0) {
      return i;
    }
    if (s.charAt(i) != '.' || i + 1 == s.length()) {
      return 0;
    }
    for (int k = i + 1; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return 0;
      }
    }
    return i;
  }

  /** Chinese (possibly with Arabic coefficients, 8万2千): whole, or with decimals after 点. */
  private static OptionalDouble chinese(String s) {
    int point = Math.max(s.indexOf('点'), s.indexOf('·'));
    if (point < 0) {
      return positional(s);
    }
    // 十二点五, 零点五, 二·四万: the large powers after the decimals scale the whole number
    int end = s.length();
    while (end > point + 1 && Numerals.largePower(s.charAt(end - 1)) > 0) {
      end--;
    }
    String decimals = s.substring(point + 1, end);
    OptionalDouble whole = positional(s.substring(0, point));
    if (whole.isEmpty() || decimals.isEmpty() || decimals.length() > MAX_DIGITS) {
      return OptionalDouble.empty();
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < decimals.length(); i++) {
      int d = Numerals.digit(decimals.charAt(i));
      if (d < 0 || decimals.charAt(i) == '两') {
        return OptionalDouble.empty();
      }
      digits.append(d);
    }
    double value = Double.parseDouble((long) whole.getAsDouble() + "." + digits);
    return finite(value * multiplier(s.substring(end)));
  }

  /** A whole number: digit by digit when it has no power, else by {@link PositionalReader}. */
  private static OptionalDouble positional(String s) {
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return OptionalDouble.empty();
    }
    boolean powers = false;
    boolean arabic = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      powers |= Numerals.isPower(c);
      arabic |= c >= '0' && c <= '9';
    }
    if (!powers) {
      return arabic ? OptionalDouble.empty() : digitByDigit(s);
    }
    int end = s.length();
    while (end > 0 && Numerals.largePower(s.charAt(end - 1)) > 0) {
      end--;
    }
    String head = s.substring(0, end);
    if (end > 0 && !arabic && head.chars().noneMatch(c -> Numerals.isPower((char) c))) {
      OptionalDouble digits = digitByDigit(head); // 八四五万, 两万, 一万万
      return digits.isEmpty() ? digits : finite(digits.getAsDouble() * multiplier(s.substring(end)));
    }
    return PositionalReader.read(s);
  }

  private static OptionalDouble digitByDigit(String s) {
    if (s.length() > MAX_DIGITS || s.length() > 1 && (s.indexOf('两') >= 0 || s.indexOf('俩') >= 0)) {
      return OptionalDouble.empty();
    }
    long value = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = Numerals.digit(s.charAt(i));
      if (d < 0) {
        return OptionalDouble.empty();
      }
      value = value * 10 + d;
    }
    return OptionalDouble.of(value);
  }

  static OptionalDouble finite(double value) {
    return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /** Half-width digits, points and signs; financial numerals to plain ones; no inner spaces. */
  private static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '０' && c <= '９') || c == '．' || c == '／' || c == '－' || c == 'ｋ') {
        out.append((char) (c - 0xFEE0));
      } else if (c == '−') {
        out.append('-');
      } else if (c != ' ' && c != '\u3000') {
        out.append(Numerals.plain(c));
      }
    }
    return out.toString();
  }
}
