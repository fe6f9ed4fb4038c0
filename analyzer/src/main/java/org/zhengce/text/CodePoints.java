package org.zhengce.text;

/**
 * Converts UTF-16 positions of one text to code-point positions, the unit of every offset zhengce
 * writes (records.md). Texts without surrogate pairs convert for free; others use a prefix table
 * built once. Immutable and thread-safe.
 */
public final class CodePoints {

  private final int[] codePointAt; // null when the text has no surrogates

  public CodePoints(String text) {
    int[] table = null;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        table = new int[text.length() + 1];
        int cp = 0;
        for (int j = 0; j < text.length(); j++) {
          table[j] = cp;
          if (!(Character.isLowSurrogate(text.charAt(j)) && j > 0
              && Character.isHighSurrogate(text.charAt(j - 1)))) {
            cp++;
          }
        }
        // a position inside a pair counts as the position after it
        table[text.length()] = cp;
        break;
      }
    }
    this.codePointAt = table;
  }

  /** The code-point index of UTF-16 position {@code charIndex}. */
  public int of(int charIndex) {
    return codePointAt == null ? charIndex : codePointAt[charIndex];
  }
}
