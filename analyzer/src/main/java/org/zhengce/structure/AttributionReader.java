package org.zhengce.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.zhengce.text.Span;

/**
 * Reads attributions: in brackets ({@code （牵头单位：A；配合单位：B、C）}, {@code （A牵头，B、C配合）},
 * {@code 〔责任单位：A〕}) anywhere in a paragraph, and on a line of their own
 * ({@code 责任处室：执法处}, {@code 责任部门：自然处，完成期限：12月底}). A bracket counts only when
 * all of it reads as attributions. Labels come from {@link StructureWords}. Stateless.
 */
final class AttributionReader {

  /** An attribution found: its span, label and value, and the bracket or line it stands in. */
  record Found(Span span, AttributionLabel label, Span value, Span bracket) {}

  private static final String SEPARATORS = "；;，,";
  /** Longer brackets are prose, not attributions. */
  private static final int MAX_BRACKET = 300;
  /** Longer units before a verb are a clause, not a unit list. */
  private static final int MAX_VERB_UNITS = 160;

  private final StructureWords words;

  AttributionReader(StructureWords words) {
    this.words = words;
  }

  /** The attributions in brackets within {@code paragraph}, in order. */
  List<Found> inBrackets(String text, Span paragraph) {
    List<Found> found = new ArrayList<>();
    int[] stack = new int[16];
    int depth = 0;
    for (int i = paragraph.start(); i < paragraph.end(); i++) {
      char c = text.charAt(i);
      if (Brackets.isOpen(c)) {
        if (depth < stack.length) {
          stack[depth] = i;
        }
        depth++;
      } else if (Brackets.isClose(c) && depth > 0) {
        depth--;
        if (depth == 0 && i - stack[0] <= MAX_BRACKET) {
          found.addAll(read(text, stack[0] + 1, i, false, new Span(stack[0], i + 1)));
        }
      }
    }
    return found;
  }

  /** The attributions of a paragraph that opens with a label and a colon, else none. */
  List<Found> ownLine(String text, Span paragraph) {
    if (!words.labelColon.matcher(text).region(paragraph.start(), paragraph.end()).lookingAt()) {
      return List.of();
    }
    return read(text, paragraph.start(), paragraph.end(), true, paragraph);
  }

  /** Whether a paragraph is one bracket of attributions and nothing else. */
  boolean isBracketOnly(String text, Span paragraph, List<Found> found) {
    if (found.isEmpty() || !Brackets.isOpen(text.charAt(paragraph.start()))) {
      return false;
    }
    int last = paragraph.end() - 1;
    while (last > paragraph.start() && "。；;".indexOf(text.charAt(last)) >= 0) {
      last--;
    }
    return Brackets.isClose(text.charAt(last)) && found.get(found.size() - 1).span().end() >= last
        - 1 && closeOf(text, paragraph.start(), last) == last; // not （二）构建…。（责任单位：…）
  }

  /** Where the bracket opened at {@code open} closes, or -1 before {@code limit}. */
  private static int closeOf(String text, int open, int limit) {
    int depth = 0;
    for (int i = open; i <= limit; i++) {
      if (Brackets.isOpen(text.charAt(i))) {
        depth++;
      } else if (Brackets.isClose(text.charAt(i)) && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Reads {@code [from, to)} as segments of attributions; none unless all of it reads. */
  private List<Found> read(String text, int from, int to, boolean ownLine, Span bracket) {
    List<Found> found = new ArrayList<>();
    List<Span> sharing = new ArrayList<>(); // 各省辖市政府…，省发展改革委、工业和信息化厅负责: one verb for both
    boolean labeled = false;
    int segStart = from;
    int nested = 0;
    for (int i = from; i <= to; i++) {
      char c = i < to ? text.charAt(i) : ';';
      if (Brackets.isOpen(c)) {
        nested++;
      } else if (Brackets.isClose(c) && nested > 0) {
        nested--;
      }
      // a sentence end in a bracket closes its list: what follows is a note (以下均需…落实，不再一一列出)
      boolean note = !ownLine && c == '。' && nested == 0 && !found.isEmpty();
      if (nested > 0 || SEPARATORS.indexOf(c) < 0 && i < to && !note) {
        continue;
      }
      if (note) {
        to = i;
      }
      int s = trimStart(text, segStart, i);
      int e = trimEnd(text, s, i);
      segStart = i + 1;
      if (s == e) {
        continue;
      }
      Matcher label = words.labelColon.matcher(text).region(s, e);
      Matcher verb = words.unitsVerb.matcher(text).region(s, e);
      if (label.lookingAt()) {
        labeled = true;
        int v = label.end();
        found.add(new Found(new Span(s, e), words.label(label.group(1)), new Span(v, e), bracket));
      } else if (!ownLine && verb.matches() && verb.end(1) - verb.start(1) <= MAX_VERB_UNITS
          && noStop(text, s, e)) {
        AttributionLabel l = words.verbs.get(verb.group(2));
        if (found.isEmpty() && l != AttributionLabel.LEAD && l != AttributionLabel.RESPONSIBLE) {
          return List.of();
        }
        for (Span units : sharing) {
          found.add(new Found(units, l, units, bracket));
        }
        sharing.clear();
        found.add(new Found(new Span(s, e), l, new Span(verb.start(1), verb.end(1)), bracket));
      } else if (!found.isEmpty() && labeled) {
        Found last = found.remove(found.size() - 1);
        found.add(new Found(new Span(last.span().start(), e), last.label(),
            new Span(last.value().start(), e), bracket));
      } else if (!ownLine && namesUnits(text, s, e)) {
        sharing.add(new Span(s, e));
      } else {
        return List.of();
      }
    }
    if (!sharing.isEmpty()) {
      return List.of(); // units without the verb that gives them a role: prose, not an attribution
    }
    found.removeIf(f -> f.value().isEmpty());
    return found;
  }

  /** Whether {@code [s, e)} is a list of bodies only (each 、-piece ends like a body's name). */
  private static boolean namesUnits(String text, int s, int e) {
    int piece = s;
    for (int i = s; i <= e; i++) {
      if (i == e || text.charAt(i) == '、') {
        int end = i;
        while (end > piece && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        if (end - piece < 2 || end - piece > MAX_UNIT || BODY_ENDS.indexOf(text.charAt(end - 1)) < 0) {
          return false;
        }
        piece = i + 1;
      }
    }
    return true;
  }

  /** How the name of a body ends: 府, 委, 局, 厅 … 中心, 单位, 部门. */
  private static final String BODY_ENDS = "府委局厅办部会院处室心行司团队站所社馆组位门构关";
  /** No unit's name is longer. */
  private static final int MAX_UNIT = 30;

  private static boolean noStop(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if ("。！？：:".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static int trimStart(String text, int s, int e) {
    while (s < e && (Paragraphs.isSpace(text.charAt(s)) || text.charAt(s) == '\n')) {
      s++;
    }
    return s;
  }

  private static int trimEnd(String text, int s, int e) {
    while (e > s && (Paragraphs.isSpace(text.charAt(e - 1)) || "\n。；;，,、".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e;
  }
}
