package org.zhengce.number;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts one written number to its value: Arabic ({@code 3.4}, {@code 1,000}, {@code 1.5万},
 * {@code 1/3}), Chinese positional ({@code 一千二百三十四}, {@code 十五万}, {@code 两千零二十},
 * {@code 一百二十亿}), Chinese digit by digit ({@code 二〇二〇} → 2020, {@code 九一·九} → 91.9),
 * decimals ({@code 零点五}), fractions ({@code 三分之二}), {@code 半} (0.5) and percentages written
 * out ({@code 百分之十二点五} → 12.5, the number of percent). Vague numbers ({@code 十几},
 * {@code 几十}, {@code 三十多}) have no exact value and give empty, as does anything that is not a
 * whole number expression ({@code 十四五}). Stateless and thread-safe; {@link QuantityParser} finds
 * the numbers in running text and uses this class to read them.
 */
public final class ChineseNumber {

  /** Digit characters, value = index; 〇 and 两 are handled in {@link #digit(char)}. */
  private static final String DIGITS = "零一二三四五六七八九";
  /** Every character a Chinese number may be written with (点 and · only between digits). */
  private static final String NUMERALS = "零〇一二两三四五六七八九十百千万亿";
  private static final Pattern ARABIC = Pattern.compile(
      "(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(万亿|亿|万|千|百)?");
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
    String s = foldWidth(written.strip());
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return OptionalDouble.empty();
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
    return s.chars().anyMatch(c -> c >= '0' && c <= '9') ? arabic(s) : chinese(s);
  }

  /** True for a character that can be part of a Chinese number ({@code 〇一…九十百千万亿两}). */
  static boolean isNumeral(char c) {
    return NUMERALS.indexOf(c) >= 0;
  }

  /** The value of a Chinese digit (〇, 零, 一 … 九, 两), else -1. */
  static int digit(char c) {
    if (c == '〇') {
      return 0;
    }
    if (c == '两') {
      return 2;
    }
    return DIGITS.indexOf(c);
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
    String integer = m.group(1).replace(",", "");
    if (integer.length() > MAX_DIGITS) {
      return OptionalDouble.empty();
    }
    double value = Double.parseDouble(integer + (m.group(2) == null ? "" : m.group(2)));
    return finite(value * multiplier(m.group(3) == null ? "" : m.group(3)));
  }

  private static OptionalDouble chinese(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isNumeral(c) && c != '点' && c != '·') {
        return OptionalDouble.empty(); // 几, 多, 余, 数: vague; anything else: not a number
      }
    }
    int point = Math.max(s.indexOf('点'), s.indexOf('·'));
    if (point < 0) {
      long value = positional(s);
      return value < 0 ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
    // 十二点五, 零点五, 二·四万: the multiplier after the decimals scales the whole number
    String trailing = s.endsWith("万亿") ? "万亿" : s.endsWith("亿") ? "亿" : s.endsWith("万") ? "万" : "";
    String whole = s.substring(0, point);
    String decimals = s.substring(point + 1, s.length() - trailing.length());
    long integer = positional(whole);
    if (integer < 0 || decimals.isEmpty() || decimals.length() > MAX_DIGITS) {
      return OptionalDouble.empty();
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < decimals.length(); i++) {
      int d = digit(decimals.charAt(i));
      if (d < 0 || decimals.charAt(i) == '两') {
        return OptionalDouble.empty();
      }
      digits.append(d);
    }
    return finite(Double.parseDouble(integer + "." + digits) * multiplier(trailing));
  }

  /** A whole Chinese number, split at 亿 and 万; -1 when malformed. */
  private static long positional(String s) {
    int yi = s.lastIndexOf('亿');
    if (yi >= 0) {
      return combine(positional(s.substring(0, yi)), below(s.substring(yi + 1), 100_000_000L));
    }
    int wan = s.indexOf('万');
    if (wan >= 0) {
      if (s.indexOf('万', wan + 1) >= 0) {
        return -1;
      }
      return combine(section(s.substring(0, wan)), below(s.substring(wan + 1), 10_000L));
    }
    return section(s);
  }

  private static long combine(long high, long[] low) {
    if (high <= 0 || low == null) {
      return -1;
    }
    long unit = low[1];
    return high > Long.MAX_VALUE / unit / 2 ? -1 : high * unit + low[0];
  }

  /**
   * The part after 亿 or 万 as {value, unit}: empty gives 0; 一万五 abbreviates 一万五千; a leading
   * 零 (一万零五) is skipped. Null when malformed or not smaller than the unit.
   */
  private static long[] below(String rest, long unit) {
    if (rest.isEmpty()) {
      return new long[] {0, unit};
    }
    if (rest.length() == 1 && digit(rest.charAt(0)) > 0) {
      return new long[] {digit(rest.charAt(0)) * unit / 10, unit};
    }
    String tail = rest.charAt(0) == '零' || rest.charAt(0) == '〇' ? rest.substring(1) : rest;
    if (tail.isEmpty() || digit(tail.charAt(0)) <= 0) {
      return null; // 五十万千 is not 五十万一千
    }
    long value = unit == 10_000L ? section(tail) : positional(tail);
    return value < 0 || value >= unit ? null : new long[] {value, unit};
  }

  /** A number below 10000: 一千二百三十四, 十五, 一百零五, 一百五 (150), or digit by digit (二〇二〇). */
  private static long section(String s) {
    if (s.isEmpty() || s.length() > MAX_DIGITS) {
      return -1;
    }
    if (s.chars().noneMatch(c -> c == '十' || c == '百' || c == '千')) {
      if (s.length() > 1 && s.indexOf('两') >= 0) {
        return -1;
      }
      long value = 0;
      for (int i = 0; i < s.length(); i++) {
        int d = digit(s.charAt(i));
        if (d < 0) {
          return -1;
        }
        value = value * 10 + d;
      }
      return value;
    }
    long value = 0;
    int pending = -1;
    int lastPower = 4;
    boolean zero = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d == 0) {
        if (pending >= 0 || zero || i == 0) {
          return -1;
        }
        zero = true;
      } else if (d > 0) {
        if (pending >= 0) {
          return -1; // two digits in a row: 十四五
        }
        pending = d;
      } else {
        int power = c == '十' ? 1 : c == '百' ? 2 : c == '千' ? 3 : -1;
        if (power < 0 || power >= lastPower) {
          return -1;
        }
        if (pending < 0) {
          if (i == 0 || (zero && c == '十')) {
            pending = 1; // 十五, 百亿 (a leading 百 or 千 is one hundred, one thousand), 一千零十
          } else {
            return -1;
          }
        }
        value += pending * pow10(power);
        pending = -1;
        lastPower = power;
        zero = false;
      }
    }
    if (pending >= 0) {
      value += zero || lastPower == 1 ? pending : pending * pow10(lastPower - 1);
    } else if (zero) {
      return -1;
    }
    return value;
  }

  private static long pow10(int power) {
    long p = 1;
    for (int i = 0; i < power; i++) {
      p *= 10;
    }
    return p;
  }

  private static double multiplier(String m) {
    return switch (m) {
      case "百" -> 1e2;
      case "千" -> 1e3;
      case "万" -> 1e4;
      case "亿" -> 1e8;
      case "万亿" -> 1e12;
      default -> 1;
    };
  }

  private static OptionalDouble finite(double value) {
    return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  private static String foldWidth(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append((c >= '０' && c <= '９') || c == '．' || c == '／' ? (char) (c - 0xFEE0) : c);
    }
    return out.toString();
  }
}
