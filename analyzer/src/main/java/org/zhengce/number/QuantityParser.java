package org.zhengce.number;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.zhengce.number.NumberScanner.Num;
import org.zhengce.number.UnitReader.Term;
import org.zhengce.text.Span;

/**
 * Finds the numbers and quantities of a normalized text (simplified script, half-width digits), in
 * order and without overlap: the number, its multiplier and unit ({@code 15万亩}, {@code 3.4个百分点},
 * {@code 35微克/立方米}), the qualifier words next to it ({@code 不低于35%}, {@code 11万人以上},
 * {@code 约3万人}) and ranges ({@code 10%—15%}, {@code 三到五年}). Not quantities: names
 * ({@code PM2.5}, {@code CO2}, {@code 5G}), ordinals and list markers ({@code 第三}, {@code (一)},
 * {@code 1.}), Chinese numerals inside words and slogans ({@code 统一}, {@code 一是}, {@code 四个全面};
 * a Chinese numeral counts only before a unit or measure word, as {@code 百分之…}, or as a whole
 * number with 万/亿 such as {@code 十五万}), the article {@code 一个}, and calendar dates
 * ({@code 2020年}, {@code 6月底}, {@code 3月1日}), which the time parser reads; durations
 * ({@code 3年}, {@code 30日内}, {@code 6个月}) are quantities. Bare Arabic numbers are kept with a null
 * unit. The vocabulary is in {@link QuantityWords}. Immutable and thread-safe.
 */
public final class QuantityParser {

  /** Units after which 近 means "the last" (近3年), not "nearly". */
  private static final Set<String> TIME_UNITS =
      Set.of("年", "个月", "天", "日", "周", "小时", "个季度", "周年", "工作日", "个工作日");
  /**
   * The characters a fixed phrase, a name or a number can start with: every other position, most
   * of a text, is passed over with one lookup.
   */
  private static final BitSet STARTS = starts();
  private static final WordList BOUNDING_VERBS =
      WordList.of(List.copyOf(QuantityWords.BOUNDING_VERBS.keySet()));

  /** Every quantity of {@code text}, in order, not overlapping. */
  public List<Quantity> find(String text) {
    return scan(text).quantities();
  }

  /**
   * The spans of every number of {@code text} with its unit, without qualifier words (a range
   * whole: 三至五年), and of the dates (2020年, 6月) and names with digits (PM2.5, 5G) that the
   * same grammar sets apart: what a segmenter keeps as one token. In order, not overlapping.
   */
  public List<Span> numberSpans(String text) {
    return scan(text).spans();
  }

  /** The quantities and the number spans of {@code text}, in one pass. */
  public NumberScan scan(String text) {
    List<Quantity> found = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    scan(text, found, spans);
    return new NumberScan(found, spans);
  }

  private void scan(String text, List<Quantity> found, List<Span> spans) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!STARTS.get(text.charAt(i))) {
        i++;
        continue;
      }
      String fixed = QuantityWords.FIXED_PHRASES.startingAt(text, i);
      if (fixed != null) {
        i += fixed.length();
        continue;
      }
      if (UnitReader.isLatin(text.charAt(i))) {
        int e = UnitReader.skipName(text, i);
        if (NumberScanner.isDigit(text.charAt(e - 1))) {
          spans.add(new Span(i, e)); // PM2.5, SO2
        }
        i = e;
        continue;
      }
      Num num = NumberScanner.at(text, i);
      if (num == null) {
        i++;
        continue;
      }
      int floor = found.isEmpty() ? 0 : found.get(found.size() - 1).end();
      int resume = read(text, num, floor, found, spans);
      i = Math.max(i + 1, resume);
    }
  }

  /** Adds the quantity at {@code num} to {@code found}, if there is one; returns where to go on. */
  private int read(String text, Num num, int floor, List<Quantity> found, List<Span> spans) {
    if (num.skip()) {
      return num.end();
    }
    Term a = UnitReader.read(text, num);
    if (a.name() || a.calendar()) {
      if (a.end() > num.end()) {
        spans.add(new Span(num.start(), a.end())); // 2020年, 6月, 5G
      }
      return a.end();
    }
    Term b = null;
    String mark = QuantityWords.RANGE_MARKS.startingAt(text, a.end());
    if (mark != null) {
      int next = UnitReader.gap(text, a.end() + mark.length());
      Num nb = next < text.length() ? NumberScanner.at(text, next) : null;
      if (nb != null && !nb.skip()) {
        Term tb = UnitReader.read(text, nb);
        if (tb.calendar() && a.written() == null) {
          return tb.end(); // 1到6月, 2019—2020年: a date range
        }
        if (!tb.name() && !tb.calendar() && fits(a, tb)) {
          b = tb;
        }
      }
    }
    Term last = b == null ? a : b;
    String unit = last.written();
    int start = num.start();
    int end = last.end();
    Qualifier qualifier = null;
    String after = QuantityWords.AFTER_WORDS.startingAt(text, end);
    if (after != null) {
      qualifier = QuantityWords.AFTER.get(after);
      end += after.length();
    }
    int p = num.start() > 0 && text.charAt(num.start() - 1) == ' ' ? num.start() - 1 : num.start();
    String before = qualifierBefore(text, p, floor, unit);
    if (before != null) {
      qualifier = qualifier == null ? QuantityWords.BEFORE.get(before) : qualifier;
      start = p - before.length();
    }
    if (qualifier == null && (a.more() || last.more())) {
      qualifier = Qualifier.AT_LEAST;
    }
    if (qualifier == null) {
      qualifier = num.approx(); // 上百, 数十, 近千
    }
    boolean qualified = qualifier != null;
    String verb = BOUNDING_VERBS.endingAt(text, p);
    if (qualifier == null && verb != null && p - verb.length() >= floor) {
      qualifier = QuantityWords.BOUNDING_VERBS.get(verb);
    }
    if (!QuantityFilter.accepted(text, a, b, unit, qualified)) {
      return num.end();
    }
    Double max = b == null ? null : b.num().value();
    String as = UnitForms.unit(unit);
    found.add(new Quantity(start, end, text.substring(start, end), UnitForms.value(num.value(), unit),
        max == null ? null : UnitForms.value(max, unit), as,
        qualifier == null ? Qualifier.EXACT : qualifier));
    spans.add(new Span(num.start(), last.end()));
    return end;
  }

  private static BitSet starts() {
    BitSet starts = NumberScanner.starts();
    QuantityWords.FIXED_PHRASES.words().forEach(w -> starts.set(w.charAt(0)));
    starts.set('a', 'z' + 1);
    starts.set('A', 'Z' + 1);
    return starts;
  }

  /** Whether {@code b} closes a range opened by {@code a}: ascending, same unit (or none on a). */
  private static boolean fits(Term a, Term b) {
    if (a.num().value() >= b.num().value() || a.more()) {
      return false;
    }
    String ua = a.written();
    String ub = b.written();
    if (ub == null) {
      return ua == null && !a.num().year() && !b.num().year();
    }
    return ua == null || ub.equals(ua) || ub.startsWith(ua);
  }

  /** The qualifier word ending at {@code p}, not reaching back over {@code floor}, or null. */
  private static String qualifierBefore(String text, int p, int floor, String unit) {
    String word = QuantityWords.BEFORE_WORDS.endingAt(text, p);
    if (word == null || p - word.length() < floor) {
      return null;
    }
    int w = p - word.length();
    String breakers = QuantityWords.NOT_QUALIFIER_AFTER.getOrDefault(word, "");
    if (w > 0 && breakers.indexOf(text.charAt(w - 1)) >= 0) {
      return null; // 节约, 最近
    }
    return word.equals("近") && unit != null && TIME_UNITS.contains(unit) ? null : word;
  }
}
