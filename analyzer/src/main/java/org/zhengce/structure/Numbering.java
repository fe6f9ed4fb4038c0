package org.zhengce.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengce.text.Span;

/**
 * How a heading or an item is numbered, with the outline level the style stands for: 第一部分/篇
 * (-3), 第一章 (-2), 第一节 (-1), 第一条 (0), 一、 (1), （一） (2), 1. 1． 1、 (3), （1） (4), ① (5). A
 * smaller level is higher in the outline. {@link #NONE} is an unnumbered title line (level 0) or
 * an unnumbered item. Read by {@link OutlineParser}.
 */
public enum Numbering {
  PART(-3, "第[一二三四五六七八九十百零〇两\\d]{1,4}(?:部分|篇|编)"),
  CHAPTER(-2, "第[一二三四五六七八九十百零〇两\\d]{1,4}章"),
  SECTION(-1, "第[一二三四五六七八九十百零〇两\\d]{1,4}节"),
  ARTICLE(0, "第[一二三四五六七八九十百零〇两\\d]{1,4}条"),
  CHINESE(1, "[一二三四五六七八九十]{1,3}[ ]?(?:、|[．.](?![\\d一二三四五六七八九十]))"),
  CHINESE_PAREN(2, "[（(][ ]?[一二三四五六七八九十]{1,3}[ ]?[）)]"),
  ARABIC(3, "\\d{1,3}[ ]?(?:[、．]|\\.(?!\\d)|\\.(?=\\d{4}年))"),
  ARABIC_PAREN(4, "[（(][ ]?\\d{1,3}[ ]?[）)]"),
  CIRCLED(5, "[①-⑳]"),
  NONE(0, null);

  private final int level;
  private final Pattern marker;

  Numbering(int level, String marker) {
    this.level = level;
    this.marker = marker == null ? null : Pattern.compile(marker);
  }

  /** The pattern of the marker; null for {@link #NONE}. */
  Pattern marker() {
    return marker;
  }

  /** The outline level this style stands for; smaller is higher. */
  public int level() {
    return level;
  }

  /** A numbering marker and its style, found at the start of a line. */
  record Marker(Numbering numbering, Span span) {}

  /** The marker that opens {@code text} at {@code start}, before {@code end}, if any. */
  static Optional<Marker> at(String text, int start, int end) {
    if (start >= Math.min(end, text.length()) || !mayOpen(text.charAt(start))) {
      return Optional.empty(); // most lines open with no marker's first character
    }
    for (Numbering n : values()) {
      if (n.marker == null) {
        continue;
      }
      Matcher m = n.marker.matcher(text).region(start, Math.min(end, start + 12));
      if (m.lookingAt()) {
        return Optional.of(new Marker(n, new Span(start, m.end())));
      }
    }
    return Optional.empty();
  }

  /** Whether a marker can open with {@code c}: 第, a Chinese or Arabic digit, a bracket, ①–⑳. */
  static boolean mayOpen(char c) {
    return "第一二三四五六七八九十（(".indexOf(c) >= 0 || c >= '0' && c <= '9' || c >= '①' && c <= '⑳';
  }
}
