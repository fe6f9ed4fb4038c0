package org.zhengce.extract.time;

import static org.zhengce.extract.time.TimeText.S;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.zhengce.extract.time.TimeExpression.DurationUnit;
import org.zhengce.extract.time.TimeExpression.Type;

/**
 * Times counted from the reference date that {@link Durations} does not read: blurred counts
 * (三十几年前, 几百年后, 十多天前, 二十多年后) and hours, minutes or seconds (半小时后, 3个小时前).
 * A blurred count N几 or N多 spans one step of its last place (三十几 = 30 to 40, 几百 = 100 to
 * 200): 三十几年前 is the years from 40 to 30 years before the reference year, 几百年后 those from
 * 100 to 200 after it. Hours fall on the reference day, or on a later or earlier day once they
 * make whole days (36小时后 is the next day).
 */
final class Offsets {

  private static final String CN = "[一二三四五六七八九十百千两]";
  private static final String BLUR = "(?:" + CN + "{0,4}十几|几[十百千]|" + CN + "{1,4}多|\\d{1,4}多)";
  private static final Pattern BLURRED = Pattern.compile(
      "(?<![\\d.〇零一二三四五六七八九十百千两几第每])(" + BLUR + ")" + S + "(个)?" + S
          + "(年|月|天|日|周|星期)" + S + "(?:之|以)?([前后])(?![面者方台端续期人])");
  private static final Pattern HOURS = Pattern.compile(
      "(?<![\\d.〇零一二三四五六七八九十百千两几第每])(半|\\d{1,3}|" + CN + "{1,4})" + S + "(个)?" + S
          + "(半)?(小时|钟头|分钟|秒钟?)(半)?" + S + "(?:之|以)?([前后])(?![面者方台端续期人])");

  private static final String STARTS = "0123456789一二三四五六七八九十百千两几半";

  private static final Scan BLURRED_SCAN = Scan.of(BLURRED, STARTS);
  private static final Scan HOURS_SCAN = Scan.of(HOURS, STARTS);

  /** The scans of this class, for {@link Starts}. */
  static final List<Scan> SCANS = List.of(BLURRED_SCAN, HOURS_SCAN);

  private Offsets() {}

  static void find(Starts starts, List<Atom> out) {
    for (MatchResult m : starts.matches(BLURRED_SCAN)) {
      String unitWord = m.group(3);
      if (unitWord.equals("月") && m.group(2) == null) {
        continue; // 十几月 is no length
      }
      int[] blur = blur(m.group(1));
      if (blur == null) {
        continue;
      }
      DurationUnit unit = switch (unitWord) {
        case "年" -> DurationUnit.YEAR;
        case "月" -> DurationUnit.MONTH;
        case "周", "星期" -> DurationUnit.WEEK;
        default -> DurationUnit.DAY;
      };
      boolean ago = m.group(4).equals("前");
      int near = ago ? -blur[0] : blur[0];
      int far = ago ? -(blur[0] + blur[1]) : blur[0] + blur[1];
      out.add(Atom.anchor(m.start(), m.end(), Type.SPAN, (doc, year) -> {
        if (doc == null) {
          return null;
        }
        DateRange a = Durations.around(Durations.shift(doc, Math.min(near, far), unit), unit);
        DateRange b = Durations.around(Durations.shift(doc, Math.max(near, far), unit), unit);
        return DateRange.between(a, b);
      }, false));
    }
    for (MatchResult m : starts.matches(HOURS_SCAN)) {
      Integer n = m.group(1).equals("半") ? Integer.valueOf(0) : Numerals.value(m.group(1));
      if (n == null || m.group(1).equals("半") && (m.group(3) != null || m.group(5) != null)) {
        continue;
      }
      boolean hours = m.group(4).equals("小时") || m.group(4).equals("钟头");
      long wholeDays = hours ? n / 24 : 0;
      long sign = m.group(6).equals("前") ? -1 : 1;
      out.add(Atom.anchor(m.start(), m.end(), Type.POINT,
          (doc, year) -> doc == null ? null : DateRange.day(doc.plusDays(sign * wholeDays)),
          false));
    }
  }

  /** The low end and the width of a blurred count (三十几 → 30, 10; 几百 → 100, 100). */
  static int[] blur(String text) {
    if (text.startsWith("几")) {
      int step = text.endsWith("十") ? 10 : text.endsWith("百") ? 100 : 1000;
      return new int[] {step, step};
    }
    String number = text.substring(0, text.length() - 1); // without 几 or 多
    Integer value = Numerals.value(number);
    if (value == null || value == 0) {
      return null;
    }
    int step = 1;
    while (value % (step * 10) == 0) {
      step *= 10;
    }
    return new int[] {value, step};
  }
}
