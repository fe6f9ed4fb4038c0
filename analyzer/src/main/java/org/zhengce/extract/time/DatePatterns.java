package org.zhengce.extract.time;

import static org.zhengce.extract.time.TimeText.RANGE;
import static org.zhengce.extract.time.TimeText.S;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengce.extract.time.SubPeriods.Sub;
import org.zhengce.extract.time.TimeExpression.Type;

/**
 * Calendar expressions: a {@link YearPart} alone (2020年, 今年) or with one of the
 * {@link SubPeriods} (2020年底, 明年一季度, 二〇一九年四月十九日), the sub-periods standing alone
 * (6月底, 上半年, 年底), numeric dates (2019/04/19, 2019.9.6, 2019-04-19 10:54, 20240307) and year
 * ranges (2021—2025年, （2021-2025）).
 */
final class DatePatterns {

  private static final Pattern YEAR_PART = Pattern.compile(YearPart.REGEX);

  /** 2021—2025年, 2021年至2025年. */
  private static final Pattern YEAR_RANGE = Pattern.compile(
      "(" + YearPart.WRITTEN + ")" + S + "年?" + RANGE + "(" + YearPart.WRITTEN + ")" + S
          + "年(?:度)?");
  /** （2021-2025）: the years alone, without their brackets. */
  private static final Pattern BRACKETED_YEARS = Pattern.compile(
      "\\((" + YearPart.WRITTEN + ")-(" + YearPart.WRITTEN + ")(?=\\))");

  private static final Scan YEAR_RANGE_SCAN = Scan.of(YEAR_RANGE, YearPart.STARTS);
  private static final Scan BRACKETED_YEARS_SCAN = Scan.of(BRACKETED_YEARS, "(");
  private static final Scan YEAR_PART_SCAN = Scan.of(YEAR_PART, YearPart.STARTS);

  private DatePatterns() {}

  static void find(Starts starts, List<Atom> out) {
    yearParts(starts, out);
    alone(starts, out);
    NumericDates.find(starts, out);
    shortYearsAlone(starts, out);
    // the two forms never overlap, and none starts where the other does
    for (MatchResult m : starts.matches(YEAR_RANGE_SCAN)) {
      addYears(m.start(), m.end(), m.group(1), m.group(2), out);
    }
    for (MatchResult m : starts.matches(BRACKETED_YEARS_SCAN)) {
      addYears(m.start(1), m.end(2), m.group(1), m.group(2), out);
    }
  }

  private static void addYears(int start, int end, String from, String to, List<Atom> out) {
    Integer first = Numerals.year(from);
    Integer last = Numerals.year(to);
    if (first != null && last != null && first < last && last - first <= 50) {
      DateRange range = DateRange.years(first, last);
      out.add(Atom.range(start, end, Type.SPAN, (doc, year) -> range, false));
    }
  }

  /**
   * Two Chinese digits and 年 alone (八五年, 零九年): a year, unless the digits follow each other
   * (三四年, 七八年: three or four years) or a word follows that makes it a length (三五年内).
   */
  private static final Pattern SHORT_YEAR_ALONE = Pattern.compile(
      "(?<![〇零一二三四五六七八九十百千万两几第每多])([〇零一二三四五六七八九])([〇零一二三四五六七八九])"
          + S + "年(?![内来间多余半个期以度级龄轻前后左上中底初末代])");

  private static final Scan SHORT_YEAR_ALONE_SCAN = Scan.of(SHORT_YEAR_ALONE, "〇零一二三四五六七八九");

  private static void shortYearsAlone(Starts starts, List<Atom> out) {
    for (MatchResult m : starts.matches(SHORT_YEAR_ALONE_SCAN)) {
      int first = Numerals.digit(m.group(1).charAt(0));
      int second = Numerals.digit(m.group(2).charAt(0));
      if (second == first + 1) {
        continue;
      }
      String digits = m.group(1) + m.group(2);
      out.add(Atom.anchor(m.start(), m.end(), Type.SPAN, (doc, year) -> {
        Integer y = YearPart.complete(Numerals.year("00" + digits), doc);
        return y == null ? null : DateRange.year(y);
      }, false));
    }
  }

  /** Per sub-period, the characters its form standing alone can start with. */
  private static final List<Scan> ALONE = SubPeriods.ALL.stream()
      .map(sub -> Scan.of(sub.alone(), SubPeriods.STARTS)).toList();

  /** Per sub-period, what its form after a year part can start with (tried after a year part, not indexed). */
  static final List<Scan> AFTER = SubPeriods.ALL.stream().map(sub -> Scan.of(sub.after()))
      .toList();

  /** The scans of this class and of {@link NumericDates}, for {@link Starts}. */
  static final List<Scan> SCANS = java.util.stream.Stream.concat(
      java.util.stream.Stream.of(YEAR_PART_SCAN, YEAR_RANGE_SCAN, BRACKETED_YEARS_SCAN,
          SHORT_YEAR_ALONE_SCAN),
      java.util.stream.Stream.concat(ALONE.stream(), NumericDates.SCANS.stream())).toList();

  /**
   * Sub-periods standing alone, in the document's year (or the year of the range they end); at
   * one place, in the order of {@link SubPeriods#ALL}.
   */
  private static void alone(Starts starts, List<Atom> out) {
    String s = starts.text();
    for (int k = 0; k < ALONE.size(); k++) {
      Sub sub = SubPeriods.ALL.get(k);
      IntPredicate mayOpen = starts.mayOpen(ALONE.get(k));
      Matcher m = null;
      for (int i : starts.of(ALONE.get(k))) {
        if (i > 0 && SubPeriods.NOT_AFTER.indexOf(s.charAt(i - 1)) >= 0 || !mayOpen.test(i)) {
          continue;
        }
        if (m == null) {
          m = sub.alone().matcher(s).useTransparentBounds(true);
        }
        if (m.region(i, s.length()).lookingAt()) {
          MatchResult r = m.toMatchResult();
          Atom.Resolver resolver = (doc, year) -> year == null ? null : sub.range().apply(year, r);
          out.add(sub.name().endsWith("range")
              ? Atom.range(r.start(), r.end(), sub.type(), resolver, true)
              : Atom.anchor(r.start(), r.end(), sub.type(), resolver, true));
        }
      }
    }
  }

  private static void yearParts(Starts starts, List<Atom> out) {
    String s = starts.text();
    Matcher[] after = null; // one matcher per sub-period, made at the first year and reused
    for (MatchResult y : starts.matches(YEAR_PART_SCAN)) {
      String yearText = y.group();
      int start = y.start();
      out.add(Atom.anchor(start, y.end(), Type.SPAN, (doc, year) -> {
        Integer value = YearPart.year(yearText, doc);
        return value == null ? null : DateRange.year(value);
      }, false));
      if (after == null) {
        after = new Matcher[SubPeriods.ALL.size()];
        for (int k = 0; k < after.length; k++) {
          after[k] = SubPeriods.ALL.get(k).after().matcher(s).useTransparentBounds(true);
        }
      }
      for (int k = 0; k < after.length; k++) {
        if (y.end() < s.length() && !AFTER.get(k).mayStart(s, y.end())) {
          continue;
        }
        Sub sub = SubPeriods.ALL.get(k);
        Matcher m = after[k].region(y.end(), s.length());
        if (m.lookingAt()) {
          MatchResult r = m.toMatchResult();
          Atom.Resolver resolver = (doc, year) -> {
            Integer value = YearPart.year(yearText, doc);
            return value == null ? null : sub.range().apply(value, r);
          };
          out.add(sub.name().endsWith("range")
              ? Atom.range(start, m.end(), sub.type(), resolver, false)
              : Atom.anchor(start, m.end(), sub.type(), resolver, false));
        }
      }
    }
  }
}
