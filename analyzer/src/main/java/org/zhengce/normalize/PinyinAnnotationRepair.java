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

  /** A syllable: lowercase pinyin letters, at least one of them tone-marked. */
  static final Pattern ANNOTATION = Pattern.compile(
      "(?<=[^\\s()（）])[(（][" + LETTERS + "]{0,5}[" + TONED + "][" + LETTERS + "]{0,5}[)）]");

  @Override
  public void normalize(String text, TextEditor out) {
    if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
      return;
    }
    Matcher m = ANNOTATION.matcher(text);
    while (m.find()) {
      out.keepUntil(m.start());
      out.replace(m.end() - m.start(), "");
    }
  }

  /** Whether {@code text} holds at least one annotation this stage would remove. */
  public boolean appliesTo(CharSequence text) {
    return ANNOTATION.matcher(text).find();
  }
}
