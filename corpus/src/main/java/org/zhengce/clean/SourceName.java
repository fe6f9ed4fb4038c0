package org.zhengce.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file's name tells when the text does not: corpora name files by what they hold
 * ({@code 2024_成都_政府工作报告.txt}, {@code 466、青海省“十四五”生态环境保护规划.txt}) or by the
 * day they were published ({@code xwlb_20231101.txt}, {@code cewc_2013-12-14.txt}). A title is
 * the name without its extension and leading number, separators as spaces, when it holds four
 * or more Han characters; a date is one whole day written in the name. Stateless.
 */
public final class SourceName {

  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d{1,3}\\s*[、._\\-]\\s*");
  private static final Pattern DAY = Pattern.compile(
      "(?<![\\d])((?:19|20)\\d{2})([-_.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?![\\d])");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** A year on its own between separators of the name: 2024_南京_…, …_1986. */
  private static final Pattern YEAR = Pattern.compile("(?:^|[_\\s])((?:19|20)\\d{2})(?=[_\\s]|$)");

  private SourceName() {}

  /** The name of the file {@code source} without folders and extension, or null for standard input. */
  static String stem(String source) {
    if (source == null || source.equals("-") || source.isBlank()) {
      return null;
    }
    String name = source.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** A title from the file name, or null. */
  static String title(String source) {
    String stem = stem(source);
    if (stem == null) {
      return null;
    }
    String t = LEADING_NUMBER.matcher(stem).replaceFirst("").replaceAll("_((?:19|20)\\d{2})$", "（$1）")
        .replaceFirst("^((?:19|20)\\d{2})_", "$1年")
        .replaceAll("[_]+", " ").strip();
    return HAN.matcher(t).results().count() >= 4 ? t : null;
  }

  /**
   * The one year the file name gives on its own ({@code 2024_南京_政府工作报告}, {@code
   * 全国_第七个五年计划_1986}), or null: the year an index files an undated document under.
   */
  public static Integer year(String source) {
    String stem = stem(source);
    if (stem == null) {
      return null;
    }
    LocalDate day = date(source);
    if (day != null) {
      return day.getYear();
    }
    Matcher m = YEAR.matcher(stem);
    if (!m.find()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    return m.find() ? null : year;
  }

  /** The one day the file name gives, or null. */
  static LocalDate date(String source) {
    String stem = stem(source);
    if (stem == null) {
      return null;
    }
    Matcher m = DAY.matcher(stem);
    if (!m.find()) {
      return null;
    }
    try {
      LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
      return m.find() ? null : day; // two days in one name: which one is unclear
    } catch (DateTimeException e) {
      return null;
    }
  }
}
