package org.zhengce.extract.time;

import static org.zhengce.extract.time.TimeText.RANGE;
import static org.zhengce.extract.time.TimeText.S;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.zhengce.extract.time.TimeExpression.Type;

/**
 * The parts of a year that follow a year part or stand alone in the document's year: months and
 * days (4月19日, 6月底, 6月上旬, 1—6月, 5月19日至21日), quarters (一季度, 第三季度末, 前三季度),
 * halves (上半年) and the year's edges (年初, 年中, 年底, 年末). One table row per form. Conventions:
 * 年初 is January–February, 伊始 January, 年中 June 30, 年底 December 31; 月初 days 1–10, 月中 days
 * 11–20, 月底 the last day; the nth week of a month days 7n-6 to 7n; seasons March–May, June–August,
 * September–November, December–February; 汛期 and its kin are found but not dated. Edges keep the
 * type point (a time around a day), so that a deadline reads them as before.
 */
final class SubPeriods {

  /** A month number; 元月 is January. */
  static final String MONTH = "(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九元])";
  static final String DAY =
      "(3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])";
  /** A time of day after a date, folded into the date: 10:54:54, 上午9时30分. */
  static final String TIME_OF_DAY = "(?:" + S + "(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)"
      + "|(?:上午|下午|晚上|早上|凌晨|中午)?\\d{1,2}[时点](?:\\d{1,2}分|半)?(?![\\d%])))?"
      + "(?:" + S + "\\((?:星期|周|礼拜)[一二三四五六日天]\\))?"; // (星期五) names the same day
  /**
   * What may not stand before a part standing alone: digits, 第, 每 (every), 个 (duration). A dot
   * may: in 1.4月底 it ends a list number (and 2019.4 is read as a numeric date first).
   */
  static final String NOT_AFTER = "0123456789〇零一二三四五六七八九十两第每个几多数年提";
  /** What a part standing alone may start with. */
  static final String STARTS = "0123456789〇零一二三四五六七八九十第前上下年元首后头岁新春夏秋冬主汛雨旱采供取枯丰";

  static final String EDGE_START = "初(?![步心级见衷始期稿创中])";
  static final String EDGE_END = "(?:底(?![线数子部层色蕴气牌座板])|末(?![端梢位尾])"
      + "|终(?![止身点端结生究了于归]|总结|考核|奖)|尾(?![气号款数部巴声随矿水砂]))";
  /** The opening of a year: 伊始, 开年 (January). */
  static final String EDGE_OPEN = "(?:伊始|开年)";
  /** A week of a month: 第二周, 第3个星期. */
  static final String NTH_WEEK = "的?第([一二三四五1-5])个?(?:周|星期|礼拜)";
  static final String EDGE_MIDDLE = "中(?=[,.;:)\\]」”。；]|前|以前|之前|$)";

  /** A row: the form, its type, and the days it covers in a given year. */
  record Sub(String name, Type type, Pattern after, Pattern alone, // alone: used with lookingAt
      BiFunction<Integer, MatchResult, DateRange> range) {}

  static final List<Sub> ALL = List.of(
      sub("date", Type.POINT, MONTH + S + "月份?" + S + DAY + S + "[日号]" + TIME_OF_DAY,
          (y, m) -> DateRange.day(y, num(m, 1), num(m, 2))),
      sub("bare date", Type.POINT, MONTH + S + "月" + S + DAY
          + "(?![日号\\d%.万千百十个])(?=" + RANGE + "|$|[,;:)。，；、\\s])",
          (y, m) -> DateRange.day(y, num(m, 1), num(m, 2))),
      sub("day range", Type.SPAN,
          MONTH + S + "月" + S + DAY + S + "[日号]?" + RANGE + DAY + S + "[日号]",
          (y, m) -> DateRange.between(DateRange.day(y, num(m, 1), num(m, 2)),
              DateRange.day(y, num(m, 1), num(m, 3)))),
      sub("month", Type.SPAN, MONTH + S + "月份?(?!均|(?<=[一二三四五六七八九十]月)[一二三四五六七八九十])", // 三月三, 月均
          (y, m) -> DateRange.month(y, num(m, 1))),
      sub("dekad", Type.SPAN, MONTH + S + "月份?" + S + "([上中下])旬",
          (y, m) -> DateRange.dekad(y, num(m, 1), "上中下".indexOf(m.group(2)) + 1)),
      sub("month start", Type.POINT, MONTH + S + "月份?" + EDGE_START,
          (y, m) -> dekad(y, num(m, 1), 1)),
      sub("month middle", Type.POINT, MONTH + S + "月份?中(?![旬央心国华文外部期断止共小])",
          (y, m) -> dekad(y, num(m, 1), 2)),
      sub("month week", Type.SPAN, MONTH + S + "月份?" + NTH_WEEK + "(?![一二三四五六日天末])",
          (y, m) -> weekOfMonth(DateRange.month(y, num(m, 1)), num(m, 2))),
      sub("month weekday", Type.POINT, MONTH + S + "月份?" + NTH_WEEK + "([一二三四五六日天])",
          (y, m) -> nthWeekday(DateRange.month(y, num(m, 1)), num(m, 2), m.group(3))),
      sub("month end", Type.POINT, MONTH + S + "月份?" + EDGE_END,
          (y, m) -> last(DateRange.month(y, num(m, 1)))),
      sub("month range", Type.SPAN, MONTH + RANGE + MONTH + S + "月份?",
          (y, m) -> DateRange.between(DateRange.month(y, num(m, 1)),
              DateRange.month(y, num(m, 2)))),
      sub("quarter", Type.SPAN, "(?:第([一二三四1-4])个?|([一二三四1-4]))" + S
          + "季度(?![末底初])",
          (y, m) -> DateRange.quarter(y, num(m, m.group(1) != null ? 1 : 2))),
      sub("first quarter", Type.SPAN, "首个?季度(?![末底初])",
          (y, m) -> DateRange.quarter(y, 1)),
      guarded("last quarters", Type.SPAN, "后([一二三两1-3])个?季度",
          (y, m) -> DateRange.between(DateRange.quarter(y, 5 - num(m, 1)),
              DateRange.quarter(y, 4))),
      sub("quarter start", Type.POINT, "第?([一二三四1-4])" + S + "季度初",
          (y, m) -> first(DateRange.quarter(y, num(m, 1)))),
      sub("quarter end", Type.POINT, "第?([一二三四1-4])" + S + "季度[末底]",
          (y, m) -> last(DateRange.quarter(y, num(m, 1)))),
      sub("first quarters", Type.SPAN, "[前头]([一二三两1-3])个?季度",
          (y, m) -> DateRange.between(DateRange.quarter(y, 1), DateRange.quarter(y, num(m, 1)))),
      sub("first months", Type.SPAN, "[前头](1[01]|[1-9]|十一|十|[一二三四五六七八九两])" + S + "个月",
          (y, m) -> DateRange.between(DateRange.month(y, 1), DateRange.month(y, num(m, 1)))),
      guarded("last months", Type.SPAN, "后(1[01]|[1-9]|十一|十|[一二三四五六七八九两])" + S + "个月",
          (y, m) -> DateRange.between(DateRange.month(y, 13 - num(m, 1)),
              DateRange.month(y, 12))),
      guarded("nth month", Type.SPAN, "(?:第(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])个月|首月)",
          (y, m) -> DateRange.month(y, m.group(1) == null ? 1 : num(m, 1))),
      sub("half", Type.SPAN, "([上下])半年",
          (y, m) -> m.group(1).equals("上")
              ? DateRange.between(DateRange.month(y, 1), DateRange.month(y, 6))
              : DateRange.between(DateRange.month(y, 7), DateRange.month(y, 12))),
      sub("season", Type.POINT, "(?<![春夏秋冬])([春夏秋冬])(?:季|天)(?![度风菜装稻粮茶麦播种])",
          (y, m) -> season(y, "春夏秋冬".indexOf(m.group(1)))),
      sub("seasonal period", Type.POINT, "(?:主汛期|汛期|雨季|旱季|采暖季|供暖季|取暖季|枯水期|丰水期)",
          (y, m) -> null),
      new Sub("year start", Type.POINT, after("年?" + EDGE_START), alone("年" + EDGE_START),
          (y, m) -> DateRange.between(DateRange.month(y, 1), DateRange.month(y, 2))),
      new Sub("year opening", Type.POINT, after("年?" + EDGE_OPEN), alone("(?:年" + EDGE_OPEN
          + "|新年伊始|年头(?![上])|岁首|岁初)"), (y, m) -> DateRange.month(y, 1)),
      new Sub("year middle", Type.POINT, after("年?" + EDGE_MIDDLE), alone("年" + EDGE_MIDDLE),
          (y, m) -> DateRange.year(y).middle()),
      new Sub("year end", Type.POINT, after("年?" + EDGE_END),
          alone("(?:年" + EDGE_END + "|岁末|岁尾|岁终)"),
          (y, m) -> DateRange.year(y).last()));

  private SubPeriods() {}

  private static Sub sub(String name, Type type, String regex,
      BiFunction<Integer, MatchResult, DateRange> range) {
    return new Sub(name, type, after(regex), alone(regex), range);
  }

  /** A row whose form standing alone must not follow a Han character (整改后三个月内). */
  private static Sub guarded(String name, Type type, String regex,
      BiFunction<Integer, MatchResult, DateRange> range) {
    return new Sub(name, type, after(regex), alone("(?<![\\u4e00-\\u9fff])" + regex), range);
  }

  private static Pattern after(String regex) {
    return Pattern.compile(S + regex);
  }

  private static Pattern alone(String regex) {
    return Pattern.compile(regex);
  }

  static int num(MatchResult m, int group) {
    if (m.group(group) == null) {
      return -1;
    }
    Integer v = m.group(group).equals("元") ? Integer.valueOf(1) : Numerals.value(m.group(group));
    return v == null ? -1 : v;
  }

  /** Spring is March to May, summer June to August, autumn September to November, winter December to February. */
  private static DateRange season(int year, int index) {
    DateRange first = DateRange.month(year, 3 + 3 * index);
    return index == 3 ? DateRange.between(first, DateRange.month(year + 1, 2))
        : DateRange.between(first, DateRange.month(year, 5 + 3 * index));
  }

  private static DateRange dekad(int year, int month, int dekad) {
    return DateRange.dekad(year, month, dekad);
  }

  /** The {@code n}th week of a month: days 7n-6 to 7n (the fifth to the month's end). */
  static DateRange weekOfMonth(DateRange month, int n) {
    if (month == null || n < 1 || n > 5) {
      return null;
    }
    java.time.LocalDate first = month.from().plusDays(7L * (n - 1));
    java.time.LocalDate last = n == 5 ? month.to() : first.plusDays(6);
    return first.isAfter(month.to()) ? null : new DateRange(first, last);
  }

  /** The {@code n}th weekday of a month (第二个星期日, as 母亲节 is counted). */
  static DateRange nthWeekday(DateRange month, int n, String weekday) {
    if (month == null || n < 1 || n > 5) {
      return null;
    }
    int index = Math.min("一二三四五六日天".indexOf(weekday), 6) + 1;
    java.time.LocalDate day = month.from().with(java.time.temporal.TemporalAdjusters
        .dayOfWeekInMonth(n, java.time.DayOfWeek.of(index)));
    return day.isAfter(month.to()) ? null : DateRange.day(day);
  }

  private static DateRange first(DateRange r) {
    return r == null ? null : r.first();
  }

  private static DateRange last(DateRange r) {
    return r == null ? null : r.last();
  }
}
