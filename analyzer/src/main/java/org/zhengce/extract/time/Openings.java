package org.zhengce.extract.time;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a match of a pattern may open with the next few characters of a text: the pattern
 * tried on three characters alone, then on four if it ran out of the three, matches or runs out
 * of them before it fails. What two characters cannot tell, three or four can: 2020年 opens no
 * time of day and no century, 20个 no year. The answer depends only on the kinds of the
 * characters ({@link Pairs#kinds}: characters the pattern cannot tell apart) and is remembered by
 * them in a {@link Cache} that the openings of several patterns share; a pattern the kinds do
 * not describe gets no openings (null). Thread-safe.
 */
final class Openings {

  private static final int KIND_BITS = 10;
  private static final int NUMBER_BITS = 6;

  /** Where each kind of characters starts; a kind's first character stands for it. */
  private final int[] kinds;
  /** Per kind of the cache's patterns together, the kind of this pattern it lies in. */
  private final short[] kindOfShared;
  /** This pattern's number in the cache, and the cache. */
  private final long number;
  private final Cache cache;
  /** A matcher for the tries, reused under this object's lock (they are few: the cache misses). */
  private final Matcher tries;

  private Openings(Pattern pattern, int[] kinds, int number, Cache cache) {
    this.kinds = kinds;
    this.number = number;
    this.cache = cache;
    this.tries = pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
    this.kindOfShared = new short[cache.starts.length];
    for (int g = 0; g < cache.starts.length; g++) {
      int at = Arrays.binarySearch(kinds, cache.starts[g]);
      kindOfShared[g] = (short) (at >= 0 ? at : -at - 2);
    }
  }

  /**
   * The openings of {@code pattern}, whose {@link Pairs#kinds} are {@code kinds}, number {@code
   * number} of {@code cache}; null if none.
   */
  static Openings of(Pattern pattern, int[] kinds, int number, Cache cache) {
    if (number >= 1 << NUMBER_BITS) {
      throw new IllegalArgumentException("a cache serves at most 64 patterns");
    }
    return kinds == null || kinds.length > 1 << KIND_BITS ? null
        : new Openings(pattern, kinds, number, cache);
  }

  /** Whether a match may start at {@code i} of {@code s}, by the three or four characters from there. */
  boolean mayOpen(String s, int i) {
    if (i + 3 > s.length()) {
      return true;
    }
    long three = number;
    for (int d = 0; d < 3; d++) {
      three = three << KIND_BITS | kind(s.charAt(i + d));
    }
    int answer = cache.answer(three, this, 3);
    if (answer != MORE || i + 4 > s.length()) {
      return answer != NO;
    }
    return cache.answer(three << KIND_BITS | kind(s.charAt(i + 3)), this, 4) != NO;
  }

  /** Answers: no match opens with the characters, one does whatever follows, or it takes more. */
  static final int NO = 0;
  static final int YES = 1;
  static final int MORE = 2;

  private int kind(char c) {
    return kindOfShared[cache.kindOf[c]];
  }

  /** The pattern tried on one character of each kind of an opening of {@code length}. */
  private synchronized int test(long opening, int length) {
    char[] text = new char[length];
    for (int d = length - 1; d >= 0; d--, opening >>>= KIND_BITS) {
      text[d] = (char) kinds[(int) (opening & ((1 << KIND_BITS) - 1))];
    }
    Matcher m = tries.reset(new String(text));
    boolean matches = m.lookingAt() && m.end() > 0;
    return m.hitEnd() ? MORE : matches ? YES : NO;
  }

  /**
   * The answers given, by opening (the pattern's number and the kinds of its characters), in a
   * table of longs with four slots per opening: an opening that finds them taken replaces one. Thread-safe:
   * each slot is read and written whole, and holds an answer that never changes.
   */
  static final class Cache {
    private static final int BITS = 17;
    private static final int WAYS = 4;
    private final AtomicLongArray slots = new AtomicLongArray(1 << BITS);
    /** The kinds of characters of all the patterns together: where each starts, and per character its kind. */
    private final int[] starts;
    private final char[] kindOf = new char[Character.MAX_VALUE + 1];

    /** A cache for openings of patterns with these {@link Pairs#kinds} (null for a pattern that has none). */
    Cache(List<int[]> patternKinds) {
      BitSet all = new BitSet(Character.MAX_VALUE + 2);
      all.set(0);
      for (int[] kinds : patternKinds) {
        if (kinds != null) {
          for (int k : kinds) {
            all.set(k);
          }
        }
      }
      this.starts = all.stream().toArray();
      for (int g = 0; g < starts.length; g++) {
        int end = g + 1 < starts.length ? starts[g + 1] : Character.MAX_VALUE + 1;
        Arrays.fill(kindOf, starts[g], end, (char) g);
      }
    }

    int answer(long opening, Openings openings, int length) {
      long key = opening << 1 | (length - 3); // openings of three and four characters apart
      long hash = key * 0x9E3779B97F4A7C15L;
      int set = (int) (hash >>> (64 - BITS)) & -WAYS;
      int free = -1;
      for (int w = 0; w < WAYS; w++) {
        long entry = slots.getOpaque(set + w);
        if (entry >>> 3 == key && (entry & 4) != 0) {
          return (int) (entry & 3);
        }
        free = entry == 0 && free < 0 ? w : free;
      }
      int answer = openings.test(opening, length);
      int way = free >= 0 ? free : (int) (hash >>> 8) & (WAYS - 1);
      slots.setOpaque(set + way, key << 3 | 4 | answer);
      return answer;
    }
  }
}
