package org.zhengce.extract.time;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /**
   * A pattern with what a match can start with, so that a scan tries it at few positions: the
   * first characters it accepts (of the given candidates, tried once when the scan is made), the
   * characters of numbers after which it cannot start (its look-behind refuses a match inside a
   * number: tried once too), and which second characters can follow a first one, learnt as the
   * text shows pairs (一是 or 中国 open no time expression; a two-character test, remembered,
   * costs less than the pattern tried at each place they stand). Thread-safe.
   */
  static final class Scan {
    private static final int PAIRS_KEPT = 1 << 16;
    private final Pattern pattern;
    private final BitSet first;
    private final BitSet notAfter;
    /** A pattern that looks behind for something present cannot be judged on two characters. */
    private final boolean pairs;
    private final ConcurrentHashMap<Integer, Boolean> pairStarts = new ConcurrentHashMap<>();

    private Scan(Pattern pattern, BitSet first, BitSet notAfter) {
      this.pattern = pattern;
      this.first = first;
      this.notAfter = notAfter;
      this.pairs = !pattern.pattern().contains("(?<=");
    }

    Pattern pattern() {
      return pattern;
    }

    BitSet first() {
      return first;
    }

    /** Whether a match may start at {@code i} of {@code s}, by its first two characters and the one before. */
    boolean mayStart(String s, int i) {
      char c = s.charAt(i);
      if (!first.get(c) || i > 0 && notAfter.get(s.charAt(i - 1))) {
        return false;
      }
      if (!pairs || i + 1 >= s.length()) {
        return true;
      }
      int key = c << 16 | s.charAt(i + 1);
      Boolean known = pairStarts.get(key);
      if (known == null) {
        known = startsWith(pattern, new String(new char[] {c, s.charAt(i + 1)}), 0);
        if (pairStarts.size() < PAIRS_KEPT) {
          pairStarts.put(key, known);
        }
      }
      return known;
    }
  }

  /**
   * The characters of numbers, after which many patterns cannot start (their look-behind refuses
   * a match inside a number).
   */
  private static final String NUMBER_CHARS = "0123456789.〇零一二三四五六七八九十百千万两几第每";

  static Scan scan(Pattern pattern, String candidates) {
    BitSet first = new BitSet();
    candidates.chars().forEach(c -> {
      if (startsWith(pattern, String.valueOf((char) c), 0)) {
        first.set(c);
      }
    });
    BitSet notAfter = new BitSet();
    for (char before : NUMBER_CHARS.toCharArray()) {
      if (first.stream().noneMatch(c -> startsWith(pattern, new String(new char[] {before, (char) c}), 1))) {
        notAfter.set(before);
      }
    }
    return new Scan(pattern, first, notAfter);
  }

  /**
   * Whether a match may start at {@code at} of the short {@code text}: it matches there, or runs
   * out of text before it fails (more text could complete it).
   */
  private static boolean startsWith(Pattern pattern, String text, int at) {
    Matcher m = pattern.matcher(text).region(at, text.length())
        .useTransparentBounds(true).useAnchoringBounds(false);
    return m.lookingAt() && m.end() > at || m.hitEnd();
  }

  /**
   * The matches of a scan's pattern that start where {@link Scan#mayStart} allows, left to right
   * and not overlapping, like {@link Matcher#find()} but without trying every position of the text.
   */
  static List<MatchResult> startingWith(Scan scan, String s) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = null;
    for (int i = scan.first().isEmpty() ? s.length() : 0; i < s.length(); i++) {
      if (!scan.mayStart(s, i)) {
        continue;
      }
      if (m == null) {
        m = scan.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
      }
      if (m.region(i, s.length()).lookingAt() && m.end() > i) {
        out.add(m.toMatchResult());
        i = m.end() - 1;
      }
    }
    return out;
  }

  /** The folded text; always the same length as {@code text}. */
  static String fold(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(out[i]);
    }
    return new String(out);
  }

  static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF2F') {
      return (char) (c - 0xFEE0);
    }
    if (c >= '\u2010' && c <= '\u2015') {
      return '-';
    }
    Character v = VARIANTS.get(c);
    return v == null ? c : v;
  }
}
