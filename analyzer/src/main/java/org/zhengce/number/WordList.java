package org.zhengce.number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A fixed list of words, looked up at a position of a text: the first word of the list that
 * starts (or ends) there, so a list sorted longest first gives the longest. The words are grouped
 * by their first and by their last character, so that a position where no word can start costs
 * one lookup instead of a comparison with every word. Immutable and thread-safe.
 */
public final class WordList {

  private final List<String> words;
  private final Set<String> set;
  /** The first characters of the words, sorted, and the words of each, in list order. */
  private final char[] firsts;
  private final String[][] byFirst;
  /** The same by last character. */
  private final char[] lasts;
  private final String[][] byLast;
  /**
   * The low ten bits of the first and of the last characters, as a set of 1024 bits: most
   * characters that no word starts (or ends) with are turned away by one bit test.
   */
  private final long[] firstFilter;
  private final long[] lastFilter;
  private static final int FILTER = 16;

  private WordList(List<String> words) {
    if (words.isEmpty() || words.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("a word list needs words: " + words);
    }
    this.words = List.copyOf(words);
    this.set = Set.copyOf(words);
    TreeMap<Character, List<String>> first = group(this.words, w -> w.charAt(0));
    TreeMap<Character, List<String>> last = group(this.words, w -> w.charAt(w.length() - 1));
    this.firsts = keys(first);
    this.byFirst = values(first);
    this.lasts = keys(last);
    this.byLast = values(last);
    this.firstFilter = filter(firsts);
    this.lastFilter = filter(lasts);
  }

  /** The words in the order given: the first that fits a position is the one found. */
  public static WordList of(List<String> words) {
    return new WordList(words);
  }

  /** The words sorted longest first: the longest that fits a position is the one found. */
  public static WordList longestFirst(String... words) {
    return new WordList(Arrays.stream(words)
        .sorted(Comparator.comparingInt(String::length).reversed()).toList());
  }

  /** The words, in the order they are tried. */
  public List<String> words() {
    return words;
  }

  public boolean contains(String word) {
    return word != null && set.contains(word);
  }

  /** Whether some word starts with {@code c}. */
  public boolean mayStart(char c) {
    return group(byFirst, firsts, firstFilter, c) != null;
  }

  /** The first of the words that starts at {@code i} of {@code text}, or null. */
  public String startingAt(String text, int i) {
    if (i < 0 || i >= text.length()) {
      return null;
    }
    String[] group = group(byFirst, firsts, firstFilter, text.charAt(i));
    if (group != null) {
      for (String w : group) {
        if (text.startsWith(w, i)) {
          return w;
        }
      }
    }
    return null;
  }

  /** Whether one of the words stands wholly inside {@code [from, to)} of {@code text}. */
  public boolean occursIn(String text, int from, int to) {
    for (int p = Math.max(from, 0); p < to; p++) {
      String[] group = group(byFirst, firsts, firstFilter, text.charAt(p));
      if (group != null) {
        for (String w : group) {
          if (p + w.length() <= to && text.startsWith(w, p)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The first of the words that ends at {@code i} of {@code text} (before index i), or null. */
  public String endingAt(String text, int i) {
    return endingAt(text, 0, i);
  }

  /** The first of the words that ends at {@code i} and starts at or after {@code from}, or null. */
  public String endingAt(String text, int from, int i) {
    if (i <= 0 || i > text.length()) {
      return null;
    }
    String[] group = group(byLast, lasts, lastFilter, text.charAt(i - 1));
    if (group != null) {
      for (String w : group) {
        if (i - w.length() >= Math.max(from, 0) && text.startsWith(w, i - w.length())) {
          return w;
        }
      }
    }
    return null;
  }

  private static String[] group(String[][] groups, char[] keys, long[] filter, char c) {
    if ((filter[(c >> 6) & (FILTER - 1)] & 1L << c) == 0) {
      return null;
    }
    int k = Arrays.binarySearch(keys, c);
    return k < 0 ? null : groups[k];
  }

  private static TreeMap<Character, List<String>> group(List<String> words,
      Function<String, Character> key) {
    TreeMap<Character, List<String>> groups = new TreeMap<>();
    for (String w : words) {
      groups.computeIfAbsent(key.apply(w), c -> new ArrayList<>()).add(w);
    }
    return groups;
  }

  private static long[] filter(char[] chars) {
    long[] filter = new long[FILTER];
    for (char c : chars) {
      filter[(c >> 6) & (FILTER - 1)] |= 1L << c;
    }
    return filter;
  }

  private static char[] keys(TreeMap<Character, List<String>> groups) {
    char[] keys = new char[groups.size()];
    int k = 0;
    for (char c : groups.keySet()) {
      keys[k++] = c;
    }
    return keys;
  }

  private static String[][] values(TreeMap<Character, List<String>> groups) {
    return groups.values().stream().map(g -> g.toArray(String[]::new)).toArray(String[][]::new);
  }

  @Override
  public String toString() {
    return words.toString();
  }
}
