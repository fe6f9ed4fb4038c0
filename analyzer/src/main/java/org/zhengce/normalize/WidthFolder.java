package org.zhengce.normalize;

import org.zhengce.text.TextEditor;
import org.zhengce.text.TextNormalizer;

/**
 * Folds full-width ASCII forms to half-width, character for character: {@code ＰＭ２．５} →
 * {@code PM2.5}, {@code １０％} → {@code 10%}. The ideographic space becomes a plain space.
 * Chinese punctuation (，。：；) stays as it is: it separates clauses. Immutable and thread-safe.
 */
public final class WidthFolder implements TextNormalizer {

  @Override
  public void normalize(String text, TextEditor out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int runStart = i;
      while (i < n && !foldable(text.charAt(i))) {
        i++;
      }
      out.keep(i - runStart);
      if (i == n) {
        break;
      }
      StringBuilder folded = new StringBuilder();
      while (i < n && foldable(text.charAt(i))) {
        folded.append(fold(text.charAt(i)));
        i++;
      }
      out.map(folded);
    }
  }

  private static boolean foldable(char c) {
    return (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
        || c == '％' || c == '．' || c == '\u3000' || c == '＋' || c == '－' || c == '／'
        || c == '＜' || c == '＞' || c == '＝';
  }

  private static char fold(char c) {
    return c == '\u3000' ? ' ' : (char) (c - 0xFEE0);
  }
}
