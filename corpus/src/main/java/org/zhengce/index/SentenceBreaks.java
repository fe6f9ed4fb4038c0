package org.zhengce.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries of Chinese text for the highlighter's passages: after 。！？；, their ASCII
 * forms and line breaks (a run of them, and the closing quotes after them, end one sentence). A
 * plain scan from the offset asked, without the rule tables of the JDK's sentence instance, so that
 * a passage costs the length of its sentence. Not thread-safe: one per highlighting, as {@link
 * BreakIterator}s are.
 */
final class SentenceBreaks extends BreakIterator {

  private CharSequence chars = "";
  private int begin;
  private int end;
  private int current;

  private static boolean endsSentence(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '\n';
  }

  /** Closing marks that belong to the sentence they follow (……。”). */
  private static boolean closes(char c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"' || c == '\r';
  }

  /** Whether a sentence ends before {@code offset}: after its stops, line breaks and closing marks. */
  private boolean isBreak(int offset) {
    if (offset <= begin || offset >= end) {
      return true;
    }
    char next = chars.charAt(offset);
    if (endsSentence(next) || closes(next)) {
      return false;
    }
    int i = offset - 1;
    while (i > begin && closes(chars.charAt(i))) {
      i--;
    }
    return endsSentence(chars.charAt(i));
  }

  @Override
  public int first() {
    return current = begin;
  }

  @Override
  public int last() {
    return current = end;
  }

  @Override
  public int next(int n) {
    int result = current;
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    if (current >= end) {
      return DONE;
    }
    return current = following(current);
  }

  @Override
  public int previous() {
    if (current <= begin) {
      return DONE;
    }
    return current = preceding(current);
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    if (offset >= end) {
      current = end;
      return DONE;
    }
    int i = offset + 1;
    while (i < end && !isBreak(i)) {
      i++;
    }
    return current = i;
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    if (offset <= begin) {
      current = begin;
      return DONE;
    }
    int i = offset - 1;
    while (i > begin && !isBreak(i)) {
      i--;
    }
    return current = i;
  }

  private void checkOffset(int offset) {
    if (offset < begin || offset > end) {
      throw new IllegalArgumentException("offset out of bounds: " + offset);
    }
  }

  @Override
  public boolean isBoundary(int offset) {
    return isBreak(offset);
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(chars.toString(), begin, end, current);
  }

  @Override
  public void setText(String newText) {
    chars = newText;
    begin = 0;
    end = newText.length();
    current = begin;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder copy = new StringBuilder(newText.getEndIndex());
    copy.setLength(newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      copy.append(c);
    }
    chars = copy;
    begin = newText.getBeginIndex();
    end = newText.getEndIndex();
    current = begin;
  }
}
