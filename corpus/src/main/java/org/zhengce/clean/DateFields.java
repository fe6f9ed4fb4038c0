package org.zhengce.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's publication date: first a date field (发布时间, 成文日期, 时间 …, in the
 * formats 2017-08-22, 2015-07-03 10:54:54, 2016年6月30日, 2016.06.30, 2016/6/30), else a line
 * below the title that is just a date (（2018年1月2日）, 二〇二一年十二月二十日). The date a page
 * was printed or crawled (a line with a weekday or a clock time above the title) is never taken,
 * and neither is a year alone (在2024年全市…). Works on normalized lines. Stateless.
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
      "([〇○零一二三四五六七八九]{4})年([十一二三四五六七八九]{1,3})月([十一二三四五六七八九]{1,3})日");

  /** Signs of a page's own clock: a weekday, a time of day. */
  private static final Pattern CLOCK = Pattern.compile("星期|周[一二三四五六日]|\\d{1,2}:\\d{2}");

  /** What may surround a date on a line of its own. */
  private static final Pattern DATE_LINE_FRAME = Pattern.compile("^[\\s（(【\\[—\\-]*|[\\s）)】\\]]*$");

  private static final String HAN_DIGITS = "〇一二三四五六七八九";

  private DateFields() {}

  /** The publication date, or null. {@code titleLine} is the title's line index, or -1. */
  static LocalDate date(List<String> lines, int titleLine) {
    for (String field : FIELDS) {
      int reach = GENERIC.contains(field) ? HEADER_LINES : lines.size();
      String v = HeaderFields.value(lines, List.of(field), reach);
      LocalDate d = v == null ? null : parseStart(v);
      if (d != null) {
        return d;
      }
    }
    return dateLine(lines, titleLine);
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

  private static boolean matchesWhole(String s) {
    return NUMERIC.matcher(s).matches() || HAN.matcher(s).matches();
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
      return of(hanYear(m.group(1)), hanNumber(m.group(2)), hanNumber(m.group(3)));
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

  private static int hanYear(String digits) {
    int y = 0;
    for (char c : digits.toCharArray()) {
      int d = c == '○' || c == '零' ? 0 : HAN_DIGITS.indexOf(c);
      y = y * 10 + d;
    }
    return y;
  }

  /** 一 … 三十一. */
  private static int hanNumber(String s) {
    int ten = s.indexOf('十');
    if (ten < 0) {
      return HAN_DIGITS.indexOf(s.charAt(0));
    }
    int tens = ten == 0 ? 1 : HAN_DIGITS.indexOf(s.charAt(0));
    int ones = ten == s.length() - 1 ? 0 : HAN_DIGITS.indexOf(s.charAt(ten + 1));
    return tens * 10 + ones;
  }
}
