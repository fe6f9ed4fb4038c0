package org.zhengce.extract.time;

import static org.zhengce.extract.time.TimeText.S;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.zhengce.extract.time.TimeExpression.Type;
import org.zhengce.text.TsvRows;

/**
 * Public holidays, alone or after a year part (2024年春节, 明年元旦): fixed dates from
 * {@link #FIXED}, and the lunar ones (春节, 端午, 中秋, and 清明, a solar term) from the table
 * {@code holidays.tsv} of their Gregorian dates for 2000–2035. Outside those years a lunar holiday
 * is found but not resolved.
 */
final class Holidays {

  /** Holidays on a fixed Gregorian day, or on the nth weekday of a month: {@code fixed-holidays.tsv}. */
  static final Map<String, Fixed> FIXED = loadFixed();

  /** A day of the year: a month and day, or the {@code nth} {@code weekday} (1–7) of a month. */
  record Fixed(int month, int day, int nth, int weekday) {

    LocalDate in(int year) {
      if (nth == 0) {
        return MonthDay.of(month, day).atYear(year);
      }
      return LocalDate.of(year, month, 1).with(java.time.temporal.TemporalAdjusters
          .dayOfWeekInMonth(nth, java.time.DayOfWeek.of(weekday)));
    }
  }

  /** A lunar holiday: the column of the table it is read from and the days it lies after it. */
  record Lunar(String column, int days) {}

  static final Map<String, Lunar> LUNAR = Map.ofEntries(
      Map.entry("春节", new Lunar("春节", 0)), Map.entry("除夕", new Lunar("春节", -1)),
      Map.entry("元宵节", new Lunar("春节", 14)), Map.entry("元宵", new Lunar("春节", 14)),
      Map.entry("大年初一", new Lunar("春节", 0)), Map.entry("大年三十", new Lunar("春节", -1)),
      Map.entry("清明节", new Lunar("清明", 0)), Map.entry("清明", new Lunar("清明", 0)),
      Map.entry("端午节", new Lunar("端午", 0)), Map.entry("端午", new Lunar("端午", 0)),
      Map.entry("中秋节", new Lunar("中秋", 0)), Map.entry("中秋", new Lunar("中秋", 0)));

  /** Per holiday, the words that must follow it where it is also an ordinary word. */
  static final Map<String, String> GUARDS = Map.of(
      "清明", "(?=假期|期间|前后|小长假|前夕|祭扫|节|$)", // 政治清明 (clean politics) is no date
      "五一", "(?![〇零一二三四五六七八九十百千万亿个%·.商广路大街村桥])", // 五一·五亿元, 五一商圈
      "七一", "(?=前夕|前后|期间|讲话|重要讲话|当天|之际|”)",
      "国庆", "(?!典)", "圣诞", "(?!老|树|节)");

  private static final Pattern PATTERN = compile();

  private static final Map<String, Map<Integer, MonthDay>> TABLE = load();

  /** What a match starts with: a year part or a holiday's name. */
  private static final String STARTS = starts();

  private static final Scan SCAN = Scan.of(PATTERN, STARTS);

  /** The holidays' names alone: where none stands, the pattern need not run. */
  private static final Scan NAMES = names();

  /** The scans of this class, for {@link Starts}. */
  static final List<Scan> SCANS = List.of(NAMES, SCAN);

  private Holidays() {}

  static void find(Starts starts, List<Atom> out) {
    if (starts.matches(NAMES).isEmpty()) { // most texts name none: spare them the pattern
      return;
    }
    for (MatchResult m : starts.matches(SCAN)) {
      String yearText = m.group(1);
      String name = m.group(2);
      out.add(Atom.anchor(m.start(), m.end(), Type.POINT, (doc, year) -> {
        Integer y = yearText == null ? year : YearPart.year(yearText, doc);
        return y == null ? null : DateRange.day(date(name, y));
      }, yearText == null));
    }
  }

  /** The holiday's day in a year, or null when the table does not reach that year. */
  static LocalDate date(String name, int year) {
    Fixed fixed = FIXED.get(name);
    if (fixed != null) {
      return fixed.in(year);
    }
    Lunar lunar = LUNAR.get(name);
    MonthDay day = lunar == null ? null : TABLE.get(lunar.column()).get(year);
    return day == null ? null : day.atYear(year).plusDays(lunar.days());
  }

  /** All the names, longest first then in order: the same pattern in every run (the scan tables' key). */
  private static java.util.Set<String> allNames() {
    Map<String, Object> names = new HashMap<>(FIXED);
    names.putAll(LUNAR);
    return YearPart.ordered(names).keySet();
  }

  private static Scan names() {
    StringBuilder first = new StringBuilder();
    allNames().forEach(n -> first.append(n.charAt(0)));
    return Scan.of(Pattern.compile(allNames().stream().map(Pattern::quote)
        .collect(Collectors.joining("|"))), first.toString());
  }

  private static String starts() {
    StringBuilder first = new StringBuilder(YearPart.STARTS);
    allNames().forEach(n -> first.append(n.charAt(0)));
    return first.toString();
  }

  private static Pattern compile() {
    StringBuilder alternatives = new StringBuilder();
    for (String name : allNames()) {
      alternatives.append(alternatives.length() == 0 ? "" : "|")
          .append(Pattern.quote(name)).append(GUARDS.getOrDefault(name, ""));
    }
    return Pattern.compile("(?:(" + YearPart.REGEX + ")" + S + ")?"
        + "(?<![〇零一二三四五六七八九十第·.])(" + alternatives + ")");
  }

  private static Map<String, Fixed> loadFixed() {
    Map<String, Fixed> fixed = new HashMap<>();
    for (String[] f : TsvRows.read(Holidays.class, "fixed-holidays.tsv", 2)) {
      String[] d = f[1].split("[-/]");
      fixed.put(f[0], d.length == 2
          ? new Fixed(Integer.parseInt(d[0]), Integer.parseInt(d[1]), 0, 0)
          : new Fixed(Integer.parseInt(d[0]), 0, Integer.parseInt(d[1]), Integer.parseInt(d[2])));
    }
    return Map.copyOf(fixed);
  }

  private static Map<String, Map<Integer, MonthDay>> load() {
    Map<String, Map<Integer, MonthDay>> table = new HashMap<>();
    String[] columns = {"春节", "清明", "端午", "中秋"};
    for (String c : columns) {
      table.put(c, new HashMap<>());
    }
    for (String[] f : TsvRows.read(Holidays.class, "holidays.tsv", columns.length + 1)) {
      int year = Integer.parseInt(f[0]);
      for (int i = 0; i < columns.length; i++) {
        table.get(columns[i]).put(year, MonthDay.parse("--" + f[i + 1]));
      }
    }
    table.replaceAll((k, v) -> Map.copyOf(v));
    return Map.copyOf(table);
  }
}
