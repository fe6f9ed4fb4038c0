package org.zhengce.number;

import org.zhengce.number.NumberScanner.Num;
import org.zhengce.number.UnitReader.Term;

/**
 * Decides for {@link QuantityParser} whether a number read with its unit is a quantity, and not
 * part of a word ({@code 统一}, {@code 一是}), a slogan in quotes, an ordinal ({@code 第三}), the
 * article {@code 一个} or a list marker ({@code 1.}, {@code (3)}). A Chinese numeral without unit
 * counts when it is clearly a number: it has a power and a leading digit ({@code 十七},
 * {@code 三百二}, {@code 两千零二十}) and is not cut from a longer run ({@code 十四五}) or an
 * ordinal ({@code 十九大}, {@code 十八届}); or it is the whole text. Stateless.
 */
final class QuantityFilter {

  /** After a bare Chinese numeral these make it an ordinal name: 十九大, 十八届, 三中全会. */
  private static final String NOT_AFTER_BARE = "大届中";

  private QuantityFilter() {}

  /** Whether the number is a quantity and not part of a word, a slogan, an ordinal or a list. */
  static boolean accepted(String text, Term a, Term b, String unit, boolean qualified) {
    Num num = a.num();
    int s = num.start();
    char prev = s > 0 ? text.charAt(s - 1) : '\n';
    int w = s - 1;
    while (w > 0 && w >= s - 2 && text.charAt(w) == ' ') {
      w--;
    }
    if (w >= 0 && text.charAt(w) == '第') {
      return false;
    }
    if (!num.chinese()) {
      return !listMarker(text, num, unit, b);
    }
    if (num.spelled() || num.approx() != null) {
      return true; // 百分之百, 三分之二, also in quotes; 上百, 数十
    }
    if (QuantityWords.NOT_BEFORE_CHINESE.indexOf(prev) >= 0
        || QuantityWords.OPEN_QUOTES.indexOf(prev) >= 0
        || text.charAt(s) == '半' && QuantityWords.NOT_BEFORE_HALF.indexOf(prev) >= 0) {
      return false;
    }
    if (!num.leadingDigit()) {
      return !a.multiplier().isEmpty() && a.unit() != null; // 百亿元, 千万元; not 千万, 百姓
    }
    boolean article = b == null && num.value() == 1 && num.end() - s == 1 && !qualified
        && a.multiplier().isEmpty() && QuantityWords.COUNTERS.contains(a.unit());
    if (unit == null) {
      return bare(text, num);
    }
    return !article;
  }

  /** 1. or 2、 at the start of a line, (3) or （3）. */
  private static boolean listMarker(String text, Num num, String unit, Term b) {
    if (unit != null || b != null || num.end() >= text.length()) {
      return false;
    }
    char next = text.charAt(num.end());
    char prev = num.start() > 0 ? text.charAt(num.start() - 1) : '\n';
    boolean lineStart = prev == '\n' || prev == '\r' || prev == ' ' || prev == '\t';
    return lineStart && ".、)）".indexOf(next) >= 0
        || (prev == '(' || prev == '（') && (next == ')' || next == '）');
  }

  /** A Chinese numeral without unit: 十七, 三百二, 负四十五, 贰佰叁拾; or the whole text. */
  private static boolean bare(String text, Num num) {
    String written = text.substring(num.start(), num.end());
    if (blank(text, 0, num.start()) && blank(text, num.end(), text.length())) {
      return true; // the number is the whole text
    }
    char next = num.end() < text.length() ? text.charAt(num.end()) : '\n';
    char prev = num.start() > 0 ? text.charAt(num.start() - 1) : '\n';
    if (Numerals.isNumeral(next) || NOT_AFTER_BARE.indexOf(next) >= 0
        || "、.．)）".indexOf(next) >= 0 || prev == '(' || prev == '（'
        || QuantityWords.COUNTERS.startingAt(text, num.end()) != null
        || QuantityWords.MEASURES.startingAt(text, num.end()) != null) {
      return false; // 二十七、 （二十七） headings; 十五次党代会 (a unit that makes a word)
    }
    int first = written.charAt(0) == '负' || written.charAt(0) == '-' ? 1 : 0;
    char lead = written.charAt(first);
    boolean power = false;
    for (int i = first + 1; i < written.length(); i++) {
      power |= Numerals.isPower(written.charAt(i));
    }
    return (Numerals.digit(lead) > 0 && power || Numerals.smallPower(lead) == 1)
        && written.length() - first >= 2;
  }

  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
