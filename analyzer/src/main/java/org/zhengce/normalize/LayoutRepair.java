package org.zhengce.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.zhengce.text.Span;
import org.zhengce.text.TextEditor;
import org.zhengce.text.TextNormalizer;

/**
 * Repairs what a page layout did to a text, as a person reading it would: lines that a PDF (or a
 * converter) wrapped inside a sentence are joined, page furniture (page numbers such as {@code —
 * 2 —}, {@code - 3 -}, {@code 第 3 页}, running headers repeated on every page, form feeds) is left
 * out, spaces a converter put between digits, letters and Chinese characters are folded ({@code 到
 * 2025 年} → {@code 到2025年}, {@code 12.5 %} → {@code 12.5%}) and characters spaced out one by one
 * ({@code 政 府 工 作 报 告}) are joined. Real line breaks stay: headings, list items, table cells
 * and short lines. Lines are joined only in a text that is wrapped, i.e. one whose lines mostly
 * share one width ({@link LineWidths}); a line is joined to the next when it fills that width,
 * does not end a sentence and the next line does not open a heading, an item or a field (来源：). Runs last in the
 * chain, on folded simplified text; every change goes through the offset map, so a quote may hold
 * the line break the PDF had. Immutable and thread-safe.
 */
public final class LayoutRepair implements TextNormalizer {

  /** A page number alone on its line: — 2 —, - 3 -, －4－, 第 3 页, 第3页 共10页, 3/10. */
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "[-－—–_~·•\\s　]*[-－—–_~·•]\\s*[0-9０-９]{1,4}\\s*[-－—–_~·•][-－—–_~·•\\s　]*"
          + "|第\\s*[0-9０-９]{1,4}\\s*[页頁](\\s*[,，/／]?\\s*共\\s*[0-9０-９]{1,4}\\s*[页頁])?"
          + "|[0-9０-９]{1,3}\\s*[/／]\\s*[0-9０-９]{1,3}|[Pp]age\\s*\\d{1,4}(\\s*of\\s*\\d{1,4})?");

  /** No page number line is longer. */
  private static final int PAGE_NUMBER_MAX = 24;

  /** A bare number, a page number only where a page ends or starts. */
  private static final Pattern BARE_NUMBER = Pattern.compile("[0-9０-９]{1,3}");

  /** What opens a heading or a list item: 一、 (一) 1. 1、 (1) ① 第一章 第二条 一是 附件 表1. */
  private static final Pattern OPENS_ITEM = Pattern.compile(
      "[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十百\\d]+[)）]|\\d{1,3}(\\.\\d{1,2})*[.、．](?!\\d)"
          + "|[①-⑳⑴-⒇❶-❿]|第[一二三四五六七八九十百\\d]+[章节条部篇编]|[一二三四五六七八九十]+是"
          + "|附件|附表|表\\s*\\d|图\\s*\\d|[●◆■□▲★•·\\-－—]\\s*\\S");

  /** A field of its own line: 来源：…, 发布时间：…, 牵头单位：… (a label of a few characters and a colon). */
  private static final Pattern FIELD = Pattern.compile("[\\p{IsHan}]{2,6}\\s*[:：]");

  /** Characters that end a sentence or an attribution: the line break after them is real. */
  private static final String ENDS = "。！？；!?;:：…";

  /** Lines repeated this often next to page breaks are running headers or footers. */
  private static final int HEADER_REPEATS = 3;

  /**
   * The page furniture of {@code text} (page numbers, running headers), as the spans of their
   * lines: what {@link #normalize} leaves out, for the document's noise and flags.
   */
  public List<Span> furniture(String text) {
    List<Line> lines = Line.split(text);
    markFurniture(text, lines);
    List<Span> spans = new ArrayList<>();
    for (Line line : lines) {
      if (line.kind == Kind.FURNITURE) {
        spans.add(new Span(line.contentStart, line.contentEnd));
      }
    }
    return spans;
  }

  @Override
  public void normalize(String text, TextEditor out) {
    List<Line> lines = Line.split(text);
    markFurniture(text, lines);
    LineWidths widths = LineWidths.of(text, lines);
    int n = lines.size();
    boolean[] joinNext = new boolean[n];
    int[] nextText = new int[n];
    Arrays.fill(nextText, -1);
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      if (line.kind != Kind.TEXT) {
        continue;
      }
      int j = nextTextLine(lines, i);
      nextText[i] = j;
      joinNext[i] = j >= 0 && widths.wrapped() && joins(text, line, lines.get(j), widths, lines, i, j);
    }
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      if (line.kind == Kind.FURNITURE && !insideJoin(joinNext, nextText, lines, i)) {
        out.keepUntil(line.start);
        out.replace(line.end - line.start, "");
      } else if (line.kind == Kind.TEXT) {
        SpaceFolder.fold(text, line.contentStart, line.contentEnd, out);
        if (joinNext[i]) {
          Line next = lines.get(nextText[i]);
          out.keepUntil(line.contentEnd);
          out.replace(next.contentStart - line.contentEnd,
              asciiLetter(text.charAt(line.contentEnd - 1)) && asciiLetter(text.charAt(next.contentStart))
                  ? " " : "");
        }
      }
      if (line.breakChar == '\f' && out.position() <= line.end) {
        out.keepUntil(line.end);
        out.replace(1, "\n");
      }
    }
  }

  /** Whether furniture line {@code k} lies between two joined lines (and so is already gone). */
  private static boolean insideJoin(boolean[] joinNext, int[] nextText, List<Line> lines, int k) {
    for (int i = k - 1; i >= 0; i--) {
      if (lines.get(i).kind == Kind.TEXT) {
        return joinNext[i] && nextText[i] > k;
      }
    }
    return false;
  }

  private static int nextTextLine(List<Line> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (lines.get(j).kind == Kind.TEXT) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether line {@code a} continues on {@code b}: a fills the width and does not end a sentence,
   * b opens no item and is not indented; between them only furniture, or blank lines at a page
   * break.
   */
  private static boolean joins(String text, Line a, Line b, LineWidths widths, List<Line> lines,
      int i, int j) {
    boolean pageBreak = false;
    boolean blank = false;
    for (int k = i; k < j; k++) {
      Line between = lines.get(k);
      pageBreak |= between.breakChar == '\f' || (k > i && between.kind == Kind.FURNITURE);
      blank |= k > i && between.kind == Kind.BLANK;
    }
    if (blank && !pageBreak) {
      return false;
    }
    if (!widths.full(text, a) || ENDS.indexOf(text.charAt(a.contentEnd - 1)) >= 0) {
      return false;
    }
    if (hasTab(text, a.contentStart, a.contentEnd) || hasTab(text, b.contentStart, b.contentEnd)) {
      return false; // a table row (cells split by tabs) is a line of its own
    }
    if (b.contentStart - b.start >= 2 && !widths.indented()) {
      return false; // an indented first line opens a paragraph
    }
    return !OPENS_ITEM.matcher(text).region(b.contentStart, b.contentEnd).lookingAt()
        && !FIELD.matcher(text).region(b.contentStart, b.contentEnd).lookingAt();
  }

  private static boolean hasTab(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\t') {
        return true;
      }
    }
    return false;
  }

  /** Page numbers, and lines repeated next to page breaks (running headers and footers). */
  private static void markFurniture(String text, List<Line> lines) {
    int n = lines.size();
    boolean[] nearBreak = new boolean[n];
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      if (line.kind != Kind.TEXT) {
        continue;
      }
      if (line.contentEnd - line.contentStart <= PAGE_NUMBER_MAX
          && PAGE_NUMBER.matcher(text).region(line.contentStart, line.contentEnd).matches()) {
        line.kind = Kind.FURNITURE;
      }
    }
    for (int i = 0; i < n; i++) {
      if (lines.get(i).breakChar == '\f' || lines.get(i).kind == Kind.FURNITURE) {
        markNear(lines, nearBreak, i, 2);
      }
    }
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      if (line.kind == Kind.TEXT && nearBreak[i] && line.contentEnd - line.contentStart <= 3
          && BARE_NUMBER.matcher(text).region(line.contentStart, line.contentEnd).matches()
          && nextToFormFeed(lines, i)) {
        line.kind = Kind.FURNITURE;
      }
    }
    Map<String, Integer> repeats = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      if (line.kind == Kind.TEXT && nearBreak[i] && line.contentEnd - line.contentStart <= 40) {
        repeats.merge(headerKey(text, line), 1, Integer::sum);
      }
    }
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      if (line.kind == Kind.TEXT && nearBreak[i] && line.contentEnd - line.contentStart <= 40
          && repeats.getOrDefault(headerKey(text, line), 0) >= HEADER_REPEATS) {
        line.kind = Kind.FURNITURE;
      }
    }
  }

  /** Whether the line is the last before, or the first after, a form feed (blank lines aside). */
  private static boolean nextToFormFeed(List<Line> lines, int i) {
    for (int k = i; k < lines.size(); k++) {
      if (lines.get(k).breakChar == '\f') {
        return true;
      }
      if (k > i && lines.get(k).kind != Kind.BLANK) {
        break;
      }
    }
    for (int k = i - 1; k >= 0; k--) {
      if (lines.get(k).breakChar == '\f') {
        return true;
      }
      if (lines.get(k).kind != Kind.BLANK) {
        break;
      }
    }
    return false;
  }

  /** Marks the non-blank lines within {@code reach} non-blank lines of line {@code i}. */
  private static void markNear(List<Line> lines, boolean[] near, int i, int reach) {
    int left = reach;
    for (int k = i; k >= 0 && left > 0; k--) {
      if (lines.get(k).kind != Kind.BLANK && k != i) {
        near[k] = true;
        left--;
      }
    }
    left = reach;
    for (int k = i + 1; k < lines.size() && left > 0; k++) {
      if (lines.get(k).kind != Kind.BLANK) {
        near[k] = true;
        left--;
      }
    }
  }

  /** A line's text with its digits blanked: 第3页 and 第4页, 2021年报告 3 and … 4 compare equal. */
  private static String headerKey(String text, Line line) {
    return text.substring(line.contentStart, line.contentEnd).replaceAll("\\d+", "#").replace(" ", "");
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** What a line is to the layout. */
  enum Kind { TEXT, BLANK, FURNITURE }

  /** One line: its span without the break, its content without surrounding spaces. */
  static final class Line {
    final int start;
    final int end;
    final int contentStart;
    final int contentEnd;
    /** The character that ends the line: '\n', '\f', or 0 at the end of the text. */
    final char breakChar;
    Kind kind;

    private Line(int start, int end, int contentStart, int contentEnd, char breakChar) {
      this.start = start;
      this.end = end;
      this.contentStart = contentStart;
      this.contentEnd = contentEnd;
      this.breakChar = breakChar;
      this.kind = contentStart == contentEnd ? Kind.BLANK : Kind.TEXT;
    }

    static List<Line> split(String text) {
      List<Line> lines = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= text.length(); i++) {
        char c = i < text.length() ? text.charAt(i) : 0;
        if (c == '\n' || c == '\f' || i == text.length()) {
          int cs = start;
          int ce = i;
          while (cs < ce && blank(text.charAt(cs))) {
            cs++;
          }
          while (ce > cs && blank(text.charAt(ce - 1))) {
            ce--;
          }
          lines.add(new Line(start, i, cs, ce, c));
          start = i + 1;
        }
      }
      return lines;
    }

    private static boolean blank(char c) {
      return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u3000';
    }
  }

  /**
   * The width lines are wrapped at, if the text is wrapped. Widths count a Chinese character as 1
   * and an ASCII character as ½, as a page sets them. A text is wrapped when at least
   * {@value #WRAPPED_SHARE} of its longer lines, and at least {@value #MIN_FULL_LINES} lines, are
   * within {@value #FULL} of the 80th percentile width and that width is at most {@value
   * #MAX_WIDTH}: PDF text, not one paragraph a line, nor a few footer lines of a web page.
   */
  record LineWidths(double width, boolean wrapped, boolean indented) {
    static final double FULL = 0.8;
    static final double WRAPPED_SHARE = 0.3;
    static final int MIN_FULL_LINES = 8;
    static final int MAX_WIDTH = 60;

    static LineWidths of(String text, List<Line> lines) {
      List<Double> all = new ArrayList<>();
      int indented = 0;
      for (Line line : lines) {
        if (line.kind == Kind.TEXT) {
          double w = width(text, line.contentStart, line.contentEnd);
          if (w >= 6) {
            all.add(w);
            if (line.contentStart - line.start >= 2) {
              indented++;
            }
          }
        }
      }
      if (all.size() < 5) {
        return new LineWidths(0, false, false);
      }
      double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double p80 = sorted[(int) Math.floor(0.8 * (sorted.length - 1))];
      long near = Arrays.stream(sorted).filter(w -> w >= FULL * p80 && w <= 1.1 * p80).count();
      boolean wrapped = p80 <= MAX_WIDTH && near >= MIN_FULL_LINES
          && near >= WRAPPED_SHARE * sorted.length;
      return new LineWidths(p80, wrapped, indented > sorted.length / 2);
    }

    boolean full(String text, Line line) {
      return width(text, line.contentStart, line.contentEnd) >= FULL * width;
    }

    static double width(String text, int from, int to) {
      double w = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (!Character.isLowSurrogate(c)) {
          w += c < 0x2E80 ? 0.5 : 1;
        }
      }
      return w;
    }
  }
}
