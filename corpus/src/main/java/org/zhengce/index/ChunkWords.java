package org.zhengce.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The words of one unspaced chunk of a query as the index holds them: each word with its offsets
 * and position (a function word left out leaves a gap, as in the index), and for a compound
 * (两高项目, 中央生态环境保护督察) the shorter words that tile it as documents write them apart
 * (两高 项目; 中央 生态环境保护督察), and where words and inner words start and end. Read with the
 * indexing analyzer, whose compounds carry their inner words. Immutable.
 */
record ChunkWords(String text, List<Word> words, java.util.Set<Integer> boundaries) {

  /** The part of speech of a number with its unit, as the segmenter tags it. */
  private static final String QUANTITY = "mq";

  /**
   * A word; {@code tiling} holds its parts when it is a compound, each "" a left-out word; {@code
   * quantity} when it is a number with its unit (1100万, 6.5%).
   */
  record Word(String term, int start, int end, int position, List<String> tiling, boolean quantity) {}

  /** The words of {@code text}: compounds with their inner words from {@code indexing}, gaps tiled by {@code words}. */
  static ChunkWords of(String text, Analyzer indexing, Analyzer words) {
    List<String> terms = new ArrayList<>();
    List<int[]> spans = new ArrayList<>(); // start, end, position, 1 when inner, 1 when a quantity
    int position = -1;
    try (TokenStream ts = indexing.tokenStream(IndexFields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        boolean inner = inc.getPositionIncrement() == 0 && !spans.isEmpty();
        position += Math.max(inner ? 0 : 1, inc.getPositionIncrement());
        terms.add(term.toString());
        spans.add(new int[] {offset.startOffset(), offset.endOffset(), position, inner ? 1 : 0,
            QUANTITY.equals(type.type()) && hasDigit(term) ? 1 : 0});
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
    List<Word> out = new ArrayList<>();
    java.util.Set<Integer> boundaries = new java.util.HashSet<>(List.of(0, text.length()));
    for (int i = 0; i < terms.size(); i++) {
      int[] s = spans.get(i);
      boundaries.add(s[0]);
      boundaries.add(s[1]);
      if (s[3] == 1) {
        continue;
      }
      List<int[]> inner = new ArrayList<>();
      List<String> innerTerms = new ArrayList<>();
      for (int j = i + 1; j < terms.size() && spans.get(j)[3] == 1; j++) {
        inner.add(spans.get(j));
        innerTerms.add(terms.get(j));
      }
      out.add(new Word(terms.get(i), s[0], s[1], s[2], tiling(text, s[0], s[1], inner, innerTerms, words), s[4] == 1));
    }
    return new ChunkWords(text, List.copyOf(out), java.util.Set.copyOf(boundaries));
  }

  /**
   * The words with each run of two or more single Han characters read as one word (双 创 → 双创,
   * 清 四 乱 → 清四乱): what the segmenter split in a short query it may keep whole in a document's
   * sentence. Null when there is no such run.
   */
  ChunkWords joiningSingleCharacters() {
    List<Word> out = new ArrayList<>();
    boolean joined = false;
    int shift = 0;
    for (int i = 0; i < words.size(); ) {
      int j = i;
      while (j < words.size() && isSingleHan(words.get(j)) && (j == i || words.get(j).position() == words.get(j - 1).position() + 1)) {
        j++;
      }
      if (j - i >= 2) {
        List<Word> run = words.subList(i, j);
        String term = run.stream().map(Word::term).reduce("", String::concat);
        out.add(new Word(term, run.get(0).start(), run.get(run.size() - 1).end(), run.get(0).position() - shift,
            List.of(), false)); // the characters apart are the words as written
        shift += j - i - 1;
        joined = true;
        i = j;
      } else {
        Word w = words.get(i);
        out.add(new Word(w.term(), w.start(), w.end(), w.position() - shift, w.tiling(), w.quantity()));
        i++;
      }
    }
    return joined ? new ChunkWords(text, List.copyOf(out), boundaries) : null;
  }

  /**
   * The words without their parts: for a form of the abbreviation table, which says how documents
   * write it, so that its compounds need not be looked for written apart as well.
   */
  ChunkWords whole() {
    return new ChunkWords(text, words.stream()
        .map(w -> new Word(w.term(), w.start(), w.end(), w.position(), List.of(), w.quantity())).toList(), boundaries);
  }

  /** Whether the words hold every letter and digit of the text (no function word was left out). */
  boolean holdsEveryCharacter() {
    int held = 0;
    for (Word w : words) {
      held += (int) text.substring(w.start(), w.end()).codePoints().filter(Character::isLetterOrDigit).count();
    }
    return held >= text.codePoints().filter(Character::isLetterOrDigit).count();
  }

  /** Whether a number word has a digit (1100万, 三成); 第 and 个 are tagged as numbers too. */
  private static boolean hasDigit(CharSequence term) {
    return term.chars().anyMatch(c -> Character.isDigit(c) || NUMERALS.indexOf(c) >= 0);
  }

  private static final String NUMERALS = "〇零一二两三四五六七八九十百千万亿";

  private static boolean isSingleHan(Word w) {
    return w.term().length() == 1 && Character.UnicodeScript.of(w.term().charAt(0)) == Character.UnicodeScript.HAN;
  }

  /** Whether a word or an inner word starts or ends at {@code offset} (or the text does). */
  boolean isBoundary(int offset) {
    return boundaries.contains(offset);
  }

  /**
   * The parts of a compound, left to right, the longest inner word at each place; what no inner
   * word covers is read by {@code words}. Empty when the word has no inner words.
   */
  private static List<String> tiling(String text, int start, int end, List<int[]> inner, List<String> terms,
      Analyzer words) {
    if (inner.isEmpty()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    int at = start;
    while (at < end) {
      int best = -1;
      int next = end;
      for (int k = 0; k < inner.size(); k++) {
        int[] s = inner.get(k);
        if (s[0] == at && s[1] <= end && (best < 0 || s[1] > inner.get(best)[1])) {
          best = k;
        } else if (s[0] > at && s[0] < next) {
          next = s[0];
        }
      }
      if (best >= 0) {
        parts.add(terms.get(best));
        at = inner.get(best)[1];
      } else {
        parts.addAll(plainWords(text.substring(at, next), words));
        at = next;
      }
    }
    return parts.size() > 1 ? List.copyOf(parts) : List.of();
  }

  /** The words of a piece of text, "" for each left-out word between them. */
  static List<String> plainWords(String piece, Analyzer words) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = words.tokenStream(IndexFields.BODY, piece)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        for (int gap = 1; gap < inc.getPositionIncrement() && !out.isEmpty(); gap++) {
          out.add("");
        }
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
