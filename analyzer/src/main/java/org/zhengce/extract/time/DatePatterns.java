package org.zhengce.extract.time;

import static org.zhengce.extract.time.TimeText.RANGE;
import static org.zhengce.extract.time.TimeText.S;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(?<![\\d.])((?:19|20)\\d\\d)([-/.])(1[0-2]|0?[1-9])\\2(3[01]|[12]\\d|0?[1-9])(?!\\d|\\.\\d)"
          + "(?:(?:\\s{1,2}|T)\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d))?");

  private static final Pattern NUMERIC_MONTH =
      Pattern.compile("(?<![\\d.])((?:19|20)\\d\\d)[-/](1[0-2]|0?[1-9])(?![\\d/.-])");

  private static final Pattern EIGHT_DIGITS =
      Pattern.compile("(?<![\\d.])((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d.])");

  private static final Pattern YEAR_RANGE = Pattern.compile(
      "(" + YearPart.WRITTEN + ")" + S + "年?" + RANGE + "(" + YearPart.WRITTEN + ")" + S
          + "年(?:度)?|(?<=\\()(" + YearPart.WRITTEN + ")-(" + YearPart.WRITTEN + ")(?=\\))");

  private DatePatterns() {}

  static void find(String s, List<Atom> out) {
    yearParts(s, out);
    alone(s, out);
    numeric(s, out);
    for (MatchResult m : TimeText.startingWith(YEAR_RANGE, s, YearPart.STARTS)) {
      int g = m.group(1) != null ? 1 : 3;
      Integer first = Numerals.year(m.group(g));
      Integer last = Numerals.year(m.group(g + 1));
      if (first != null && last != null && first < last && last - first <= 50) {
        DateRange range = DateRange.years(first, last);
        out.add(new Atom(m.start(), m.end(), Atom.Kind.RANGE, Type.SPAN, (doc, year) -> range,
            false, false, TimeExpression.Relation.NONE, null, null));
      }
    }
  }

  /** Sub-periods standing alone, in the document's year (or the year of the range they end). */
  private static void alone(String s, List<Atom> out) {
    List<Matcher> matchers = new ArrayList<>();
    for (Sub sub : SubPeriods.ALL) {
      matchers.add(sub.alone().matcher(s).useTransparentBounds(true));
    }
    java.util.BitSet starts = new java.util.BitSet();
    SubPeriods.STARTS.chars().forEach(starts::set);
    for (int i = 0; i < s.length(); i++) {
      if (!starts.get(s.charAt(i))
          || i > 0 && SubPeriods.NOT_AFTER.indexOf(s.charAt(i - 1)) >= 0) {
        continue;
      }
      for (int k = 0; k < matchers.size(); k++) {
        Matcher m = matchers.get(k).region(i, s.length());
        if (m.lookingAt()) {
          Sub sub = SubPeriods.ALL.get(k);
          MatchResult r = m.toMatchResult();
          out.add(Atom.anchor(r.start(), r.end(), sub.type(),
              (doc, year) -> year == null ? null : sub.range().apply(year, r), true));
        }
      }
    }
  }

  private static void yearParts(String s, List<Atom> out) {
    for (MatchResult y : TimeText.startingWith(YEAR_PART, s, YearPart.STARTS)) {
      String yearText = y.group();
      int start = y.start();
      out.add(Atom.anchor(start, y.end(), Type.SPAN, (doc, year) -> {
        Integer value = YearPart.year(yearText, doc);
        return value == null ? null : DateRange.year(value);
      }, false));
      for (Sub sub : SubPeriods.ALL) {
        Matcher m = sub.after().matcher(s).region(y.end(), s.length()).useTransparentBounds(true);
        if (m.lookingAt()) {
          MatchResult r = m.toMatchResult();
          out.add(Atom.anchor(start, m.end(), sub.type(), (doc, year) -> {
            Integer value = YearPart.year(yearText, doc);
            return value == null ? null : sub.range().apply(value, r);
          }, false));
        }
      }
    }
  }

  private static void numeric(String s, List<Atom> out) {
    for (MatchResult m : TimeText.startingWith(NUMERIC_DATE, s, "12")) {
      addDay(out, m.start(), m.end(), m.group(1), m.group(3), m.group(4));
    }
    for (MatchResult m : TimeText.startingWith(EIGHT_DIGITS, s, "12")) {
      addDay(out, m.start(), m.end(), m.group(1), m.group(2), m.group(3));
    }
    for (MatchResult m : TimeText.startingWith(NUMERIC_MONTH, s, "12")) {
      DateRange month =
          DateRange.month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      out.add(Atom.anchor(m.start(), m.end(), Type.SPAN, (doc, year) -> month, false));
    }
  }

  private static void addDay(List<Atom> out, int start, int end, String y, String mo, String d) {
    DateRange day =
        DateRange.day(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
    if (day != null) {
      out.add(Atom.anchor(start, end, Type.POINT, (doc, year) -> day, false));
    }
  }
}
