package org.zhengce.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a readout or news item gives in its opening lines: its dateline ({@code 新华社北京4月20日电})
 * or the meeting its lead reports ({@code 国务院总理李克强6月9日主持召开国务院常务会议}, {@code
 * 中央经济工作会议12月14日至16日在北京举行}: the last day of a meeting of several). A lead that writes
 * the year gives the whole date; one that gives only month and day takes the year from elsewhere
 * (the file name), and without one gives nothing: a year is never guessed. Works on normalized
 * lines. Stateless.
 */
final class LeadDates {

  /** The lead is read in this many non-empty lines below the title. */
  private static final int LEAD_LINES = 4;

  private static final String NUMBER = "(\\d{1,2}|[十一二三四五六七八九]{1,3})";

  /** A dateline: 新华社北京4月20日电. */
  private static final Pattern DATELINE = Pattern.compile(
      "(?:(\\d{4})年)?" + NUMBER + "月" + NUMBER + "日电");

  /** A lead's meeting: 6月9日主持召开, 12月14日至16日在北京举行, 3月24日召开会议. */
  private static final Pattern MEETING = Pattern.compile("(?:(\\d{4})年)?" + NUMBER + "月" + NUMBER
      + "日(?:[至到—\\-]" + NUMBER + "日)?(?:上午|下午|晚上|晚间|晚)?(?:在[^，,。]{1,20}?)?"
      + "(?:主持召开|召开|举行|主持|出席|会见|会晤|考察|视察|发表)");

  private LeadDates() {}

  /**
   * The date of the first lines below the title (line {@code titleLine}, -1 when none), with
   * {@code year} when the lead writes none (null: unknown), or null.
   */
  static LocalDate date(List<String> lines, int titleLine, Integer year) {
    int seen = 0;
    for (int i = Math.max(0, titleLine + 1); i < lines.size() && seen < LEAD_LINES; i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      seen++;
      LocalDate d = first(DATELINE.matcher(line), year, false);
      if (d == null) {
        d = first(MEETING.matcher(line), year, true);
      }
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate first(Matcher m, Integer year, boolean range) {
    if (!m.find()) {
      return null;
    }
    Integer y = m.group(1) != null ? Integer.valueOf(m.group(1)) : year;
    String day = range && m.group(4) != null ? m.group(4) : m.group(3);
    if (y == null) {
      return null;
    }
    try {
      return LocalDate.of(y, DateFields.number(m.group(2)), DateFields.number(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
