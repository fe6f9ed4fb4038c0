package org.zhengce.number;

import java.util.List;
import org.zhengce.number.NumberScanner.Num;

/**
 * Reads what follows a number for {@link QuantityParser}: 多 or 余, the multiplier (万, 亿), the
 * unit (with its part after a slash, 吨/日), or finds that the number belongs to a name
 * ({@code 5G}, {@code PM2.5}) or a calendar date ({@code 6月}, {@code 2020年}). Stateless and
 * thread-safe.
 */
final class UnitReader {

  /** After N日, the words that make it a number of days (30日内), not a day of the month. */
  private static final WordList DURATION_ENDS = WordList.of(List.of("以内", "之内", "内"));

  /** A number with what follows it: 多/余, multiplier, unit; or a name or a calendar date. */
  record Term(Num num, int end, String multiplier, String unit, boolean more,
      boolean name, boolean calendar) {

    /** The unit as written, with its multiplier and without the 个 of 个百分点; null if none. */
    String written() {
      String u = unit == null ? "" : unit.equals("个百分点") ? "百分点" : unit.replace('％', '%');
      return multiplier.isEmpty() && u.isEmpty() ? null : multiplier + u;
    }
  }

  /** What follows the number {@code num}. */
  static Term read(String text, Num num) {
    int j = num.end();
    if (num.unit() != null || num.spelled()) {
      return new Term(num, j, "", num.unit(), false, false, false);
    }
    int k = num.chinese() ? j : gap(text, j);
    boolean more = false;
    if (k + 1 < text.length() && QuantityWords.MORE.indexOf(text.charAt(k)) >= 0
        && (QuantityWords.MULTIPLIERS.startingAt(text, k + 1) != null
            || unitAt(text, k + 1, num.chinese()) != null)) {
      more = true;
      k++;
    }
    String multiplier = num.multiplier();
    WordList multipliers =
        num.chinese() ? QuantityWords.MULTIPLIERS : QuantityWords.ARABIC_MULTIPLIERS;
    String m = multiplier.isEmpty() ? multipliers.startingAt(text, k) : null;
    if (m != null) {
      multiplier = m;
      k += m.length();
    }
    if (!more && !multiplier.isEmpty() && k + 1 < text.length()
        && QuantityWords.MORE.indexOf(text.charAt(k)) >= 0
        && unitAt(text, k + 1, num.chinese()) != null) {
      more = true; // 1万余套
      k++;
    }
    String unit = unitAt(text, k, num.chinese());
    if (unit != null) {
      k += unit.length();
      String per = k + 1 < text.length() && text.charAt(k) == '/' ? perUnit(text, k + 1) : null;
      if (per != null) {
        unit += "/" + per; // 吨/日, 蒸吨/小时, 立方米/万元
        k += 1 + per.length();
      }
    } else if (k < text.length() && isLatin(text.charAt(k))) {
      int e = skipName(text, k);
      if (QuantityWords.LATIN_UNITS.contains(text.substring(k, e))) {
        unit = text.substring(k, e);
        k = e;
      } else if (multiplier.isEmpty() && !more) {
        return new Term(num, e, "", null, false, true, false); // 5G, 4A级, 3D
      }
    }
    if (unit == null && multiplier.isEmpty()) {
      String calendar = QuantityWords.CALENDAR.startingAt(text, k);
      if ("日".equals(calendar) && DURATION_ENDS.startingAt(text, k + 1) != null) {
        return new Term(num, k + 1, "", "日", false, false, false); // 30日内: a duration
      }
      return new Term(num, calendar == null ? j : k + 1, "", null, false, false, calendar != null);
    }
    boolean calendar = "年".equals(unit) && multiplier.isEmpty() && num.year();
    return new Term(num, k, multiplier, unit, more, false, calendar);
  }

  /** The unit at {@code k}, unless the word around it is another word (五年规划, 一成不变). */
  static String unitAt(String text, int k, boolean chinese) {
    String unit = QuantityWords.MEASURES.startingAt(text, k);
    if (unit == null) {
      unit = QuantityWords.COUNTERS.startingAt(text, k);
    }
    if (unit == null && !chinese) {
      unit = QuantityWords.ARABIC_ONLY.startingAt(text, k);
    }
    if (unit == null) {
      return null;
    }
    int after = k + unit.length();
    WordList breakers = QuantityWords.UNIT_BREAKERS.get(unit);
    if (breakers != null && breakers.startingAt(text, after) != null) {
      return null;
    }
    if (unit.equals("打") && after < text.length() && Character.isIdeographic(text.charAt(after))
        && QuantityWords.AFTER_DOZEN.indexOf(text.charAt(after)) < 0) {
      return null;
    }
    if (unit.equals("成") && after < text.length()
        && Character.isIdeographic(text.charAt(after))
        && QuantityWords.AFTER_CHENG.indexOf(text.charAt(after)) < 0) {
      return null;
    }
    return unit;
  }

  /** The unit after the slash of a compound unit: a time (日, 小时) or a unit (万元), or null. */
  private static String perUnit(String text, int k) {
    String time = QuantityWords.PER.startingAt(text, k);
    String m = QuantityWords.MULTIPLIERS.startingAt(text, k);
    String unit = unitAt(text, m == null ? k : k + m.length(), true);
    String written = unit == null ? null : (m == null ? "" : m) + unit;
    return written != null && (time == null || written.length() > time.length()) ? written : time;
  }

  /** One space between a number and what follows, as PDF text has it (150 万吨): skipped. */
  static int gap(String text, int j) {
    return j + 1 < text.length() && text.charAt(j) == ' ' && text.charAt(j + 1) != ' ' ? j + 1 : j;
  }

  static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Past a name of letters and digits: PM2.5, PM_2.5, SO2, G20, H7N9, GB3095-2012, DB14/1929. */
  static int skipName(String text, int i) {
    int j = i;
    while (j < text.length()) {
      char c = text.charAt(j);
      boolean inner = j > i && j + 1 < text.length() && NumberScanner.isDigit(text.charAt(j + 1))
          && ("./-".indexOf(c) >= 0 && NumberScanner.isDigit(text.charAt(j - 1))
              || c == '_' && isLatin(text.charAt(j - 1)));
      if (!isLatin(c) && !NumberScanner.isDigit(c) && !inner) {
        break;
      }
      j++;
    }
    return j;
  }

  private UnitReader() {}
}
