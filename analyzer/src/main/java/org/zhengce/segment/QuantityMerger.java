package org.zhengce.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Keeps numbers with their units as single tokens after segmentation: {@code PM2.5}, {@code 10%},
 * {@code 3.4个百分点}, {@code 15万亩}, {@code 2020年}. Tokens inside a quantity are merged, tokens
 * crossing its edge are cut there. Chinese numerals ({@code 十五万亩}) are merged only where the
 * segmenter already starts and ends words at their edges, so that {@code 统一年度} stays apart.
 * Immutable and thread-safe.
 */
final class QuantityMerger {

  /** Units as written after a number; the longest that matches wins. */
  static final List<String> UNITS = List.of(
      "个百分点", "百分点", "个工作日", "个月", "个", "%", "‰",
      "微克/立方米", "毫克/立方米", "毫克/升", "万立方米", "亿立方米", "立方米",
      "平方公里", "万平方米", "平方米", "万亩", "亩", "万公顷", "公顷", "公里", "千米", "米",
      "万千瓦时", "亿千瓦时", "千瓦时", "万千瓦", "千瓦", "兆瓦", "万吨", "亿吨", "吨", "千克", "公斤",
      "万亿元", "亿元", "万元", "元", "万人次", "万人", "人次", "人", "名", "万户", "户", "家", "处",
      "座", "条", "项", "件", "辆", "台", "套", "所", "批", "倍", "次", "岁",
      "周年", "年", "季度", "月", "日", "天", "周", "小时", "分钟");

  private static final Set<String> UNIT_SET = Set.copyOf(UNITS);
  private static final int LONGEST_UNIT = UNITS.stream().mapToInt(String::length).max().orElse(1);
  private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿半";
  private static final String MULTIPLIERS = "十百千万亿";

  List<Token> merge(String text, List<Token> tokens) {
    List<int[]> spans = new ArrayList<>();
    int[] starts = null;
    int[] ends = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int end = -1;
      if (isAsciiLetter(c) && (i == 0 || !isAsciiLetter(text.charAt(i - 1)))) {
        int j = i;
        while (j < n && isAsciiLetter(text.charAt(j))) {
          j++;
        }
        end = j < n && isDigit(text.charAt(j)) ? decimal(text, j) : -1; // PM2.5, SO2
        if (end < 0) {
          i = j;
          continue;
        }
      } else if (isDigit(c) && (i == 0 || !isDigit(text.charAt(i - 1)))) {
        int j = decimal(text, i);
        if (j + 1 < n && text.startsWith("万亿", j)) {
          j += 2;
        } else if (j < n && MULTIPLIERS.indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        end = j + unitAt(text, j);
      } else if (CHINESE_NUMERALS.indexOf(c) >= 0
          && (i == 0 || CHINESE_NUMERALS.indexOf(text.charAt(i - 1)) < 0)) {
        int j = i;
        while (j < n && CHINESE_NUMERALS.indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        int unit = unitAt(text, j);
        if (unit > 0) {
          if (starts == null) {
            starts = tokens.stream().mapToInt(Token::start).toArray();
            ends = tokens.stream().mapToInt(Token::end).toArray();
          }
          // 十五万亩 but not 统一年度: only where the segmenter already starts and ends words
          if (Arrays.binarySearch(starts, i) >= 0 && Arrays.binarySearch(ends, j + unit) >= 0) {
            end = j + unit;
          }
        }
        if (end < 0) {
          i = j;
          continue;
        }
      }
      if (end > i) {
        spans.add(new int[] {i, end});
        i = end;
      } else {
        i++;
      }
    }
    if (spans.isEmpty()) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    int s = 0;
    int[] span = spans.get(0);
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      while (span != null && span[1] <= tok.start()) {
        span = ++s < spans.size() ? spans.get(s) : null;
      }
      if (span == null || tok.end() <= span[0]) {
        out.add(tok);
        continue;
      }
      if (tok.start() < span[0]) { // the token crosses into the quantity: keep its head
        out.add(cut(text, tok, tok.start(), span[0]));
      }
      int qEnd = span[1];
      int last = t;
      while (last + 1 < tokens.size() && tokens.get(last + 1).start() < qEnd) {
        last++;
      }
      int from = Math.max(span[0], tok.start());
      out.add(new Token(text.substring(from, Math.min(qEnd, tokens.get(last).end())), from,
          Math.min(qEnd, tokens.get(last).end()), "mq"));
      Token tail = tokens.get(last);
      if (tail.end() > qEnd) { // the last token runs past the quantity: keep its tail
        out.add(cut(text, tail, qEnd, tail.end()));
      }
      t = last;
      span = ++s < spans.size() ? spans.get(s) : null;
    }
    return out;
  }

  private static Token cut(String text, Token tok, int from, int to) {
    return new Token(text.substring(from, to), from, to, tok.pos());
  }

  /** The end of a decimal number starting at {@code i}: 12, 3.4, 1,000. */
  private static int decimal(String text, int i) {
    int n = text.length();
    int j = i;
    while (j < n && isDigit(text.charAt(j))) {
      j++;
    }
    while (j + 3 < n && text.charAt(j) == ',' && isDigit(text.charAt(j + 1))
        && isDigit(text.charAt(j + 2)) && isDigit(text.charAt(j + 3))
        && (j + 4 == n || !isDigit(text.charAt(j + 4))) && j - i <= 3) {
      j += 4;
    }
    if (j + 1 < n && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
      j++;
      while (j < n && isDigit(text.charAt(j))) {
        j++;
      }
    }
    return j;
  }

  /** The length of the longest unit at {@code i}, 0 for none. */
  private static int unitAt(String text, int i) {
    for (int len = Math.min(LONGEST_UNIT, text.length() - i); len > 0; len--) {
      if (UNIT_SET.contains(text.substring(i, i + len))) {
        return len;
      }
    }
    return 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
