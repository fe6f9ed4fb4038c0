package org.zhengce.extract.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * Where the {@link Scan}s of an {@link Index} may start in one text, found in one pass over it
 * for all of them: each character is looked up once, and the character after it and the one
 * before it pick the scans that may start there ({@link Scan#mayStart} for all of them at once).
 * Then each scan's pattern is tried at its own places only. Not thread-safe: one per text.
 */
final class Starts {

  private final Index index;
  private final String s;
  private final int[][] positions;
  private final int[] counts;

  private Starts(Index index, String s) {
    this.index = index;
    this.s = s;
    this.positions = new int[index.scans.size()][];
    this.counts = new int[index.scans.size()];
    find();
  }

  /** The text the positions are of. */
  String text() {
    return s;
  }

  private void find() {
    char[] kindOf = index.kindOf;
    Kind[] kinds = index.kinds;
    char[] secondKind = index.secondKind;
    char[] text = s.toCharArray();
    int n = text.length;
    long[] first = index.first;
    for (int i = 0; i < n; i++) {
      char c = text[i];
      if ((first[c >>> 6] & 1L << c) == 0) {
        continue; // most characters start no scan
      }
      Kind kind = kinds[kindOf[c]];
      long scans = i + 1 < n ? kind.masks[secondKind[text[i + 1]]] : kind.starts;
      if (scans != 0 && i > 0) {
        scans &= ~kinds[kindOf[text[i - 1]]].blocks;
      }
      for (; scans != 0; scans &= scans - 1) {
        add(Long.numberOfTrailingZeros(scans), i);
      }
    }
  }

  private void add(int k, int i) {
    int[] at = positions[k];
    if (at == null) {
      at = positions[k] = new int[16];
    } else if (counts[k] == at.length) {
      at = positions[k] = Arrays.copyOf(at, at.length * 2);
    }
    at[counts[k]++] = i;
  }

  /** The positions where {@code scan} may start, in order; for a scan not indexed, all tested. */
  int[] of(Scan scan) {
    Integer k = index.numbers.get(scan);
    if (k != null) {
      return positions[k] == null ? new int[0] : Arrays.copyOf(positions[k], counts[k]);
    }
    int[] at = new int[16];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (scan.mayStart(s, i)) {
        if (n == at.length) {
          at = Arrays.copyOf(at, n * 2);
        }
        at[n++] = i;
      }
    }
    return Arrays.copyOf(at, n);
  }

  /**
   * Whether a match of {@code scan} may start at a place where the scan may start, by the
   * {@link Openings} of its pattern: the last test before the pattern runs.
   */
  IntPredicate mayOpen(Scan scan) {
    Integer k = index.numbers.get(scan);
    Openings openings = k == null ? null : index.openings[k];
    return openings == null ? i -> true : i -> openings.mayOpen(s, i);
  }

  /**
   * The matches of a scan's pattern that start where the scan may start, left to right and not
   * overlapping, like {@link Matcher#find()} but without trying every position of the text.
   */
  List<MatchResult> matches(Scan scan) {
    List<MatchResult> out = new ArrayList<>();
    IntPredicate mayOpen = mayOpen(scan);
    Matcher m = null;
    int next = 0;
    for (int i : of(scan)) {
      if (i < next || !mayOpen.test(i)) {
        continue;
      }
      if (m == null) {
        m = scan.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
      }
      if (m.region(i, s.length()).lookingAt() && m.end() > i) {
        out.add(m.toMatchResult());
        next = m.end();
      }
    }
    return out;
  }

  /**
   * What a character does to the scans of an index (as bits by scan number): the scans it can
   * start ({@code starts}), those of them that may start with it and a second character (one mask
   * per kind of second characters, see {@link Index#secondKind}), and the scans that cannot start
   * right after it ({@code blocks}).
   */
  private record Kind(long starts, long[] masks, long blocks) {}

  /** Scans to find together, at most 64, with what each character does to them. Immutable. */
  static final class Index {
    private final List<Scan> scans;
    private final Map<Scan, Integer> numbers = new IdentityHashMap<>();
    /** Per character, its place in {@link #kinds}; 0: it neither starts nor blocks a scan. */
    private final char[] kindOf = new char[Character.MAX_VALUE + 1];
    private final Kind[] kinds;
    /** The characters that start a scan, as bits (a small table, read for every character). */
    private final long[] first = new long[(Character.MAX_VALUE + 1) / 64];
    /**
     * Per character, its kind as a second character: characters of one kind follow the same
     * first characters in all the scans' {@link Scan#flips}.
     */
    private final char[] secondKind = new char[Character.MAX_VALUE + 1];
    /** Per kind of second characters, its first character. */
    private final int[] seconds;
    /** Per scan, the openings of its pattern (null: none), all in one cache. */
    private final Openings[] openings;

    Index(List<Scan> scans) {
      if (scans.size() > 64) {
        throw new IllegalArgumentException("an index holds at most 64 scans");
      }
      this.scans = List.copyOf(scans);
      List<int[]> patternKinds = new ArrayList<>(scans.size()); // each pattern's kinds, found once
      scans.forEach(scan -> patternKinds.add(Pairs.kinds(scan.pattern())));
      Openings.Cache cache = new Openings.Cache(patternKinds);
      this.openings = new Openings[scans.size()];
      for (int k = 0; k < scans.size(); k++) {
        numbers.put(scans.get(k), k);
        openings[k] = Openings.of(scans.get(k).pattern(), patternKinds.get(k), k, cache);
      }
      BitSet relevant = new BitSet();
      scans.forEach(scan -> relevant.or(scan.first()));
      BitSet flips = new BitSet(Character.MAX_VALUE + 2);
      flips.set(0);
      for (Scan scan : scans) {
        BitSet first = scan.first();
        for (int c = first.nextSetBit(0); c >= 0; c = first.nextSetBit(c + 1)) {
          for (int f : scan.flips((char) c)) {
            flips.set(f);
          }
        }
      }
      this.seconds = flips.stream().toArray();
      for (int t = 0; t < seconds.length; t++) {
        int end = t + 1 < seconds.length ? seconds[t + 1] : Character.MAX_VALUE + 1;
        Arrays.fill(secondKind, seconds[t], end, (char) t);
      }
      Scan.NUMBER_CHARS.chars().forEach(relevant::set); // the only characters that block
      List<Kind> kinds = new ArrayList<>(List.of(new Kind(0, new long[seconds.length], 0)));
      for (int c = relevant.nextSetBit(0); c >= 0; c = relevant.nextSetBit(c + 1)) {
        Kind kind = kind((char) c);
        if (kind != null) {
          kindOf[c] = (char) kinds.size();
          kinds.add(kind);
          first[c >>> 6] |= kind.starts == 0 ? 0 : 1L << c;
        }
      }
      this.kinds = kinds.toArray(Kind[]::new);
    }

    /** What {@code c} does to the scans; null: nothing. */
    private Kind kind(char c) {
      long starts = 0;
      long blocks = 0;
      for (int k = 0; k < scans.size(); k++) {
        starts |= scans.get(k).startsWith(c) ? 1L << k : 0;
        blocks |= scans.get(k).cannotFollow(c) ? 1L << k : 0;
      }
      if (starts == 0 && blocks == 0) {
        return null;
      }
      long[] masks = new long[seconds.length];
      for (long rest = starts; rest != 0; rest &= rest - 1) {
        int k = Long.numberOfTrailingZeros(rest);
        // Scan.mayFollow for every kind of second characters in one sweep: both lists are sorted,
        // and a second character may follow when an odd number of flips lie at or before it
        int[] flips = scans.get(k).flips(c);
        int passed = 0;
        for (int t = 0; t < seconds.length; t++) {
          while (passed < flips.length && flips[passed] <= seconds[t]) {
            passed++;
          }
          masks[t] |= (passed & 1) == 1 ? 1L << k : 0;
        }
      }
      return new Kind(starts, masks, blocks);
    }

    Starts in(String s) {
      return new Starts(this, s);
    }
  }
}
