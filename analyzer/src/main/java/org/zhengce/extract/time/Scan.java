package org.zhengce.extract.time;

import java.util.BitSet;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with what a match can start with, so that it is tried at few positions: the first
 * characters it accepts (of the given candidates, tried once when the scan is made), the
 * characters of numbers after which it cannot start (its look-behind refuses a match inside a
 * number: tried once too), and which second characters can follow a first one ({@link Pairs}).
 * {@link Starts} finds the places of a text where each scan may start. Immutable.
 */
final class Scan {

  /**
   * The characters of numbers, after which many patterns cannot start (their look-behind refuses
   * a match inside a number).
   */
  static final String NUMBER_CHARS = "0123456789.〇零一二三四五六七八九十百千万两几第每";

  private final Pattern pattern;
  private final BitSet first;
  private final BitSet notAfter;
  /** Which second characters may follow a first one; null: any may. */
  private final Pairs pairs;

  /** What a scan computes of its pattern: the same tables whether read from {@link ScanTables} or computed. */
  record Tables(BitSet first, BitSet notAfter, Pairs pairs) {}

  /** The key of the scan in {@link ScanTables}: its pattern, flags and candidates (null: by kinds). */
  private final String key;
  private final String candidates;

  private Scan(Pattern pattern, String candidates, String key, Tables tables) {
    this.pattern = pattern;
    this.candidates = candidates;
    this.key = key;
    this.first = tables.first();
    this.notAfter = tables.notAfter();
    this.pairs = tables.pairs();
  }

  /** A scan of {@code pattern}, which can start only with some of the {@code candidates}. */
  static Scan of(Pattern pattern, String candidates) {
    return of(pattern, Objects.requireNonNull(candidates), ScanTables.standard());
  }

  /**
   * A scan of {@code pattern} with all the characters it can start with, found by their kinds
   * ({@link Pairs#kinds}); one that can start with any when the kinds do not describe it.
   */
  static Scan of(Pattern pattern) {
    return of(pattern, null, ScanTables.standard());
  }

  /** The scan with its tables read from {@code stored}, or computed when it holds none for it. */
  private static Scan of(Pattern pattern, String candidates, ScanTables stored) {
    String key = ScanTables.key(pattern, candidates);
    Tables tables = stored.find(key);
    return new Scan(pattern, candidates, key, tables != null ? tables : compute(pattern, candidates));
  }

  /** The same scan with its tables computed anew (for {@link ScanTables} to store). */
  Scan computed() {
    return new Scan(pattern, candidates, key, compute(pattern, candidates));
  }

  String key() {
    return key;
  }

  Tables tables() {
    return new Tables(first(), (BitSet) notAfter.clone(), pairs);
  }

  /** The tables of a scan, computed by trying the pattern on one or two characters. */
  private static Tables compute(Pattern pattern, String candidates) {
    return candidates != null ? byCandidates(pattern, candidates) : byKinds(pattern);
  }

  private static Tables byCandidates(Pattern pattern, String candidates) {
    BitSet first = new BitSet();
    candidates.chars().forEach(c -> {
      if (startsWith(pattern, String.valueOf((char) c), 0)) {
        first.set(c);
      }
    });
    return new Tables(first, notAfter(pattern, first), Pairs.of(pattern, first));
  }

  private static Tables byKinds(Pattern pattern) {
    int[] kinds = Pairs.kinds(pattern);
    BitSet first = new BitSet();
    if (kinds == null) {
      first.set(0, Character.MAX_VALUE + 1);
      return new Tables(first, new BitSet(), Pairs.of(pattern, first));
    }
    BitSet representatives = new BitSet();
    for (int t = 0; t < kinds.length; t++) {
      if (startsWith(pattern, String.valueOf((char) kinds[t]), 0)) {
        first.set(kinds[t], t + 1 < kinds.length ? kinds[t + 1] : Character.MAX_VALUE + 1);
        representatives.set(kinds[t]);
      }
    }
    return new Tables(first, notAfter(pattern, representatives), Pairs.of(pattern, first));
  }

  /** The characters of numbers after which none of the {@code first} characters can start a match. */
  private static BitSet notAfter(Pattern pattern, BitSet first) {
    BitSet notAfter = new BitSet();
    for (char before : NUMBER_CHARS.toCharArray()) {
      if (first.stream().noneMatch(c -> startsWith(pattern, new String(new char[] {before, (char) c}), 1))) {
        notAfter.set(before);
      }
    }
    return notAfter;
  }

  Pattern pattern() {
    return pattern;
  }

  /** The characters a match can start with. */
  BitSet first() {
    return (BitSet) first.clone();
  }

  boolean startsWith(char c) {
    return first.get(c);
  }

  /** Whether a match may start at {@code i} of {@code s}, by its first two characters and the one before. */
  boolean mayStart(String s, int i) {
    return first.get(s.charAt(i)) && !(i > 0 && cannotFollow(s.charAt(i - 1)))
        && (i + 1 >= s.length() || mayFollow(s.charAt(i), s.charAt(i + 1)));
  }

  /** Whether a match cannot start after {@code before} (a character of a number). */
  boolean cannotFollow(char before) {
    return notAfter.get(before);
  }

  /** Whether a match may start with {@code c}, one of its first characters, then {@code next}. */
  boolean mayFollow(char c, char next) {
    return pairs == null || pairs.mayFollow(c, next);
  }

  /**
   * The second characters where {@link #mayFollow} changes its answer for a first character
   * {@code c}, from "no" before the first of them.
   */
  int[] flips(char c) {
    return pairs == null ? new int[] {0} : pairs.flips(c);
  }

  /**
   * Whether a match may start at {@code at} of the short {@code text}: it matches there, or runs
   * out of text before it fails (more text could complete it).
   */
  private static boolean startsWith(Pattern pattern, String text, int at) {
    Matcher m = pattern.matcher(text).region(at, text.length())
        .useTransparentBounds(true).useAnchoringBounds(false);
    return m.lookingAt() && m.end() > at || m.hitEnd();
  }
}
