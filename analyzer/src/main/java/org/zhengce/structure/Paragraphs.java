package org.zhengce.structure;

import java.util.ArrayList;
import java.util.List;
import org.zhengce.text.Span;

/**
 * Cuts text into paragraphs: one line each, except that a line still wrapped (a long line that
 * does not end a sentence, or one inside an open bracket such as {@code （牵头单位：A；}) is joined
 * with the next. Lines that are table rows are left out. Stateless.
 */
final class Paragraphs {

  /** A wrapped line is at least this long; shorter lines without an end are titles. */
  private static final int WRAPPED_LINE = 24;
  /** At most this many lines are joined because of an open bracket. */
  private static final int MAX_BRACKET_LINES = 4;
  /** A numbered line without a sentence end this long is wrapped, not a heading. */
  private static final int WRAPPED_NUMBERED_LINE = 34;
  private static final String TERMINAL = "。！？!?；;：:”’」』）)】〕…";

  private Paragraphs() {}

  /** The paragraphs of {@code text}, leaving out lines that {@code skip} covers. */
  static List<Span> of(String text, List<Span> skip, StructureWords words) {
    List<Span> paragraphs = new ArrayList<>();
    int n = text.length();
    int skipIndex = 0;
    int start = -1;
    int end = -1;
    int lastLineStart = -1;
    int depth = 0;
    int lines = 0;
    for (int pos = 0; pos <= n; ) {
      int eol = text.indexOf('\n', pos);
      int lineEnd = eol < 0 ? n : eol;
      int s = pos;
      while (s < lineEnd && isSpace(text.charAt(s))) {
        s++;
      }
      int e = lineEnd;
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      while (skipIndex < skip.size() && skip.get(skipIndex).end() <= pos) {
        skipIndex++;
      }
      boolean skipped = skipIndex < skip.size() && skip.get(skipIndex).start() < lineEnd;
      if (s == e || skipped) {
        if (start >= 0) {
          paragraphs.add(new Span(start, end));
          start = -1;
        }
      } else if (start >= 0 && joins(text, start, lastLineStart, end, s, e, depth, lines, words)) {
        end = e;
        lastLineStart = s;
        depth = depth(text, s, e, depth);
        lines++;
      } else {
        if (start >= 0) {
          paragraphs.add(new Span(start, end));
        }
        start = s;
        end = e;
        lastLineStart = s;
        depth = depth(text, s, e, 0);
        lines = 1;
      }
      if (eol < 0) {
        break;
      }
      pos = eol + 1;
    }
    if (start >= 0) {
      paragraphs.add(new Span(start, end));
    }
    return paragraphs;
  }

  private static boolean joins(String text, int start, int lastLineStart, int end, int s, int e,
      int depth, int lines, StructureWords words) {
    if (Numbering.at(text, s, e).isPresent() || text.startsWith("—", s)) {
      return false;
    }
    if (depth > 0 && lines < MAX_BRACKET_LINES) {
      return true;
    }
    if (words.labelColon.matcher(text).region(s, e).lookingAt()) {
      return false;
    }
    if (end - lastLineStart < WRAPPED_LINE || TERMINAL.indexOf(text.charAt(end - 1)) >= 0) {
      return false;
    }
    // a numbered line without a sentence in it is a heading, not a wrapped line
    if (lines == 1 && Numbering.at(text, start, end).isPresent()) {
      for (int i = start; i < end; i++) {
        if ("。；;！？".indexOf(text.charAt(i)) >= 0) {
          return true;
        }
      }
      return end - start >= WRAPPED_NUMBERED_LINE;
    }
    return true;
  }

  private static int depth(String text, int s, int e, int depth) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Brackets.isOpen(c)) {
        depth++;
      } else if (Brackets.isClose(c) && depth > 0) {
        depth--;
      }
    }
    return depth;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\u3000' || c == '\u00a0' || c == '\f'
        || c == '\u2002' || c == '\u2003' || c == '\ufeff';
  }
}
