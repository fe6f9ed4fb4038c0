package org.zhengce.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits normalized text into sentences (at 。！？；, their half-width forms and line breaks) and
 * sentences into clauses (at commas, colons and dashes), never inside quotation marks, book
 * titles or parentheses. A clause that opens with an enumeration marker (一是, 第二, (三), 1., 一、)
 * records the marker's length. Immutable and thread-safe.
 */
public final class ClauseSplitter {

  private static final String SENTENCE_ENDS = "。！？；!?;\n";
  private static final String CLAUSE_ENDS = "，,：:";
  private static final String OPENERS = "“‘《(（【[";
  private static final String CLOSERS = "”’》)）】]";

  /** The ASCII characters that matter here; anything else below 0x80 is skipped at once. */
  private static final java.util.BitSet ASCII_MARKS =
      (SENTENCE_ENDS + CLAUSE_ENDS + OPENERS + CLOSERS + "\"").chars().filter(ch -> ch < 0x80)
          .collect(java.util.BitSet::new, java.util.BitSet::set, java.util.BitSet::or);

  /** Enumeration markers at the start of a clause. */
  private static final Pattern MARKER = Pattern.compile(
      "^\\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十百零\\d]+条\\s*|第[一二三四五六七八九十]+[,，、]?|[(（][一二三四五六七八九十\\d]+[)）]"
          + "|[一二三四五六七八九十]+、|\\d{1,2}[.、](?!\\d)|其[一二三四五六七八九十][,，、]?)\\s*");

  public List<Clause> split(String text) {
    List<Clause> clauses = new ArrayList<>();
    int sentence = 0;
    int clauseStart = 0;
    int depth = 0;
    boolean straightQuote = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c < 0x80 ? !ASCII_MARKS.get(c) : (c < 0x2000 || (c > 0x3011 && c < 0xFF01))) {
        continue; // letters, digits and Chinese characters: nothing to do
      }
      if (c == '"') {
        straightQuote = !straightQuote;
        continue;
      }
      if (OPENERS.indexOf(c) >= 0) {
        depth++;
        continue;
      }
      if (CLOSERS.indexOf(c) >= 0) {
        depth = Math.max(0, depth - 1);
        continue;
      }
      boolean sentenceEnd = SENTENCE_ENDS.indexOf(c) >= 0;
      if (c == '\n') { // a line break ends everything, even an unbalanced quotation
        depth = 0;
        straightQuote = false;
      }
      boolean inside = depth > 0 || straightQuote;
      boolean clauseEnd = !inside && (CLAUSE_ENDS.indexOf(c) >= 0 || dash(text, i));
      if ((sentenceEnd && (!inside || c == '\n')) || clauseEnd) {
        add(text, clauseStart, i, sentence, clauses);
        clauseStart = i + 1;
        if (sentenceEnd) {
          sentence++;
        }
      }
    }
    return clauses;
  }

  /**
   * Where a clause's own words start when it opens with a bracket right after the end of the
   * sentence before it on the same line: that bracket closes the sentence before
   * (…理解掌握。（合肥海关负责）巩固纺织…: an attribution), it is not part of this clause.
   */
  private static int afterClosingBracket(String text, int start, int end) {
    if (start >= end || (text.charAt(start) != '（' && text.charAt(start) != '(')) {
      return start;
    }
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before)) && text.charAt(before) != '\n') {
      before--;
    }
    if (before < 0 || "。！？；!?;".indexOf(text.charAt(before)) < 0) {
      return start;
    }
    int depth = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && --depth == 0) {
        int body = i + 1;
        while (body < end && Character.isWhitespace(text.charAt(body))) {
          body++;
        }
        return body < end ? body : start;
      }
    }
    return start;
  }

  private static boolean dash(String text, int i) {
    return i + 1 < text.length() && text.charAt(i) == '—' && text.charAt(i + 1) == '—';
  }

  private static void add(String text, int start, int end, int sentence, List<Clause> out) {
    while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '—')) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    start = afterClosingBracket(text, start, end);
    if (end <= start) {
      return;
    }
    Matcher m = MARKER.matcher(text).region(start, end);
    int marker = m.lookingAt() ? m.end() - start : 0;
    out.add(new Clause(start, end, sentence, marker));
  }
}
