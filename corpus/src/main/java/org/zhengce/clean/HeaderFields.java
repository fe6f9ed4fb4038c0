package org.zhengce.clean;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the labelled fields that web pages and official documents print around a text:
 * {@code 来源:济南日报}, {@code 发布时间:2016-06-30 11:30}, {@code 标题:…}. Several fields may share
 * a line ({@code 时间:2015-07-03 10:54:54来源:中国甘肃在线编辑:马;点击:}); a value runs to the next
 * field name, a wide gap, a bar or the end of the line. Works on normalized lines. Stateless.
 */
final class HeaderFields {

  /** Fields naming the source or issuing body, best first. */
  static final List<String> ISSUER = List.of(
      "信息来源", "文章来源", "稿件来源", "新闻来源", "来源", "发文机关", "发布机构", "发布单位");

  /** Fields holding the title. */
  static final List<String> TITLE = List.of("标题", "title", "Title");

  /** Other fields of page headers; their names end the value of the field before them. */
  static final List<String> OTHERS = List.of(
      "作者", "编辑", "责任编辑", "责编", "点击", "点击量", "点击数", "浏览", "浏览次数", "阅读",
      "阅读次数", "字号", "分享", "打印", "记者", "通讯员", "摄影", "审核", "校对", "发布人", "索引号",
      "主题分类", "文号", "发文字号", "author", "url", "tags", "category");

  private static final List<String> ALL = Stream.of(ISSUER, TITLE, OTHERS, DateFields.FIELDS)
      .flatMap(List::stream).distinct()
      .sorted(Comparator.comparingInt(String::length).reversed())
      .collect(Collectors.toUnmodifiableList());

  /** Where a value ends: another field, a gap of two spaces, a bar. */
  private static final Pattern VALUE_END = Pattern.compile(
      "(?:" + String.join("|", ALL) + ")\\s*[:：]|\\s{2,}|\\s?[|｜]");

  private HeaderFields() {}

  /**
   * The value of the first field named one of {@code names} (tried in order) within the first
   * {@code maxLines} lines, or null. A name counts only as a label: at the start of a line or
   * after a non-letter, and followed by a colon; in a line of fields also glued to the value of the
   * field before it (来源：国土空间生态修复处时间：2021-04-22).
   */
  static String value(List<String> lines, List<String> names, int maxLines) {
    for (String name : names) {
      Pattern label = label(name);
      Pattern glued = null;
      for (int i = 0; i < Math.min(maxLines, lines.size()); i++) {
        if (!lines.get(i).contains(name)) {
          continue; // a label needs its name: most lines need no regex
        }
        boolean fields = isFieldLine(lines.get(i));
        if (fields && glued == null) {
          glued = Pattern.compile(Pattern.quote(name) + "\\s*[:：]\\s*");
        }
        Matcher m = (fields ? glued : label).matcher(lines.get(i));
        while (m.find()) {
          String v = cut(lines.get(i).substring(m.end()));
          if (!v.isEmpty()) {
            return v;
          }
        }
      }
    }
    return null;
  }

  /** The raw rest of the line after the first label of {@code names}, for values with gaps. */
  static String restOfLine(List<String> lines, List<String> names, int maxLines) {
    for (String name : names) {
      Pattern label = label(name);
      for (int i = 0; i < Math.min(maxLines, lines.size()); i++) {
        if (!lines.get(i).contains(name)) {
          continue;
        }
        Matcher m = label.matcher(lines.get(i));
        if (m.find()) {
          return lines.get(i).substring(m.end()).strip();
        }
      }
    }
    return null;
  }

  /** The issuing body or source, or null. */
  static String issuer(List<String> lines) {
    String v = value(lines, ISSUER, lines.size());
    if (v == null) {
      return null;
    }
    v = v.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+$", "");
    return v.isEmpty() || v.length() > 40 ? null : v;
  }

  /** The title field ({@code 标题:}, YAML {@code title:}), trimmed of bars and quotes, or null. */
  static String title(List<String> lines) {
    String v = restOfLine(lines, TITLE, 30);
    if (v == null) {
      return null;
    }
    v = v.replaceAll("^[\"'「“]+|[\\s|｜\"'」”]+$", "").strip();
    return v.isEmpty() ? null : v;
  }

  /** Whether {@code line} starts with a field label (发布时间:, 来源:, 标题:). */
  static boolean isFieldLine(String line) {
    String s = line.strip();
    for (String name : ALL) {
      if (s.startsWith(name)) {
        String rest = s.substring(name.length()).stripLeading();
        if (rest.startsWith(":") || rest.startsWith("：")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Pattern label(String name) {
    return Pattern.compile("(?<![\\p{IsHan}A-Za-z])" + Pattern.quote(name) + "\\s*[:：]\\s*");
  }

  private static String cut(String rest) {
    Matcher end = VALUE_END.matcher(rest);
    String v = end.find() ? rest.substring(0, end.start()) : rest;
    return v.strip();
  }
}
