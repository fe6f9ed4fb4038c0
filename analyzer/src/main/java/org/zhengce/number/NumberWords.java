package org.zhengce.number;

import java.util.BitSet;
import java.util.List;
import org.zhengce.number.NumberScanner.Num;
import org.zhengce.text.TsvRows;

/**
 * Numbers written with words around or instead of digits, for {@link NumberScanner}: the fixed
 * words of {@code number-words.tsv} (半百 = 50, 成双 = 2, 对折 = 50 %), doubling (翻一番 = 2 倍,
 * 翻两番 = 4 倍: 2^N) and round approximations, which keep the power as their value and say how
 * it is meant: 上百, 上万 (at least 100, 1 万), 数十, 几百, 数十万 (at least 10, 100, 10 万),
 * 近千, 近万 (about 1000, 1 万). Words that end in 上, 数 or 近 (以上百分之, 指数百强, 最近) are
 * turned away by the character before. Immutable and thread-safe.
 */
final class NumberWords {

  /** A fixed number word: its value and unit (null for none). */
  record Word(String word, double value, String unit) {}

  static final List<Word> WORDS = load("number-words.tsv");
  /** Characters a number word or an approximation can start with. */
  static final BitSet FIRST = first();

  /** Characters before 数, 几, 上 or 近 that make a word of it: 指数, 函数, 以上, 最近, 附近. */
  private static final String NOT_BEFORE_SHU = "指函分总人次系倍变参基位奇偶票页户件字个台条均常整实虚数少多半比率无";
  private static final String NOT_BEFORE_JI = "这那无庶未寥茶";
  private static final String NOT_BEFORE_SHANG = "以之线网马向往北晚早楼山史会迈跨登走踏冲赶升爬跃";
  /** After 近十, 近百: the last ten years (近十年) or a fraction (近十分之一), not "about". */
  private static final WordList NOT_AFTER_JIN = WordList.of(List.of("年", "个月", "天", "日", "周", "小时", "分之"));
  private static final String NOT_BEFORE_JIN = "最附临就亲靠贴逼邻";

  private NumberWords() {}

  /** The number word or approximation at {@code i}, or null. */
  static Num at(String text, int i) {
    for (Word w : WORDS) {
      int e = i + w.word().length();
      char after = e < text.length() ? text.charAt(e) : '\n';
      if (text.startsWith(w.word(), i) && (w.word().charAt(0) != '成'
          || !Character.isIdeographic(after) || after == '成')) { // 好事成双; not 完成双向
        return new Num(i, i + w.word().length(), w.value(), "", w.unit(), true, false, true, true);
      }
    }
    char c = text.charAt(i);
    if (c == '翻') {
      return doubling(text, i);
    }
    char prev = i > 0 ? text.charAt(i - 1) : '\n';
    String breakers = switch (c) {
      case '数' -> NOT_BEFORE_SHU;
      case '几' -> NOT_BEFORE_JI;
      case '上' -> NOT_BEFORE_SHANG;
      case '近' -> NOT_BEFORE_JIN;
      default -> null;
    };
    if (breakers == null || breakers.indexOf(prev) >= 0 || i + 1 >= text.length()) {
      return null;
    }
    char next = text.charAt(i + 1);
    if (!Numerals.isPower(next) || Numerals.isFinancial(next) || c == '上' && next == '十') {
      return null;
    }
    Qualifier meant = c == '近' ? Qualifier.ABOUT : Qualifier.AT_LEAST;
    double large = Numerals.largePower(next);
    if (large > 0) { // 上万, 近亿: one of that power, kept as the multiplier
      return new Num(i, i + 2, 1, String.valueOf(next), null, true, false, true, false, meant);
    }
    Num run = NumberScanner.run(text, i + 1);
    if (run.skip() || NOT_AFTER_JIN.startingAt(text, run.end()) != null
        && (c == '近' || text.startsWith("分之", run.end()))) {
      return null;
    }
    return new Num(i, run.end(), run.value(), run.multiplier(), null, true, false, true, false,
        meant);
  }

  /** 翻一番, 翻两番, 翻3番: 2^N times, as 倍. */
  private static Num doubling(String text, int i) {
    int j = i + 1;
    while (j < text.length() && j - i < 4
        && (Numerals.digit(text.charAt(j)) > 0 || NumberScanner.isDigit(text.charAt(j)))) {
      j++;
    }
    if (j == i + 1 || j >= text.length() || text.charAt(j) != '番') {
      return null;
    }
    var n = ChineseNumber.parse(text.substring(i + 1, j));
    if (n.isEmpty() || n.getAsDouble() > 10) {
      return null;
    }
    return new Num(i, j + 1, Math.pow(2, n.getAsDouble()), "", "倍", true, false, true, true);
  }

  private static BitSet first() {
    BitSet set = new BitSet();
    WORDS.forEach(w -> set.set(w.word().charAt(0)));
    "翻数几上近".chars().forEach(set::set);
    return set;
  }

  private static List<Word> load(String resource) {
    return TsvRows.read(NumberWords.class, resource, 3).stream()
        .map(f -> new Word(f[0], Double.parseDouble(f[1]), f[2].isEmpty() ? null : f[2]))
        .toList();
  }
}
