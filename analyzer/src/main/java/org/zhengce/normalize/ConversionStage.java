package org.zhengce.normalize;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One stage of a chain: a group of dictionaries tried in order at each position (OpenCC's
 * short-circuit group: the first dictionary with a key there gives its longest one), and how a
 * matched unit converts.
 */
record ConversionStage(List<OpenccDict> group, UnaryOperator<String> units, BitSet witnesses) {

  ConversionStage(List<OpenccDict> group, UnaryOperator<String> units) {
    this(group, units, witnesses(group, units));
  }

  /**
   * A character of every key that the stage changes (the key's own single-character changes
   * first): a line without any of them holds nothing the stage changes, and is passed over
   * (no key holds a line break, so a line is converted alone as it is in the whole text).
   */
  private static BitSet witnesses(List<OpenccDict> group, UnaryOperator<String> units) {
    BitSet witnesses = new BitSet(Character.MAX_VALUE + 1);
    List<String> longer = new ArrayList<>();
    for (OpenccDict d : group) {
      for (String key : d.entries.keySet()) {
        if (key.indexOf('\n') >= 0) {
          throw new IllegalStateException("a key holds a line break: " + key);
        }
        if (!units.apply(key).equals(key)) {
          if (key.length() == 1) {
            witnesses.set(key.charAt(0));
          } else {
            longer.add(key);
          }
        }
      }
    }
    for (String key : longer) {
      if (key.chars().noneMatch(witnesses::get)) {
        key.chars().forEach(witnesses::set);
      }
    }
    return witnesses;
  }

  /** Whether {@code text[from, to)} holds a witness: something there may change. */
  private boolean mayChange(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (witnesses.get(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static ConversionStage ofDicts(List<OpenccDict> group) {
    return new ConversionStage(group, unit -> {
      for (OpenccDict d : group) {
        List<String> values = d.entries.get(unit);
        if (values != null) {
          return values.get(0);
        }
      }
      return unit;
    });
  }

  Converted apply(String text) {
    StringBuilder out = null; // created at the first change
    Pieces pieces = new Pieces();
    int copied = 0; // text before this is in out
    int linearFrom = 0; // text from here on maps position by position so far
    int nextLine = 0;
    for (int i = 0; i < text.length(); ) {
      if (i == nextLine) {
        int lineEnd = text.indexOf('\n', i);
        nextLine = lineEnd < 0 ? text.length() : lineEnd + 1;
        if (!mayChange(text, i, nextLine)) {
          i = nextLine;
          continue;
        }
      }
      int n = match(text, i);
      if (n == 0) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      String unit = text.substring(i, i + n);
      String to = units.apply(unit);
      if (!to.equals(unit)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16);
        }
        out.append(text, copied, i).append(to);
        copied = i + n;
        if (!sameShape(unit, to)) {
          pieces.linear(i - linearFrom);
          pieces.whole(n, to.length());
          linearFrom = i + n;
        }
      }
      i += n;
    }
    pieces.linear(text.length() - linearFrom);
    return new Converted(out == null ? text : out.append(text, copied, text.length()).toString(),
        pieces);
  }

  private int match(String text, int from) {
    for (OpenccDict d : group) {
      int n = d.match(text, from);
      if (n > 0) {
        return n;
      }
    }
    return 0;
  }

  /** Same length, surrogates at the same places: safe to align character by character. */
  private static boolean sameShape(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int k = 0; k < a.length(); k++) {
      if (Character.isSurrogate(a.charAt(k)) != Character.isSurrogate(b.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
