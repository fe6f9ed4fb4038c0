package org.zhengce.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengce.text.TextEditor;
import org.zhengce.text.TextNormalizer;

/**
 * Removes the pinyin annotation that some converters leave after a character: {@code 環(huán)境} →
 * {@code 環境}. An annotation is one parenthesized pinyin syllable with a tone mark, written right
 * after a character; real parentheses such as {@code (修编)}, {@code (上海)} or {@code (29日)} stay.
 * Immutable and thread-safe.
 */
public final class PinyinAnnotationRepair implements TextNormalizer {

  private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
  private static final String LETTERS = "a-zü" + TONED;

  /** A syllable in parentheses: lowercase pinyin letters, at least one of them tone-marked. */
  private static final Pattern ANNOTATION = Pattern.compile(
      "[(（][" + LETTERS + "]{0,5}[" + TONED + "][" + LETTERS + "]{0,5}[)）]");

  @Override
  public void normalize(String text, TextEditor out) {
    Matcher m = ANNOTATION.matcher(text);
    int from = 0;
    while (find(text, m, from)) {
      out.keepUntil(m.start());
      out.replace(m.end() - m.start(), "");
      from = m.end();
    }
  }

  /** Whether {@code text} holds at least one annotation this stage would remove. */
  public boolean appliesTo(String text) {
    return find(text, ANNOTATION.matcher(text), 0);
  }

  /**
   * Finds the next annotation from {@code from}, leaving {@code m} on it. An annotation follows a
   * character directly: not a space, not another parenthesis. Only opening parentheses are tried,
   * so text without them costs one scan.
   */
  private static boolean find(String text, Matcher m, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '(' || c == '（') && i > 0 && !isSpaceOrParenthesis(text.charAt(i - 1))
          && m.region(i, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpaceOrParenthesis(char c) {
    return Character.isWhitespace(c) || c == '(' || c == ')' || c == '（' || c == '）';
  }
}
