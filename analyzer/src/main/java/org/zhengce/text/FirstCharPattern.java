package org.zhengce.text;

import java.util.BitSet;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose matches can only start at a few characters (上一篇, ……(省略, 您的位置…), searched by
 * trying it only where such a character stands instead of at every position, as {@link
 * Matcher#find()} would: large character classes of Chinese make that slow. Bounds are
 * transparent (lookbehinds see the text before a start) and not anchoring ({@code ^} is the start
 * of the text). Immutable and thread-safe.
 */
public final class FirstCharPattern {

  private final Pattern pattern;
  private final IntPredicate first;

  public FirstCharPattern(Pattern pattern, IntPredicate first) {
    this.pattern = pattern;
    this.first = first;
  }

  /** A pattern whose matches start with one of {@code firstChars}. */
  public static FirstCharPattern of(Pattern pattern, String firstChars) {
    BitSet set = firstChars.chars().collect(BitSet::new, BitSet::set, BitSet::or);
    return new FirstCharPattern(pattern, set::get);
  }

  /** Whether a match starts somewhere in {@code text}. */
  public boolean find(String text) {
    Matcher m = matcher(text);
    for (int i = 0; i < text.length(); i++) {
      if (first.test(text.charAt(i)) && m.region(i, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Every match in {@code text}, left to right, not overlapping. */
  public void forEach(String text, Consumer<MatchResult> action) {
    Matcher m = matcher(text);
    for (int i = 0; i < text.length(); i++) {
      if (first.test(text.charAt(i)) && m.region(i, text.length()).lookingAt()) {
        action.accept(m.toMatchResult());
        i = Math.max(i, m.end() - 1);
      }
    }
  }

  private Matcher matcher(String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }
}
