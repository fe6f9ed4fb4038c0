package org.zhengce.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: random whole numbers from 0 to 10^12, written out as Chinese numerals the ways texts
 * write them (零 or 〇 in the gaps, 两 before 百千万亿, financial 大写, spaced as PDF text spaces
 * them, Arabic coefficients before the powers), read back to themselves.
 */
class NumeralRoundTripTest {

  private static final String DIGITS = "零一二三四五六七八九";
  private static final String FINANCIAL = "零壹贰叁肆伍陆柒捌玖";

  @Test
  void everyWrittenFormReadsBack() {
    Random random = new Random(10);
    for (int round = 0; round < 4_000; round++) {
      long n = switch (round % 4) {
        case 0 -> (long) (random.nextDouble() * 1e12);
        case 1 -> random.nextInt(100_000);
        case 2 -> (long) random.nextInt(10_000) * (long) Math.pow(10, random.nextInt(9));
        default -> random.nextInt(10) * 100_000_000L + random.nextInt(10) * 1000L + random.nextInt(10);
      };
      String plain = write(n);
      assertReads(n, plain);
      assertReads(n, plain.replace('零', '〇'));
      assertReads(n, plain.replaceAll("二(?=[百千万亿])", "两").replaceAll("^二$", "两"));
      assertReads(n, financial(plain));
      assertReads(n, String.join(" ", plain.split("")));
      assertReads(n, mixed(n));
    }
    assertReads(1_000_000_000_000L, "一万亿");
    assertReads(1_000_000_000_000L, "一兆");
    assertReads(100_000_000L, "一万万");
  }

  private static void assertReads(long n, String written) {
    OptionalDouble v = ChineseNumber.parse(written);
    assertTrue(v.isPresent(), () -> written + " (" + n + ") not read");
    assertEquals((double) n, v.getAsDouble(), 0.0, written);
  }

  /** The standard reading: 四位一节, 零 for a gap, 十 alone at the start (十五, not 一十五). */
  static String write(long n) {
    if (n == 0) {
      return "零";
    }
    long[] groups = {n / 100_000_000L, n / 10_000 % 10_000, n % 10_000};
    String[] names = {"亿", "万", ""};
    StringBuilder out = new StringBuilder();
    boolean gap = false;
    for (int g = 0; g < 3; g++) {
      if (groups[g] == 0) {
        gap = out.length() > 0;
        continue;
      }
      if (out.length() > 0 && (gap || groups[g] < 1000)) {
        out.append('零');
      }
      out.append(section(groups[g], g == 0 ? 4 : 3)).append(names[g]);
      gap = false;
    }
    String s = out.toString();
    return s.startsWith("一十") ? s.substring(1) : s;
  }

  /** Below 10^4 (the 亿 group may reach 10^4: 一万亿). */
  private static String section(long s, int places) {
    if (s >= 10_000) {
      return section(s / 10_000, 3) + "万" + (s % 10_000 == 0 ? "" : (s % 10_000 < 1000 ? "零" : "")
          + section(s % 10_000, 3));
    }
    StringBuilder out = new StringBuilder();
    String powers = "千百十";
    long[] d = {s / 1000, s / 100 % 10, s / 10 % 10, s % 10};
    boolean zero = false;
    for (int i = 0; i < 4; i++) {
      if (d[i] == 0) {
        zero = out.length() > 0;
        continue;
      }
      if (zero) {
        out.append('零');
        zero = false;
      }
      out.append(DIGITS.charAt((int) d[i]));
      if (i < 3) {
        out.append(powers.charAt(i));
      }
    }
    return out.toString();
  }

  private static String financial(String plain) {
    StringBuilder out = new StringBuilder();
    for (char c : plain.toCharArray()) {
      int d = DIGITS.indexOf(c);
      out.append(d > 0 ? FINANCIAL.charAt(d) : c == '十' ? '拾' : c == '百' ? '佰' : c == '千' ? '仟'
          : c == '万' ? '萬' : c == '亿' ? '億' : c);
    }
    return out.toString();
  }

  /** Arabic coefficients before 亿 and 万: 12亿3456万7890. */
  private static String mixed(long n) {
    long yi = n / 100_000_000L;
    long wan = n / 10_000 % 10_000;
    long rest = n % 10_000;
    if (yi == 0 && wan == 0) {
      return Long.toString(n);
    }
    StringBuilder out = new StringBuilder();
    if (yi > 0) {
      out.append(yi).append('亿');
    }
    if (wan > 0) {
      out.append(yi > 0 && wan < 1000 ? "零" : "").append(wan).append('万');
    }
    if (rest > 0) {
      out.append(rest < 1000 ? "零" : "").append(rest);
    }
    return out.toString();
  }
}
