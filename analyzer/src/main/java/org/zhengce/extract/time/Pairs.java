package org.zhengce.extract.time;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which second characters may follow each first character of a pattern's matches: 一是 or 中国
 * open no time expression, and a two-character test costs less than the pattern tried at each
 * place they stand. Computed once and exact: a pattern tells characters apart only by the
 * characters written in it (literally or escaped), by ranges between them and by classes of
 * ASCII characters, so that all characters between two written ones behave alike and one of them
 * is tried for all. A pattern that tells characters apart otherwise (\p{…}, \b, \h, back
 * references, flags) or looks behind for something present ({@code (?<=…)}) gets no table:
 * every second character may follow. Immutable.
 */
final class Pairs {

  /** Escapes whose characters are not all written in the pattern. */
  private static final Pattern UNSUPPORTED = Pattern.compile(
      "\\\\[pPbBhHvVRXNk1-9]|\\(\\?[a-zA-Z-]*[iuUxc]");

  /** A pattern that can start with more characters gets no table. */
  private static final int MAX_FIRSTS = 1024;

  /** Line terminators, which {@code .} and {@code $} tell apart. */
  private static final String LINE_ENDS = "\n\r\u0085\u2028\u2029";

  /** The ASCII classes (\\d, \\s, \\w and their complements), and where their characters start and stop. */
  private static final Pattern ASCII_CLASS = Pattern.compile("\\\\([dDsSwW])");
  private static final Map<Character, List<Integer>> ASCII_CLASS_EDGES = Map.of(
      'd', List.of((int) '0', '9' + 1),
      's', List.of((int) '\t', '\r' + 1, (int) ' ', ' ' + 1),
      'w', List.of((int) '0', '9' + 1, (int) 'A', 'Z' + 1, (int) '_', '_' + 1, (int) 'a', 'z' + 1));

  /** The first characters, sorted. */
  private final char[] firsts;
  /** Per first character, the second characters where the answer flips, from "no" at 0. */
  private final int[][] flips;

  private Pairs(char[] firsts, int[][] flips) {
    this.firsts = firsts;
    this.flips = flips;
  }

  /** The table of {@code pattern} for its {@code first} characters; null when none can be made. */
  static Pairs of(Pattern pattern, BitSet first) {
    int[] starts = kinds(pattern);
    if (starts == null || first.cardinality() > MAX_FIRSTS) {
      return null;
    }
    char[] pair = new char[2];
    Matcher m = pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
    char[] firsts = new char[first.cardinality()];
    int[][] flips = new int[firsts.length][];
    int j = 0;
    for (int c = first.nextSetBit(0); c >= 0; c = first.nextSetBit(c + 1), j++) {
      firsts[j] = (char) c;
      int[] f = new int[starts.length];
      int n = 0;
      boolean previous = false;
      pair[0] = (char) c;
      for (int start : starts) {
        pair[1] = (char) start;
        m.reset(new String(pair)); // it matches, or runs out of text first
        boolean follows = m.lookingAt() && m.end() > 0 || m.hitEnd();
        if (follows != previous) {
          f[n++] = start;
          previous = follows;
        }
      }
      flips[j] = Arrays.copyOf(f, n);
    }
    return new Pairs(firsts, flips);
  }

  /** The table as {@link ScanTables} stores it. */
  void write(DataOutput out) throws IOException {
    out.writeInt(firsts.length);
    for (int j = 0; j < firsts.length; j++) {
      out.writeChar(firsts[j]);
      out.writeInt(flips[j].length);
      for (int f : flips[j]) {
        out.writeInt(f);
      }
    }
  }

  /** A table as {@link #write} stored it. */
  static Pairs read(DataInput in) throws IOException {
    char[] firsts = new char[in.readInt()];
    int[][] flips = new int[firsts.length][];
    for (int j = 0; j < firsts.length; j++) {
      firsts[j] = in.readChar();
      flips[j] = new int[in.readInt()];
      for (int k = 0; k < flips[j].length; k++) {
        flips[j][k] = in.readInt();
      }
    }
    return new Pairs(firsts, flips);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pairs p && Arrays.equals(firsts, p.firsts) && Arrays.deepEquals(flips, p.flips);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(firsts) + Arrays.deepHashCode(flips);
  }

  /** The second characters where the answer flips for a first character {@code c}, from "no" at 0. */
  int[] flips(char c) {
    int j = Arrays.binarySearch(firsts, c);
    return j < 0 ? new int[0] : flips[j].clone();
  }

  /** Whether a match may start with {@code c} then {@code next}; {@code c} is a first character. */
  boolean mayFollow(char c, char next) {
    int j = Arrays.binarySearch(firsts, c);
    if (j < 0) {
      return false;
    }
    int at = Arrays.binarySearch(flips[j], next);
    int flipsUpTo = at >= 0 ? at + 1 : -at - 1;
    return (flipsUpTo & 1) == 1;
  }

  /**
   * Where the kinds of characters the pattern cannot tell apart start (null when it can tell
   * characters apart otherwise): each character written in
   * it (and each line terminator) is a kind of its own, the ASCII classes \d, \s and \w are cut
   * out where they are used, and the characters between two of them are one kind.
   */
  static int[] kinds(Pattern pattern) {
    String source = pattern.pattern();
    if (pattern.flags() != 0 || UNSUPPORTED.matcher(source).find()
        || source.chars().anyMatch(c -> Character.isSurrogate((char) c))
        || looksBehindForSomethingPresent(source)) {
      return null; // it tells characters apart otherwise, or looks behind for something present
    }
    BitSet starts = new BitSet(Character.MAX_VALUE + 2); // bits, not boxed integers: read at every start
    starts.set(0);
    starts.set(0xD800);
    starts.set(0xDC00);
    starts.set(0xE000);
    for (int i = 0; i < source.length(); i++) {
      written(source.charAt(i), starts);
      if (source.charAt(i) == '\\' && i + 1 < source.length()) {
        int escaped = escaped(source, i + 1);
        if (escaped >= 0) {
          written(escaped, starts);
        }
      }
    }
    for (int i = 0; i < LINE_ENDS.length(); i++) {
      written(LINE_ENDS.charAt(i), starts);
    }
    Matcher classes = ASCII_CLASS.matcher(source);
    while (classes.find()) {
      ASCII_CLASS_EDGES.get(Character.toLowerCase(classes.group(1).charAt(0))).forEach(starts::set);
    }
    return starts.stream().toArray();
  }

  /** A character written in the pattern: a kind of its own, so its kind starts at it and after it. */
  private static void written(int c, BitSet starts) {
    starts.set(c);
    if (c < Character.MAX_VALUE) {
      starts.set(c + 1);
    }
  }

  /**
   * Whether the pattern looks behind for something that must be there ({@code (?<=…)} outside
   * any negative look-around, or inside two): tried on a few characters alone, it would fail for
   * want of what stands before them. Inside one negative look-around (月(?!(?<=三月)三)) such a
   * look-behind can only fail more often on the few characters, which lets more of them pass.
   */
  private static boolean looksBehindForSomethingPresent(String source) {
    Deque<Boolean> negative = new ArrayDeque<>(); // per open group: a negative look-around?
    int negatives = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\' && source.startsWith("Q", i + 1)) {
        int end = source.indexOf("\\E", i + 2);
        i = end < 0 ? source.length() : end + 1;
      } else if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(source, i);
      } else if (c == '(') {
        if (source.startsWith("(?<=", i) && negatives % 2 == 0) {
          return true;
        }
        boolean neg = source.startsWith("(?!", i) || source.startsWith("(?<!", i);
        negative.push(neg);
        negatives += neg ? 1 : 0;
      } else if (c == ')' && !negative.isEmpty() && negative.pop()) {
        negatives--;
      }
    }
    return false;
  }

  /** Where the character class opening at {@code open} closes. */
  private static int classEnd(String source, int open) {
    int depth = 0;
    for (int j = open; j < source.length(); j++) {
      char c = source.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return j;
      }
    }
    return source.length();
  }

  /** The character an escape at {@code at} (after its backslash) stands for; -1 if none. */
  private static int escaped(String source, int at) {
    char e = source.charAt(at);
    return switch (e) {
      case 't' -> '\t';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 'f' -> '\f';
      case 'a' -> 7;
      case 'e' -> 27;
      case 'u' -> hex(source, at + 1, 4);
      case 'x' -> source.startsWith("{", at + 1)
          ? hex(source, at + 2, source.indexOf('}', at) - at - 2) : hex(source, at + 1, 2);
      case '0' -> octal(source, at + 1);
      case 'c' -> at + 1 < source.length() ? source.charAt(at + 1) ^ 64 : -1;
      default -> -1;
    };
  }

  private static int hex(String source, int from, int digits) {
    try {
      int c = Integer.parseInt(source.substring(from, from + digits), 16);
      return c <= Character.MAX_VALUE ? c : -1;
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static int octal(String source, int from) {
    int end = from;
    while (end < source.length() && end - from < 3 && source.charAt(end) >= '0'
        && source.charAt(end) <= '7') {
      end++;
    }
    return end == from ? -1 : Integer.parseInt(source.substring(from, end), 8) & 0xFF;
  }
}
