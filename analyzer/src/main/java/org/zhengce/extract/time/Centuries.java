package org.zhengce.extract.time;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.zhengce.extract.time.TimeExpression.Type;

/**
 * Centuries and decades: 17世纪, 上世纪70年代, 十九世纪八十年代初期, 12世纪末, 90年代. A century's
 * 初 (初期, 前期) is its first twenty years, 中 (中期) the next sixty, 末 (末期, 后期) the last
 * twenty; a decade's 初 its first three years, 中 the next four, 末 the last three (the split
 * xk-time and JioNLP use too). 上世纪 is the century before the document's (the 20th without a
 * date); a decade alone is of the 20th century from 30年代 on and of the 21st below (20年代 =
 * 2020s). 本世纪中叶 and 本世纪末 are {@link PlanPeriods}' horizons.
 */
final class Centuries {

  private static final String CN = "[一二三四五六七八九十]{1,3}";
  private static final String EDGE = "(初期|前期|中期|末期|后期|初|中(?![国心央华共外部学小])|末)?";
  private static final Pattern PATTERN = Pattern.compile(
      "(?:(上个?|本|(?<![\\d.])\\d{1,2}|(?<![一二三四五六七八九十之分])" + CN + ")世纪)?"
          + "(?:((?<![\\d.])[1-9]0|[一二三四五六七八九]十)年代)?" + EDGE);

  private static final Scan SCAN = Scan.of(PATTERN, "0123456789一二三四五六七八九十上本");

  /** The scans of this class, for {@link Starts}. */
  static final List<Scan> SCANS = List.of(SCAN);

  private Centuries() {}

  static void find(Starts starts, List<Atom> out) {
    for (MatchResult m : starts.matches(SCAN)) {
      String century = m.group(1);
      String decade = m.group(2);
      String edge = m.group(3);
      if (century == null && decade == null
          || century != null && century.equals("本") && decade == null) {
        continue;
      }
      Integer decadeValue = decade == null ? null : Numerals.value(decade);
      Integer centuryNumber = century == null || century.startsWith("上") || century.equals("本")
          ? null : Numerals.value(century);
      if (century != null && centuryNumber == null && !century.startsWith("上")
          && !century.equals("本") || centuryNumber != null && (centuryNumber < 1
          || centuryNumber > 22)) {
        continue;
      }
      out.add(Atom.anchor(m.start(), m.end(), Type.SPAN, (doc, year) -> {
        int docCentury = doc == null ? 21 : doc.getYear() / 100 + 1;
        Integer c = century == null ? null : century.startsWith("上") ? docCentury - 1
            : century.equals("本") ? docCentury : centuryNumber;
        if (decadeValue == null) {
          int first = (c - 1) * 100;
          return edge(first, 100, edge, 20, 80);
        }
        int first = c != null ? (c - 1) * 100 + decadeValue
            : decadeValue >= 30 ? 1900 + decadeValue : 2000 + decadeValue;
        return edge(first, 10, edge, 3, 7);
      }, false));
    }
  }

  /** The years of a century or decade, or of its opening, middle or closing part. */
  private static DateRange edge(int first, int length, String edge, int open, int close) {
    if (first < 1) {
      return null;
    }
    if (edge == null) {
      return DateRange.years(first, first + length - 1);
    }
    return switch (edge.charAt(0)) {
      case '初', '前' -> DateRange.years(first, first + open - 1);
      case '中' -> DateRange.years(first + open, first + close - 1);
      default -> DateRange.years(first + close, first + length - 1);
    };
  }
}
