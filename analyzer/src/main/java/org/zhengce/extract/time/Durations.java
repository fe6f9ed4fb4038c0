package org.zhengce.extract.time;

import static org.zhengce.extract.time.TimeText.S;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.zhengce.extract.time.TimeExpression.DurationUnit;
import org.zhengce.extract.time.TimeExpression.Type;

/**
 * Lengths of time: 3天, 30个工作日, 6个月, 两年, 两周, 半年, 一年半, and with 今后/未来/近/过去 in
 * front (今后五年, 近三年) the stretch they cover from or up to the document date. 月 and 季度 count
 * only with 个 (三月 is March, 一季度 the first quarter); 日 only before 内 (15日内). A quarter is
 * three months; 半年 is six months and 半个月 fifteen days.
 */
final class Durations {

  /** Unit words and the unit they count in. */
  static final Map<String, DurationUnit> UNITS = Map.of(
      "工作日", DurationUnit.WORKDAY, "天", DurationUnit.DAY, "日", DurationUnit.DAY,
      "周", DurationUnit.WEEK, "星期", DurationUnit.WEEK, "礼拜", DurationUnit.WEEK,
      "月", DurationUnit.MONTH, "季度", DurationUnit.MONTH, "年", DurationUnit.YEAR);

  /** Words before a length that tie it to the document date: +1 counts forward, -1 back. */
  static final Map<String, Integer> DIRECTIONS = YearPart.ordered(Map.of(
      "今后", 1, "未来", 1, "此后", 1, "近", -1, "最近", -1, "过去", -1));

  private static final Pattern PATTERN = Pattern.compile(
      "(?<![\\d.A-Za-z〇零一二三四五六七八九十百千两几第每])(?:("
          + String.join("|", DIRECTIONS.keySet()) + ")" + S + ")?"
          + "(\\d{1,4}|[〇零一二三四五六七八九十百千两]{1,6}|半)" + S + "(个)?" + S
          + "(工作日|天(?![然津地下空性府])|日(?=" + S + "(?:内|以内|之内))|周(?![年岁边期围转])|星期"
          + "|礼拜|月|季度|年(?!" + S + "[级度代龄纪均底初末]))(半)?"
          + "(?!规划|计划|行动|一度|一遇|一次|一届|级)");

  /** Lengths that are ordinary words: 环顾四周 (all around). */
  static final Set<String> NOT_LENGTHS = Set.of("四周");

  /** What a length of time starts with: a number, 半, or one of the {@link #DIRECTIONS}. */
  private static final String STARTS = "0123456789" + TimeText.CN_NUM + "半今未此近最过";

  private static final Scan SCAN = Scan.of(PATTERN, STARTS);

  /** The scans of this class, for {@link Starts}. */
  static final List<Scan> SCANS = List.of(SCAN);

  private Durations() {}

  static void find(Starts starts, List<Atom> out) {
    for (MatchResult m : starts.matches(SCAN)) {
      String number = m.group(2);
      boolean counted = m.group(3) != null;
      String unitWord = m.group(4);
      boolean andHalf = m.group(5) != null;
      DurationUnit unit = UNITS.get(unitWord);
      int amount;
      if (number.equals("半")) {
        if (andHalf || !(unitWord.equals("年") || unitWord.equals("月"))) {
          continue;
        }
        amount = unitWord.equals("年") ? 6 : 15;
        unit = unitWord.equals("年") ? DurationUnit.MONTH : DurationUnit.DAY;
      } else {
        Integer value = Numerals.value(number);
        if (value == null || value == 0 || NOT_LENGTHS.contains(m.group())
            || (unitWord.equals("月") || unitWord.equals("季度")) && !counted
            || unitWord.equals("年") && counted
            || unitWord.equals("年") && number.length() == 4 && value >= 1900 && value <= 2100
            || andHalf && !unitWord.equals("年")) {
          continue;
        }
        amount = unitWord.equals("季度") ? value * 3 : value;
        if (andHalf) {
          amount = value * 12 + 6;
          unit = DurationUnit.MONTH;
        }
      }
      Integer direction = m.group(1) == null ? null : DIRECTIONS.get(m.group(1));
      int n = amount;
      DurationUnit u = unit;
      Atom.Resolver resolver = direction == null ? null : (doc, year) -> {
        if (doc == null || u == DurationUnit.WORKDAY) {
          return null;
        }
        return direction > 0
            ? new DateRange(doc, shift(doc, n, u).minusDays(1))
            : new DateRange(shift(doc, -n, u).plusDays(1), doc);
      };
      out.add(Atom.duration(m.start(), m.end(), direction == null ? Type.DURATION : Type.SPAN,
          resolver, amount, unit));
    }
  }

  /** The day {@code n} units after (or before, when negative) a day; null for workdays. */
  static LocalDate shift(LocalDate day, int n, DurationUnit unit) {
    return switch (unit) {
      case DAY -> day.plusDays(n);
      case WEEK -> day.plusWeeks(n);
      case MONTH -> day.plusMonths(n);
      case YEAR -> day.plusYears(n);
      case WORKDAY -> null;
    };
  }

  /** The calendar unit around a day: the day itself, its ISO week, month or year. */
  static DateRange around(LocalDate day, DurationUnit unit) {
    return switch (unit) {
      case DAY -> DateRange.day(day);
      case WEEK -> DateRange.week(day);
      case MONTH -> DateRange.month(day);
      case YEAR -> DateRange.year(day.getYear());
      case WORKDAY -> null;
    };
  }
}
