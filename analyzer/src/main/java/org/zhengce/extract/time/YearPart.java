package org.zhengce.extract.time;

import static org.zhengce.extract.time.TimeText.S;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The year a calendar expression starts with: written out (2020年, 二〇二〇年, 2020 年度) or relative
 * to the document date (今年, 明年, 去年, 上年度). {@link #REGEX} matches either; {@link #year}
 * reads the year a match names.
 */
final class YearPart {

  /** Relative year words and their offset from the document's year. */
  static final Map<String, Integer> RELATIVE_YEARS = ordered(Map.ofEntries(
      Map.entry("今年", 0), Map.entry("本年", 0), Map.entry("今年度", 0), Map.entry("本年度", 0),
      Map.entry("明年", 1), Map.entry("来年", 1), Map.entry("下一年", 1), Map.entry("后年", 2),
      Map.entry("大后年", 3), Map.entry("去年", -1), Map.entry("上年", -1), Map.entry("上一年", -1),
      Map.entry("上年度", -1), Map.entry("上一年度", -1), Map.entry("前年", -2),
      Map.entry("大前年", -3), Map.entry("次年", 1), Map.entry("翌年", 1), Map.entry("同年", 0)));

  /** A written year: four digits, 1900–2100, Arabic or Chinese. */
  static final String WRITTEN =
      "(?<![\\d.〇零一二三四五六七八九十])(?:(?:19|20)\\d\\d|2100|[〇零一二三四五六七八九]{4})(?!\\d)";

  /**
   * A year written with two digits (16年, 九七年), read only before a month, a quarter, a half or
   * an edge of the year (16年5月3日, 97年8月, 零九年三月, 08年底), where it cannot be a count of years.
   */
  static final String SHORT = "(?<![\\d.〇零一二三四五六七八九十百千万两几第每])(?:\\d{2}|[〇零一二三四五六七八九]{2})"
      + S + "年(?=" + S + "(?:(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九元])" + S + "月"
      + "|第?[一二三四1-4]个?季度|首季度|[上下]半年|[初底末](?![步心级见衷始期稿创中])|伊始"
      + "|春节|元旦|国庆|中秋|端午|清明|五一))";

  /** A year of the Republic of China calendar (民国98年 = 2009), as Taiwan texts write them. */
  static final String MINGUO = "民国(?:\\d{1,3}|[〇零一二三四五六七八九十百]{1,5})";

  /** What a year part starts with. */
  static final String STARTS = "0123456789〇零一二三四五六七八九今本明来下后大去上前民次翌同";

  private static final String RELATIVE = "(?<![以之今然前后日最此年往近历多每不相共层其\\d" + TimeText.CN_NUM + "])"
      + RELATIVE_YEARS.keySet().stream().collect(Collectors.joining("|", "(?:", ")"))
      + "(?![均龄级纪])"; // 至今年均增长: 至今 + 年均

  /** A year part: written year with 年 (and 度), or a relative year word. */
  static final String REGEX =
      "(?:(?:" + WRITTEN + "|" + MINGUO + ")" + S + "年(?:度)?|" + SHORT + "|" + RELATIVE + ")";

  private YearPart() {}

  /** The year a {@link #REGEX} match names, or null when it is relative and no date is known. */
  static Integer year(String match, LocalDate documentDate) {
    String s = match.replaceAll("[\\s\\u3000\\u00a0年度]", "");
    Integer offset = RELATIVE_YEARS.get(match.strip());
    if (offset != null) {
      return documentDate == null ? null : documentDate.getYear() + offset;
    }
    if (s.startsWith("民国")) {
      Integer n = Numerals.value(s.substring(2));
      return n == null ? null : 1911 + n;
    }
    if (s.length() == 2) {
      return complete(Numerals.year("00" + s), documentDate);
    }
    return Numerals.year(s);
  }

  /**
   * The full year of a two-digit year: the one of the document's century, or of the century
   * before when that would lie more than ten years after the document (97 → 1997, 16 → 2016 in
   * 2020); without a document date, 00–49 are 20xx and 50–99 19xx.
   */
  static Integer complete(Integer yy, LocalDate documentDate) {
    if (yy == null) {
      return null;
    }
    if (documentDate == null) {
      return yy < 50 ? 2000 + yy : 1900 + yy;
    }
    int reference = documentDate.getYear();
    int year = reference / 100 * 100 + yy;
    return year > reference + 10 ? year - 100 : year;
  }

  /** Longest keys first, so that a regex alternation built from them prefers 今年度 to 今年. */
  static <V> Map<String, V> ordered(Map<String, V> map) {
    return map.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, V> e) -> -e.getKey().length())
            .thenComparing(Map.Entry::getKey))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
            LinkedHashMap::new));
  }
}
