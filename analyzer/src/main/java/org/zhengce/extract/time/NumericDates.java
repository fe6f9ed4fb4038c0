package org.zhengce.extract.time;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.zhengce.extract.time.Atom.Flavor;
import org.zhengce.extract.time.TimeExpression.Type;

/**
 * Dates written in digits and separators: 2019/04/19, 2019.9.6, 1996.03-12 (separators may
 * differ), 2023 10 08 (single spaces, two-digit month and day), 2019-04-19 10:54, 20240307; months
 * 2019-04, 2019/4, 2001.09 (a dot only before a two-digit month: 2019.5 is a number); days of the
 * document's year 7·15 and 10-08 (both parts two digits, so that 3-5 stays a count range); and
 * bare years 2017, which {@link TimeParser} keeps only where they cannot be a count.
 */
final class NumericDates {

  private static final String NOT_A_UNIT =
      "(?!\\s?[\\d.%‰万亿千百十元个天年月日号人次项家亩吨米件条户座所公克斤台辆套间张只头位名])";

  private static final Pattern DATE = Pattern.compile(
      "(?<![\\d.])((?:19|20)\\d\\d)(?:[-/.](1[0-2]|0?[1-9])[-/.](3[01]|[12]\\d|0?[1-9])"
          + "| (1[0-2]|0[1-9]) (3[01]|[12]\\d|0[1-9]))(?!\\d|\\.\\d)"
          + "(?:(?:\\s{1,2}|T)\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d))?");

  private static final Pattern MONTH = Pattern.compile(
      "(?<![\\d.])((?:19|20)\\d\\d)(?:[-/](1[0-2]|0?[1-9])(?![\\d/.])|\\.(1[0-2]|0[1-9])(?![\\d/.]))"
          + NOT_A_UNIT);

  private static final Pattern EIGHT_DIGITS =
      Pattern.compile("(?<![\\d.])((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d.])");

  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?<![\\d.·/:A-Za-z-])(?:(1[0-2]|0?[1-9])·(3[01]|[12]\\d|0?[1-9])|(1[0-2]|0[1-9])-(3[01]|[12]\\d|0[1-9]))"
          + "(?![\\d·/:-])" + NOT_A_UNIT);

  private static final Pattern BARE_YEAR =
      Pattern.compile("(?<![\\d./〔\\[(第A-Za-z])((?:1[6-9]|20)\\d\\d)(?![\\d.%A-Za-z〕\\]号-])"
          + NOT_A_UNIT);

  private static final String DIGITS = "0123456789";

  private static final Scan DATE_SCAN = Scan.of(DATE, "12");
  private static final Scan EIGHT_DIGITS_SCAN = Scan.of(EIGHT_DIGITS, "12");
  private static final Scan MONTH_SCAN = Scan.of(MONTH, "12");
  private static final Scan MONTH_DAY_SCAN = Scan.of(MONTH_DAY, DIGITS);
  private static final Scan BARE_YEAR_SCAN = Scan.of(BARE_YEAR, "12");

  /** The scans of this class, for {@link Starts}. */
  static final List<Scan> SCANS = List.of(DATE_SCAN, EIGHT_DIGITS_SCAN, MONTH_SCAN, MONTH_DAY_SCAN, BARE_YEAR_SCAN);

  private NumericDates() {}

  static void find(Starts starts, List<Atom> out) {
    for (MatchResult m : starts.matches(DATE_SCAN)) {
      int g = m.group(2) != null ? 2 : 4;
      addDay(out, m.start(), m.end(), m.group(1), m.group(g), m.group(g + 1));
    }
    for (MatchResult m : starts.matches(EIGHT_DIGITS_SCAN)) {
      addDay(out, m.start(), m.end(), m.group(1), m.group(2), m.group(3));
    }
    for (MatchResult m : starts.matches(MONTH_SCAN)) {
      DateRange month = DateRange.month(Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3)));
      if (month != null) {
        out.add(Atom.anchor(m.start(), m.end(), Type.SPAN, (doc, year) -> month, false));
      }
    }
    for (MatchResult m : starts.matches(MONTH_DAY_SCAN)) {
      int g = m.group(1) != null ? 1 : 3;
      int month = Integer.parseInt(m.group(g));
      int day = Integer.parseInt(m.group(g + 1));
      out.add(Atom.anchor(m.start(), m.end(), Type.POINT,
          (doc, year) -> year == null ? null : DateRange.day(year, month, day), true));
    }
    for (MatchResult m : starts.matches(BARE_YEAR_SCAN)) {
      DateRange year = DateRange.year(Integer.parseInt(m.group(1)));
      out.add(Atom.anchor(m.start(), m.end(), Type.SPAN, (doc, y) -> year, false)
          .as(Flavor.BARE_YEAR));
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
