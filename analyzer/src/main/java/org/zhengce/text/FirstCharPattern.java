package org.zhengce.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A pattern whose matches can only start at a few characters (上一篇, ……(省略, 您的位置…), searched by
 * trying it only where such a character stands instead of at every position, as {@link
 * Matcher#find()} would: large character classes of Chinese make that slow. Bounds are
 * transparent (lookbehinds see the text before a start) and not anchoring ({@code ^} is the start
 * of the text). Immutable and thread-safe.
 */
public final class FirstCharPattern {

  private final Pattern pattern;
  /** The characters a match can start with (a table: tested at every place of a text). */
  private final BitSet first;
  /**
   * Which pairs of characters a match can start with, learnt as texts show them (。 starts a
   * truncation notice only before a bracket or more dots): a pair looked up costs less than the
   * pattern tried. An open-addressing table of entries (the pair, a known bit, the answer), each
   * inserted once by compare-and-set, so threads share it without locks; when it is full, a pair
   * not in it is let through to the pattern. Null for a pattern that looks behind, which two
   * characters cannot judge.
   */
  private final AtomicLongArray pairs;
  private static final int PAIR_SLOTS = 1 << 14; // some 3,000 pairs fill the fullest over the 102 reports of ../shared
  private static final int PROBES = 8;

  public FirstCharPattern(Pattern pattern, IntPredicate first) {
    this(pattern, table(first));
  }

  private FirstCharPattern(Pattern pattern, BitSet first) {
    this.pattern = pattern;
    this.first = first;
    this.pairs = pattern.pattern().contains("(?<=") ? null : new AtomicLongArray(PAIR_SLOTS);
  }

  /**
   * Whether a match may start at {@code i}, judged by its first character and, when {@code
   * pairEnd} (the end of what the pattern may read) lies beyond the next, by the first two.
   */
  private boolean mayStartAt(String text, int i, int pairEnd) {
    char c = text.charAt(i);
    if (!first.get(c)) {
      return false;
    }
    if (pairs == null || i + 1 >= pairEnd) {
      return true;
    }
    long key = (long) c << 16 | text.charAt(i + 1);
    int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40);
    for (int probe = 0; probe < PROBES; probe++) {
      int at = (slot + probe) & (PAIR_SLOTS - 1);
      long entry = pairs.getAcquire(at);
      if (entry == 0) {
        boolean may = pairMayStart(text, i);
        if (pairs.compareAndSet(at, 0, key << 2 | 2 | (may ? 1 : 0))) {
          return may;
        }
        entry = pairs.getAcquire(at); // another thread filled the slot first
      }
      if (entry >>> 2 == key) {
        return (entry & 1) != 0;
      }
    }
    return true; // the table is full around this pair: the pattern itself is tried
  }

  /** Whether a match may start with the two characters at {@code i}, or more text could complete one. */
  private boolean pairMayStart(String text, int i) {
    Matcher m = matcher(text.substring(i, i + 2));
    return m.lookingAt() || m.hitEnd();
  }

  /** A pattern whose matches start with one of {@code firstChars}. */
  public static FirstCharPattern of(Pattern pattern, String firstChars) {
    return new FirstCharPattern(pattern, table(firstChars.chars()));
  }

  private static BitSet table(IntStream chars) {
    return chars.collect(BitSet::new, BitSet::set, BitSet::or);
  }

  /** The characters {@code first} accepts, in a plain loop (it runs at every start). */
  private static BitSet table(IntPredicate first) {
    BitSet table = new BitSet(Character.MAX_VALUE + 1);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (first.test(c)) {
        table.set(c);
      }
    }
    return table;
  }

  /** Whether a match starts somewhere in {@code text}. */
  public boolean find(String text) {
    Matcher m = matcher(text);
    for (int i = 0; i < text.length(); i++) {
      if (mayStartAt(text, i, text.length()) && m.region(i, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Every match in {@code text}, left to right, not overlapping. */
  public void forEach(String text, Consumer<MatchResult> action) {
    Matcher m = matcher(text);
    for (int i = 0; i < text.length(); i++) {
      if (mayStartAt(text, i, text.length()) && m.region(i, text.length()).lookingAt()) {
        action.accept(m.toMatchResult());
        i = Math.max(i, m.end() - 1);
      }
    }
  }

  /**
   * Whether a match lies in {@code [from, to)}: what {@code pattern.matcher(text).region(from,
   * to).find()} answers, for a pattern that neither looks behind nor anchors at a start ({@code ^}).
   */
  public boolean find(String text, int from, int to) {
    return firstStart(text, from, to) >= 0;
  }

  /** Where the first match in {@code [from, to)} starts, or -1 (as {@link #find(String, int, int)}). */
  public int firstStart(String text, int from, int to) {
    Matcher m = pattern.matcher(text);
    for (int i = from; i < to; i++) {
      if (mayStartAt(text, i, to) && m.region(i, to).lookingAt()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Every match in {@code [from, to)}, left to right, not overlapping: the matches of {@code
   * pattern.matcher(text).region(from, to)}, for a pattern that neither looks behind nor anchors.
   */
  public void forEach(String text, int from, int to, Consumer<MatchResult> action) {
    Matcher m = pattern.matcher(text);
    for (int i = from; i < to; i++) {
      if (mayStartAt(text, i, to) && m.region(i, to).lookingAt()) {
        action.accept(m.toMatchResult());
        i = Math.max(i, m.end() - 1);
      }
    }
  }

  /** Every match in {@code [from, to)}, as {@link #forEach(String, int, int, Consumer)} finds them. */
  public List<MatchResult> matches(String text, int from, int to) {
    List<MatchResult> out = new ArrayList<>();
    forEach(text, from, to, out::add);
    return out;
  }

  /** Where the last match in {@code [from, to)} starts, or -1 (matches as {@link #forEach(String, int, int, Consumer)}). */
  public int lastStart(String text, int from, int to) {
    int[] last = {-1};
    forEach(text, from, to, r -> last[0] = r.start());
    return last[0];
  }

  /**
   * The characters of the Basic Multilingual Plane that a match can start with (after any of a few
   * characters, or at the start of a text) but that this pattern is never tried at: empty when its
   * first characters are complete. For tests; slow.
   */
  public String missedFirstChars() {
    StringBuilder missed = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (!first.get(c) && !Character.isSurrogate(c) && canStartWith(c)) {
        missed.append(c);
      }
    }
    return missed.toString();
  }

  private boolean canStartWith(char c) {
    for (String before : new String[] {"", "中", "a", "1", "\n", "）"}) {
      String text = before + c;
      Matcher m = matcher(text).region(before.length(), text.length());
      if (m.lookingAt() || m.hitEnd()) {
        return true;
      }
    }
    return false;
  }

  public Pattern pattern() {
    return pattern;
  }

  private Matcher matcher(String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }
}
