package org.zhengce.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.zhengce.extract.time.TimeExpression.Relation;
import org.zhengce.extract.time.TimeExpression.Type;

/**
 * Days, weeks, months and quarters named relative to the document date: 今天, 昨日, 上周三, 本周,
 * 下个月, 本月底, 上季度末, 今明两年, and 年内 / 月内 (deadlines at the end of this year or month).
 * Every word is a row of a table below; nothing here reads the clock.
 */
final class RelativeDates {

  /** Day words and their offset in days. */
  static final Map<String, Integer> DAYS = YearPart.ordered(Map.ofEntries(
      Map.entry("今天", 0), Map.entry("今日", 0), Map.entry("昨天", -1), Map.entry("昨日", -1),
      Map.entry("明天", 1), Map.entry("明日", 1), Map.entry("前天", -2), Map.entry("后天", 2),
      Map.entry("大前天", -3), Map.entry("大后天", 3), Map.entry("今晚", 0), Map.entry("今早", 0),
      Map.entry("今晨", 0), Map.entry("今夜", 0), Map.entry("明早", 1), Map.entry("明晚", 1),
      Map.entry("昨晚", -1), Map.entry("昨夜", -1)));

  /** Week, month and quarter prefixes and their offset in weeks, months or quarters. */
  static final Map<String, Integer> PREFIXES = YearPart.ordered(Map.ofEntries(
      Map.entry("上上个", -2), Map.entry("上上", -2), Map.entry("下下个", 2), Map.entry("下下", 2),
      Map.entry("上个", -1),
      Map.entry("上一个", -1), Map.entry("上一", -1), Map.entry("上", -1), Map.entry("本", 0),
      Map.entry("这个", 0), Map.entry("这一", 0), Map.entry("这", 0), Map.entry("下个", 1),
      Map.entry("下一个", 1), Map.entry("下一", 1), Map.entry("下", 1)));

  /** Two-year spans: 今明两年 (this year and next). */
  static final Map<String, Integer> TWO_YEARS = YearPart.ordered(Map.of("今明两年", 0, "明后两年", 1));

  /** What a relative expression starts with. */
  static final String STARTS = "今昨明前后大上本这下周星礼月中年当同";

  /** Weekday names after 周/星期/礼拜; 日 and 天 are Sunday. */
  static final String WEEKDAYS = "一二三四五六日天";

  private static final String PREFIX = alternation(PREFIXES);
  private static final String NOT_A_WORD_AFTER = "(?![然津地空性府山坛桥门文价量灾际台线鹅之]|下(?!午))";

  private static final Pattern DAY = Pattern.compile(
      "(?<![的好美年以之今先最此])" + alternation(DAYS) + NOT_A_WORD_AFTER);
  private static final Pattern WEEK = Pattern.compile(
      "(" + PREFIX + ")?(?:周|星期|礼拜)([" + WEEKDAYS + "末])?(?![年岁边期围转密全知长])");
  /** 本月, 下个月15日, 上月底; and 月底, 月内 alone (not after a number: 6月底 is SubPeriods'). */
  private static final Pattern MONTH = Pattern.compile("(?:(" + PREFIX + "|(?<![形相不共如等])[当同])月"
      + "|(?<![\\d〇零一二三四五六七八九十两个每年岁日半][ \\t\\u3000]{0,2})月(?=初|中旬|上旬|下旬|底|末|内|中(?:[,.;、。]|$)))"
      + "(初|[上中下]旬|底|末|中(?=[,.;、。]|$)|" + SubPeriods.DAY + "[日号]|" + SubPeriods.NTH_WEEK
      + "(?![一二三四五六日天末]))?");
  private static final Pattern QUARTER =
      Pattern.compile("(" + PREFIX + ")季度(初|末|底)?");
  private static final Pattern DEKAD = Pattern.compile("(?<![月\\d])([上中下])旬");
  private static final Pattern THIS_YEAR = Pattern.compile(
      "(?<![\\d〇零一二三四五六七八九十两个多几数每历往近当周])年内(?![蒙地容部外涵需控])");
  private static final Pattern TWO = Pattern.compile(alternation(TWO_YEARS));

  private static final Scan DAY_SCAN = Scan.of(DAY, STARTS);
  private static final Scan QUARTER_SCAN = Scan.of(QUARTER, STARTS);
  private static final Scan DEKAD_SCAN = Scan.of(DEKAD, STARTS);
  private static final Scan THIS_YEAR_SCAN = Scan.of(THIS_YEAR, STARTS);
  private static final Scan TWO_SCAN = Scan.of(TWO, STARTS);
  private static final Scan WEEK_SCAN = Scan.of(WEEK, STARTS);
  private static final Scan MONTH_SCAN = Scan.of(MONTH, STARTS);

  /** The scans of this class, for {@link Starts}. */
  static final List<Scan> SCANS = List.of(DAY_SCAN, QUARTER_SCAN, DEKAD_SCAN, THIS_YEAR_SCAN, TWO_SCAN, WEEK_SCAN, MONTH_SCAN);

  private RelativeDates() {}

  static void find(Starts starts, List<Atom> out) {
    for (MatchResult m : starts.matches(DAY_SCAN)) {
      int offset = DAYS.get(m.group());
      out.add(relative(m, Type.POINT, doc -> DateRange.day(doc.plusDays(offset))));
    }
    weeks(starts, out);
    months(starts, out);
    for (MatchResult m : starts.matches(QUARTER_SCAN)) {
      int offset = PREFIXES.get(m.group(1));
      String edge = m.group(2);
      out.add(relative(m, edge == null ? Type.SPAN : Type.POINT, doc -> {
        DateRange q = DateRange.quarter(doc.plusMonths(3L * offset));
        return edge == null ? q : edge.equals("初") ? q.first() : q.last();
      }));
    }
    for (MatchResult m : starts.matches(DEKAD_SCAN)) {
      int dekad = "上中下".indexOf(m.group(1)) + 1;
      out.add(relative(m, Type.SPAN,
          doc -> DateRange.dekad(doc.getYear(), doc.getMonthValue(), dekad)));
    }
    for (MatchResult m : starts.matches(THIS_YEAR_SCAN)) {
      out.add(relative(m, Type.SPAN, doc -> DateRange.year(doc.getYear()))
          .withRelation(Relation.BY));
    }
    for (MatchResult m : starts.matches(TWO_SCAN)) {
      int offset = TWO_YEARS.get(m.group());
      out.add(relative(m, Type.SPAN, doc -> DateRange.years(doc.getYear() + offset,
          doc.getYear() + offset + 1)));
    }
  }

  private static void weeks(Starts starts, List<Atom> out) {
    for (MatchResult m : starts.matches(WEEK_SCAN)) {
      String prefix = m.group(1);
      String day = m.group(2);
      if (prefix == null && (day == null || precededByNumber(starts.text(), m.start()))) {
        continue; // 周 alone, or 一周 / 每周一 (a length or a rhythm, not a date)
      }
      int offset = prefix == null ? 0 : PREFIXES.get(prefix);
      Type type = day == null || day.equals("末") ? Type.SPAN : Type.POINT;
      out.add(relative(m, type, doc -> {
        DateRange week = DateRange.week(doc.plusWeeks(offset));
        if (day == null) {
          return week;
        }
        if (day.equals("末")) {
          return new DateRange(week.from().with(DayOfWeek.SATURDAY), week.to());
        }
        int index = Math.min(WEEKDAYS.indexOf(day), 6); // 日 and 天 are Sunday
        return DateRange.day(week.from().plusDays(index));
      }));
    }
  }

  private static void months(Starts starts, List<Atom> out) {
    for (MatchResult m : starts.matches(MONTH_SCAN)) {
      int offset = m.group(1) == null ? 0 : PREFIXES.getOrDefault(m.group(1), 0);
      String part = m.group(2);
      if (part == null && m.group(1) == null) {
        // 月内: a deadline at the end of the document's month
        out.add(relative(m, Type.SPAN, doc -> DateRange.month(doc))
            .withRelation(Relation.BY));
        continue;
      }
      Integer dayOfMonth = m.group(3) == null ? null : Numerals.value(m.group(3));
      Integer week = m.group(4) == null ? null : Numerals.value(m.group(4));
      Type type = part == null || part.endsWith("旬") || m.group(4) != null ? Type.SPAN
          : Type.POINT;
      out.add(relative(m, type, doc -> {
        DateRange month = DateRange.month(doc.plusMonths(offset));
        if (part == null) {
          return month;
        } else if (week != null) {
          return SubPeriods.weekOfMonth(month, week);
        } else if (dayOfMonth != null) {
          return DateRange.day(month.from().getYear(), month.from().getMonthValue(), dayOfMonth);
        } else if (part.endsWith("旬")) {
          return DateRange.dekad(month.from().getYear(), month.from().getMonthValue(),
              "上中下".indexOf(part.charAt(0)) + 1);
        }
        return switch (part) {
          case "初" -> DateRange.dekad(month.from().getYear(), month.from().getMonthValue(), 1);
          case "中" -> DateRange.dekad(month.from().getYear(), month.from().getMonthValue(), 2);
          default -> month.last();
        };
      }));
    }
  }

  private static boolean precededByNumber(String s, int at) {
    return at > 0 && (Character.isDigit(s.charAt(at - 1))
        || (TimeText.CN_NUM + "每个第几").indexOf(s.charAt(at - 1)) >= 0);
  }

  private static Atom relative(MatchResult m, Type type, java.util.function.Function<LocalDate,
      DateRange> resolve) {
    return Atom.anchor(m.start(), m.end(), type,
        (doc, year) -> doc == null ? null : resolve.apply(doc), false);
  }

  static String alternation(Map<String, ?> words) {
    return words.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
  }
}
