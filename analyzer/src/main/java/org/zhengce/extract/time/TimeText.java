package org.zhengce.extract.time;

import java.util.Map;

/**
 * Folds text one char for one char before the time patterns run, so that every offset found in
 * the folded text is an offset in the original: full-width forms to ASCII (２０２０ → 2020, ：→ :),
 * dashes to {@code -}, the look-alikes of 〇 to 〇, and the traditional forms of the few characters
 * the time vocabulary uses (內 → 内, 後 → 后) to simplified. Also the regex pieces all patterns share.
 */
final class TimeText {

  /** Spaces that PDF extraction puts between digits and units (2025 年). Never a line break. */
  static final String S = "[ \\t\\u3000\\u00a0]{0,2}";

  /** Characters a Chinese number is written with. */
  static final String CN_NUM = "〇零一二三四五六七八九十百千两";

  /** Joins the two ends of a range: 至, 到, dashes (folded to -), tildes. */
  static final String RANGE = S + "(?:至|到|-{1,2}|~)" + S;

  /** Traditional (or variant) form → simplified form, for characters of the time vocabulary. */
  private static final Map<Character, Character> VARIANTS = Map.ofEntries(
      Map.entry('內', '内'), Map.entry('後', '后'), Map.entry('來', '来'), Map.entry('個', '个'),
      Map.entry('週', '周'), Map.entry('號', '号'), Map.entry('兩', '两'), Map.entry('間', '间'),
      Map.entry('時', '时'), Map.entry('點', '点'), Map.entry('鐘', '钟'), Map.entry('節', '节'), Map.entry('慶', '庆'), Map.entry('勞', '劳'),
      Map.entry('動', '动'), Map.entry('開', '开'), Map.entry('從', '从'), Map.entry('於', '于'),
      Map.entry('爭', '争'), Map.entry('規', '规'), Map.entry('劃', '划'), Map.entry('計', '计'),
      Map.entry('這', '这'), Map.entry('幾', '几'), Map.entry('數', '数'), Map.entry('當', '当'),
      Map.entry('禮', '礼'), Map.entry('達', '达'), Map.entry('過', '过'), Map.entry('紀', '纪'),
      Map.entry('葉', '叶'), Map.entry('農', '农'), Map.entry('曆', '历'), Map.entry('歷', '历'),
      Map.entry('屆', '届'), Map.entry('門', '门'), Map.entry('會', '会'), Map.entry('為', '为'),
      Map.entry('產', '产'), Map.entry('終', '终'), Map.entry('遠', '远'), Map.entry('現', '现'), Map.entry('國', '国'),
      Map.entry('○', '〇'), Map.entry('◯', '〇'), Map.entry('Ｏ', '〇'), Map.entry('О', '〇'),
      Map.entry('\u2212', '-'), Map.entry('〜', '~'), Map.entry('∼', '~'));

  private TimeText() {}

  /** The folded text; always the same length as {@code text}. */
  static String fold(String text) {
    char[] out = text.toCharArray();
    boolean changed = false;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if ((CHANGED[c >>> 6] & 1L << c) != 0) {
        out[i] = FOLDED[c];
        changed = true;
      }
    }
    return changed ? new String(out) : text;
  }

  static char fold(char c) {
    return FOLDED[c];
  }

  /** Each character folded, computed once; the characters it changes, as bits. */
  private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];
  private static final long[] CHANGED = new long[(Character.MAX_VALUE + 1) / 64];

  static { // the variants, then the ranges over them: full-width forms (but Ｏ, a 〇) and dashes
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      FOLDED[c] = (char) c;
    }
    VARIANTS.forEach((from, to) -> FOLDED[from] = to);
    for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
      if (c != '\uFF2F') {
        FOLDED[c] = (char) (c - 0xFEE0);
      }
    }
    for (char c = '\u2010'; c <= '\u2015'; c++) {
      FOLDED[c] = '-';
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      CHANGED[c >>> 6] |= FOLDED[c] == c ? 0 : 1L << c;
    }
  }
}
