package org.zhengce.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps numbers with their units as single tokens after segmentation: {@code PM2.5}, {@code 10%},
 * {@code 3.4个百分点}, {@code 15万亩}, {@code 2020年}. Tokens inside a quantity are merged, tokens
 * crossing its edge are cut there. Chinese numerals ({@code 十五万亩}) are merged only where the
 * segmenter already starts and ends words at their edges, so that {@code 统一年度} stays apart.
 * Immutable and thread-safe.
 */
final class QuantityMerger {

  /** Units as written after a number, longest first within each alternative. */
  static final List<String> UNITS = List.of(
      "个百分点", "百分点", "个工作日", "个月", "个", "%", "‰",
      "微克/立方米", "毫克/立方米", "毫克/升", "万立方米", "亿立方米", "立方米",
      "平方公里", "万平方米", "平方米", "万亩", "亩", "万公顷", "公顷", "公里", "千米", "米",
      "万千瓦时", "亿千瓦时", "千瓦时", "万千瓦", "千瓦", "兆瓦", "万吨", "亿吨", "吨", "千克", "公斤",
      "万亿元", "亿元", "万元", "元", "万人次", "万人", "人次", "人", "名", "万户", "户", "家", "处",
      "座", "条", "项", "件", "辆", "台", "套", "所", "批", "倍", "次", "岁",
      "周年", "年", "季度", "月", "日", "天", "周", "小时", "分钟");

  private static final String UNIT = alternation(UNITS);
  private static final String MULTIPLIER = "(?:万亿|[十百千万亿])?";

  /** Arabic numbers, optionally with a multiplier and a unit; letter codes like PM2.5 and SO2. */
  private static final Pattern ARABIC = Pattern.compile(
      "[A-Za-z]+\\d+(?:\\.\\d+)?|(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?" + MULTIPLIER + "(?:" + UNIT + ")?");

  /** Chinese numerals with a unit; merged only on word boundaries. */
  private static final Pattern CHINESE = Pattern.compile(
      "[零〇一二两三四五六七八九十百千万亿半]+(?:" + UNIT + ")");

  List<Token> merge(String text, List<Token> tokens) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = ARABIC.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (hasChineseNumeral(text)) {
      int[] starts = new int[tokens.size()];
      int[] ends = new int[tokens.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = tokens.get(i).start();
        ends[i] = tokens.get(i).end();
      }
      Matcher c = CHINESE.matcher(text);
      while (c.find()) {
        if (c.end() - c.start() > 1 && Arrays.binarySearch(starts, c.start()) >= 0
            && Arrays.binarySearch(ends, c.end()) >= 0) {
          spans.add(new int[] {c.start(), c.end()});
        }
      }
      spans = disjoint(spans);
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

  /** Sorted by start, the longer first; spans overlapping an earlier one dropped. */
  private static List<int[]> disjoint(List<int[]> spans) {
    spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<int[]> out = new ArrayList<>(spans.size());
    int end = -1;
    for (int[] s : spans) {
      if (s[0] >= end) {
        out.add(s);
        end = s[1];
      }
    }
    return out;
  }

  private static boolean hasChineseNumeral(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("一二两三四五六七八九十百千".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String alternation(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort((a, b) -> b.length() - a.length());
    StringBuilder sb = new StringBuilder();
    for (String w : sorted) {
      sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(w));
    }
    return sb.toString();
  }
}
