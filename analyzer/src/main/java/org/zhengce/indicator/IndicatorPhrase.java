package org.zhengce.indicator;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words {@link IndicatorTable} reads around an indicator phrase: how a phrase is folded before
 * matching (width, brackets, Roman numerals, the names of GDP), the scope words dropped from its
 * head (全市, 我省), and the words that make a phrase something other than one indicator — a list
 * (和, 、), a share of one quantity in another (占, 比重) or a rank (排名). Stateless.
 */
final class IndicatorPhrase {

  private IndicatorPhrase() {}

  /** Characters dropped: spaces, quotes, footnote marks, the 的 of 达到或优于Ⅲ类的比例. */
  private static final Pattern DROPPED = Pattern.compile("[\\s\"'“”‘’「」『』《》〈〉*∗_的]");

  /** PDF extractions write the decimal point of PM2.5 as a private-use character (PM２􀆰５). */
  private static final Pattern PDF_POINT = Pattern.compile("\uDBC0\uDDB0");

  /** An ASCII gloss in brackets loses them: 细颗粒物(PM2.5)年均浓度 → 细颗粒物PM2.5年均浓度 (holds PM2.5年均浓度). */
  private static final Pattern ASCII_GLOSS = Pattern.compile("\\(([A-Z0-9.\\-]+)\\)");

  /** A unit in brackets at the end, as in tables: 森林覆盖率(%), 细颗粒物浓度(微克/立方米). */
  private static final Pattern UNIT_TAIL = Pattern.compile("\\([^()]*(?:%|‰|/|M3|吨|天|亩|元|岁|人|个)[^()]*\\)$");

  /** Ⅰ—Ⅲ类, Ⅰ~Ⅲ类, I-III类 are one range. */
  private static final Pattern ROMAN_RANGE = Pattern.compile("I[~\\-—–至到]+III");

  /** Other spellings folded to one, applied in order (after width and Roman numerals). */
  private static final List<Map.Entry<Pattern, String>> FOLDS = List.of(
      Map.entry(Pattern.compile("好于"), "优于"), // 达到或好于Ⅲ类 = 达到或优于Ⅲ类
      Map.entry(Pattern.compile("比率"), "比例"), // 优良天数比率 = 优良天数比例
      Map.entry(Pattern.compile("CO2"), "二氧化碳"),
      Map.entry(Pattern.compile("研究与试验发展|研究与开发|R&D"), "研发"),
      Map.entry(Pattern.compile("对外贸易"), "外贸"), // 对 alone is trade with one partner: 对俄进出口
      Map.entry(Pattern.compile("GDP|国内生产总值|全[市省区县州盟国]生产总值"), "地区生产总值"),
      // 单位生产总值能耗, 数字经济占生产总值比重: the GDP of the place
      Map.entry(Pattern.compile("(^|占|于|单位|人均|万元)生产总值"), "$1地区生产总值"));

  /** Scope words at the head of a phrase (全市, 我省, 全社会, 主要); 城市 stays before 居民. */
  private static final Pattern SCOPE_HEAD = Pattern.compile(
      "^(?:全[市省区县州盟国]|全社会|[我本][市省区县州]|全年|今年|年均|主要|城市(?!居民))+");

  /** Words that make the whole phrase no single indicator: 分别 lists values, 排名 is a rank. */
  private static final Pattern VETO = Pattern.compile("分别|排名|排位|位次");

  /**
   * Words outside the matched synonym that make the phrase a list of indicators (A和B, A、B, 及
   * but not 及以上), a share or ratio of the match (占, 比重, 之比, 相当于) or something it drives
   * (拉动, 贡献); so does 等 right after it (氮氧化物等).
   */
  private static final Pattern NOT_ALONE = Pattern.compile(
      "和|与|、|以及|及(?!以[上下]|其)|占|比重|之比|相当于|拉动|贡献");

  /** A match right after these is measured per something: 人均地区生产总值 is not 地区生产总值. */
  private static final List<String> PER = List.of("人均", "单位", "万元", "亩均", "地均", "每万人");

  /** The phrase as matched: folded, then without the scope words at its head. */
  static String normalize(String phrase) {
    String s = fold(phrase);
    return SCOPE_HEAD.matcher(s).replaceFirst("");
  }

  /** Folds width, brackets, Roman numerals, quotes and the spellings of {@link #FOLDS}. */
  static String fold(String text) {
    String s = PDF_POINT.matcher(text).replaceAll(".");
    s = Normalizer.normalize(s, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    s = DROPPED.matcher(s).replaceAll("");
    s = ROMAN_RANGE.matcher(s).replaceAll("I-III");
    s = ASCII_GLOSS.matcher(s).replaceAll("$1");
    s = UNIT_TAIL.matcher(s).replaceFirst("");
    for (Map.Entry<Pattern, String> f : FOLDS) {
      s = f.getKey().matcher(s).replaceAll(f.getValue());
    }
    return s;
  }

  static boolean vetoed(String normalized) {
    return VETO.matcher(normalized).find();
  }

  /** Whether the text around a match at [start, end) makes the phrase more than that indicator. */
  static boolean notAlone(String phrase, int start, int end) {
    return NOT_ALONE.matcher(phrase.substring(0, start)).find()
        || NOT_ALONE.matcher(phrase.substring(end)).find() || phrase.startsWith("等", end);
  }

  /** Whether a match at {@code start} is measured per something written before it. */
  static boolean perSomething(String phrase, int start) {
    for (String p : PER) {
      if (start >= p.length() && phrase.startsWith(p, start - p.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a match at [start, end) is not part of a longer Latin name or number (PM2.5 in PM2.55, O3 in NO3). */
  static boolean bounded(String phrase, int start, int end) {
    return !(start > 0 && latin(phrase.charAt(start)) && latinOrDigit(phrase.charAt(start - 1)))
        && !(end < phrase.length() && latinOrDigit(phrase.charAt(end - 1)) && latinOrDigit(phrase.charAt(end)));
  }

  private static boolean latin(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean latinOrDigit(char c) {
    return latin(c) || (c >= '0' && c <= '9') || c == '.';
  }
}
