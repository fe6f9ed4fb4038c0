package org.zhengce.normalize;

import org.zhengce.text.TextEditor;

/**
 * Folds the spaces a converter put into Chinese text, within one line: between a Chinese character
 * (or Chinese punctuation) and a digit or Latin letter ({@code 到 2025 年} → {@code 到2025年},
 * {@code PM2.5 年均浓度} → {@code PM2.5年均浓度}), between a number and its per cent sign
 * ({@code 12.5 %}), and inside runs of Chinese characters spaced out one by one ({@code 政 府 工 作
 * 报 告}). Spaces between two words of Chinese ({@code 中共辽宁省委 辽宁省人民政府}) and between
 * Latin words stay. Stateless.
 */
final class SpaceFolder {

  /** Chinese characters spaced out one by one need at least this many in a row. */
  private static final int SPACED_RUN = 3;

  private SpaceFolder() {}

  /** Writes {@code [from, to)} of {@code text} into {@code out}, spaces folded. */
  static void fold(String text, int from, int to, TextEditor out) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!space(c)) {
        i++;
        continue;
      }
      int end = i;
      while (end < to && space(text.charAt(end))) {
        end++;
      }
      if (i > from && end < to && end - i <= 3 && folds(text, from, to, i, end)) {
        out.keepUntil(i);
        out.replace(end - i, "");
      }
      i = end;
    }
  }

  private static boolean folds(String text, int from, int to, int spaceStart, int spaceEnd) {
    char before = text.charAt(spaceStart - 1);
    char after = text.charAt(spaceEnd);
    if (wide(before) && narrow(after) || narrow(before) && wide(after)) {
      return true;
    }
    if (Character.isDigit(before) && (after == '%' || after == '‰')) {
      return true;
    }
    return wide(before) && wide(after) && spacedOut(text, from, to, spaceStart, spaceEnd);
  }

  /** Whether the space lies in a run of single Chinese characters each set apart by spaces. */
  private static boolean spacedOut(String text, int from, int to, int spaceStart, int spaceEnd) {
    int run = 0;
    // count single characters to the left: X_X_X
    int i = spaceStart - 1;
    while (i >= from && wide(text.charAt(i)) && (i == from || space(text.charAt(i - 1)))) {
      run++;
      int k = i - 1;
      while (k >= from && space(text.charAt(k))) {
        k--;
      }
      if (k == i - 1) {
        break;
      }
      i = k;
    }
    int j = spaceEnd;
    while (j < to && wide(text.charAt(j)) && (j + 1 == to || space(text.charAt(j + 1)))) {
      run++;
      int k = j + 1;
      while (k < to && space(text.charAt(k))) {
        k++;
      }
      if (k == j + 1) {
        break;
      }
      j = k;
    }
    return run >= SPACED_RUN;
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u3000';
  }

  /** A Chinese character or Chinese punctuation. */
  static boolean wide(char c) {
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
        || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—'
        || Character.isSurrogate(c);
  }

  private static boolean narrow(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
