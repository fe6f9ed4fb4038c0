package org.zhengce.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengce.number.ChineseNumber;

/**
 * Finds a document's publication date: first a date field (发布时间, 成文日期, 时间 …, in the
 * formats 2017-08-22, 2015-07-03 10:54:54, 2016年6月30日, 2016.06.30, 2016/6/30, 二〇二一年十二月二十日,
 * 中华民国九十三年二月六日), also a field glued to the value of the one before it
 * (来源：生态修复处时间：2021-04-22) and a spaced label without colon in a record's header
 * (时　　间　中华民国98年2月20日), else a line below the title that is just a date (（2018年1月2日）).
 * The date a page was printed or crawled (a line with a weekday or a clock time above the title)
 * is never taken, and neither is a year alone (在2024年全市…). Works on normalized lines. Stateless.
 */
final class DateFields {

  /** Date fields, best first; the generic ones only near the top. */
  static final List<String> FIELDS = List.of(
      "发布时间", "发布日期", "成文日期", "发文日期", "印发日期", "公布日期", "发表时间", "发表日期",
      "时间", "日期", "date");

  /** Generic fields, trusted only in the first lines. */
  private static final List<String> GENERIC = List.of("时间", "日期", "date");
  private static final int HEADER_LINES = 20;

  /** 2016-06-30, 2016年6月30日, 2016.06.30, 2016/6/30 (spaces allowed around the parts). */
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<!\\d)(\\d{4})\\s*([-年./])\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})(?!\\d)\\s*日?");

  /** 二〇二一年十二月二十日. */
  private static final Pattern HAN = Pattern.compile(
      "([〇○零一二三四五六七八九]{4})\\s*年\\s*([十一二三四五六七八九]{1,3})\\s*月\\s*([十一二三四五六七八九]{1,3})\\s*日");

  /** A date of the Republic of China calendar (Taiwan): 中华民国九十三年二月六日, 民国96年3月6日. */
  private static final Pattern ROC = Pattern.compile("(?:中华)?民国\\s*(\\d{1,3}|[〇零一二三四五六七八九十百]{1,5})"
      + "\\s*年\\s*(\\d{1,2}|[十一二三四五六七八九]{1,3})\\s*月\\s*(\\d{1,2}|[十一二三四五六七八九]{1,3})\\s*日");

  /** Year 1 of the Republic of China calendar is 1912. */
  private static final int ROC_YEAR_ZERO = 1911;

  /** A generic date label written spaced out and without a colon, at a line's start: 时　　间　…. */
  private static final Pattern SPACED_LABEL = Pattern.compile("^\\s*(?:时\\s*间|日\\s*期)(?:\\s*[:：]\\s*|\\s+)");

  /** Signs of a page's own clock: a weekday, a time of day. */
  private static final Pattern CLOCK = Pattern.compile("星期|周[一二三四五六日]|\\d{1,2}:\\d{2}");

  /** What may surround a date on a line of its own. */
  private static final Pattern DATE_LINE_FRAME = Pattern.compile("^[\\s（(【\\[—\\-]*|[\\s）)】\\]]*$");

  private DateFields() {}

  /** The publication date, or null. {@code titleLine} is the title's line index, or -1. */
  static LocalDate date(List<String> lines, int titleLine) {
    // the header first: a document quoted further down has date fields of its own (发文日期：…)
    LocalDate d = field(lines, FIELDS, HEADER_LINES);
    for (int i = 0; i < Math.min(HEADER_LINES, lines.size()) && d == null; i++) {
      Matcher spaced = SPACED_LABEL.matcher(lines.get(i));
      d = spaced.lookingAt() ? parseStart(lines.get(i).substring(spaced.end())) : null;
    }
    if (d == null) {
      d = field(lines, FIELDS.stream().filter(f -> !GENERIC.contains(f)).toList(), lines.size());
    }
    return d != null ? d : dateLine(lines, titleLine);
  }

  /** The date of the first of {@code fields} (tried in order) within {@code reach} lines, or null. */
  private static LocalDate field(List<String> lines, List<String> fields, int reach) {
    for (String field : fields) {
      String v = HeaderFields.value(lines, List.of(field), reach);
      LocalDate d = v == null ? null : parseStart(v);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** A line near the top that is only a date, below the title when there is one. */
  private static LocalDate dateLine(List<String> lines, int titleLine) {
    int seen = 0;
    for (int i = Math.max(0, titleLine + 1); i < lines.size() && seen < HEADER_LINES; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      if (line.length() > 40 || (titleLine < 0 && CLOCK.matcher(line).find())) {
        continue;
      }
      String bare = DATE_LINE_FRAME.matcher(line).replaceAll("");
      LocalDate d = parseStart(bare);
      if (d != null && (matchesWhole(bare) || line.startsWith("—"))) {
        return d;
      }
    }
    return null;
  }

  /** The date a line holds and nothing else (but brackets and dashes around it), or null. */
  static LocalDate wholeLine(String line) {
    String bare = DATE_LINE_FRAME.matcher(line.strip()).replaceAll("");
    return matchesWhole(bare) ? parseStart(bare) : null;
  }

  /** The length of the date at the start of {@code s}, or 0 when none starts there. */
  static int dateLength(String s) {
    for (Pattern p : List.of(NUMERIC, HAN, ROC)) {
      Matcher m = p.matcher(s);
      if (m.lookingAt()) {
        return m.end();
      }
    }
    return 0;
  }

  private static boolean matchesWhole(String s) {
    return NUMERIC.matcher(s).matches() || HAN.matcher(s).matches() || ROC.matcher(s).matches();
  }

  /** A date at the start of {@code s} (after quotes), or null. */
  static LocalDate parseStart(String s) {
    String t = s.replaceFirst("^[\\s\"'“]+", "");
    Matcher m = NUMERIC.matcher(t);
    if (m.lookingAt()) {
      return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)));
    }
    m = HAN.matcher(t);
    if (m.lookingAt()) {
      return of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
    }
    m = ROC.matcher(t);
    if (m.lookingAt()) {
      int year = number(m.group(1));
      return year <= 0 ? null : of(ROC_YEAR_ZERO + year, number(m.group(2)), number(m.group(3)));
    }
    return null;
  }

  private static LocalDate of(int year, int month, int day) {
    if (year < 1900 || year > 2100) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** 12, 十二, 二〇二一 (digit by digit), 一百零一: the one numeral grammar; -1 when not a number. */
  static int number(String written) {
    OptionalDouble v = ChineseNumber.parse(written.replace('○', '〇'));
    return v.isPresent() && v.getAsDouble() == Math.rint(v.getAsDouble()) ? (int) v.getAsDouble() : -1;
  }
}
