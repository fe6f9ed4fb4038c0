package org.zhengce.extract.time;

import static org.zhengce.extract.time.TimeText.S;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.zhengce.extract.time.TimeExpression.Type;

/**
 * Five-year-plan periods (十一五 to 十五五, quoted or not, with 期间, 时期, 末, 期末, 开局之年 …),
 * 第十四个五年规划, and the long horizons of policy text (本世纪中叶 = 2050). A bare 五年规划 names a
 * kind of document, not a time, and is not found.
 */
final class PlanPeriods {

  /** Each plan and its first year; the plan covers five years from there. */
  static final Map<String, Integer> PLANS = YearPart.ordered(Map.of(
      "十一五", 2006, "十二五", 2011, "十三五", 2016, "十四五", 2021, "十五五", 2026));

  /** What a word after the plan's name picks out of its five years. */
  record Part(Type type, BiFunction<Integer, Integer, DateRange> range) {}

  private static final Part WHOLE = new Part(Type.SPAN, DateRange::years);
  private static final Part END = new Part(Type.POINT, (a, b) -> DateRange.year(b).last());
  private static final Part START = new Part(Type.POINT, (a, b) -> DateRange.year(a).first());
  private static final Part FIRST_YEAR = new Part(Type.SPAN, (a, b) -> DateRange.year(a));
  private static final Part LAST_YEAR = new Part(Type.SPAN, (a, b) -> DateRange.year(b));

  static final Map<String, Part> SUFFIXES = YearPart.ordered(Map.ofEntries(
      Map.entry("期间", WHOLE), Map.entry("时期", WHOLE), Map.entry("期内", WHOLE),
      Map.entry("规划期", WHOLE), Map.entry("规划期内", WHOLE), Map.entry("规划期间", WHOLE),
      Map.entry("末", END), Map.entry("期末", END), Map.entry("末期", END),
      Map.entry("规划期末", END), Map.entry("时期末", END), Map.entry("初", START), Map.entry("期初", START),
      Map.entry("初期", START), Map.entry("中期", new Part(Type.SPAN,
          (a, b) -> DateRange.year(a + 2))), Map.entry("开局之年", FIRST_YEAR),
      Map.entry("首年", FIRST_YEAR), Map.entry("第一年", FIRST_YEAR),
      Map.entry("收官之年", LAST_YEAR), Map.entry("最后一年", LAST_YEAR)));

  /** Horizons: 中叶 is the century's fiftieth year, 末 its last day. */
  static final Map<String, Integer> HORIZONS = YearPart.ordered(Map.of("中叶", 50, "末", 100));

  private static final String OPEN = "[“\"‘'「『]";
  private static final String CLOSE = "[”\"’'」』]";

  private static final Pattern PLAN = Pattern.compile("(?:(" + OPEN + ")" + S + ")?(?<![一二三四五六七八九十百])("
      + String.join("|", PLANS.keySet()) + ")(?![个人名万千百岁年天次%〇零一二三四五六七八九十])(?:" + S + "("
      + CLOSE + "))?(?:" + S + "(" + String.join("|", SUFFIXES.keySet()) + ")(?![端梢位尾]))?");
  private static final Pattern ORDINAL_PLAN =
      Pattern.compile("第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)");
  private static final Pattern CENTURY =
      Pattern.compile("(本|21|二十一|20|二十)世纪(" + String.join("|", HORIZONS.keySet()) + ")");

  private static final Scan PLAN_SCAN = Scan.of(PLAN, "十“\"‘'「『");
  private static final Scan ORDINAL_PLAN_SCAN = Scan.of(ORDINAL_PLAN, "第");
  private static final Scan CENTURY_SCAN = Scan.of(CENTURY, "本2二");

  /** The scans of this class, for {@link Starts}. */
  static final List<Scan> SCANS = List.of(PLAN_SCAN, ORDINAL_PLAN_SCAN, CENTURY_SCAN);

  private PlanPeriods() {}

  static void find(Starts starts, List<Atom> out) {
    for (MatchResult m : starts.matches(PLAN_SCAN)) {
      boolean quoted = m.group(1) != null && m.group(3) != null;
      int start = m.group(1) != null && !quoted ? m.start(2) : m.start();
      int first = PLANS.get(m.group(2));
      Part part = m.group(4) == null ? WHOLE : SUFFIXES.get(m.group(4));
      int end = m.group(4) == null && m.group(3) != null && m.group(1) == null
          ? m.end(2) : m.end(); // a closing quote without its opening one stays out
      DateRange range = part.range().apply(first, first + 4);
      out.add(Atom.anchor(start, end, part.type(), (doc, year) -> range, false).asPlan());
    }
    for (MatchResult m : starts.matches(ORDINAL_PLAN_SCAN)) {
      Integer n = Numerals.value(m.group(1));
      if (n != null && n >= 4) {
        int first = 1951 + 5 * n; // regular since the fourth plan (1971–1975)
        DateRange range = DateRange.years(first, first + 4);
        out.add(Atom.anchor(m.start(), m.end(), Type.SPAN, (doc, year) -> range, false)
            .asPlan());
      }
    }
    for (MatchResult m : starts.matches(CENTURY_SCAN)) {
      String which = m.group(1);
      int offset = HORIZONS.get(m.group(2));
      Type type = offset == 100 ? Type.POINT : Type.SPAN;
      out.add(Atom.anchor(m.start(), m.end(), type, (doc, year) -> {
        int century = which.equals("本")
            ? (doc == null ? 21 : (doc.getYear() + 99) / 100) : Numerals.value(which);
        int y = (century - 1) * 100 + offset;
        return offset == 100 ? DateRange.year(y).last() : DateRange.year(y);
      }, false));
    }
  }
}
