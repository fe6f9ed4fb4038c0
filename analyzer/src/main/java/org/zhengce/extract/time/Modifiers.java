package org.zhengce.extract.time;

import static org.zhengce.extract.time.TimeText.S;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around an atom that say how a clause relates to its time, as tables: suffixes (…前,
 * …以来, …起, …内, …期间) and prefixes (到…, 自…, 力争…, 截至…). {@link TimeParser} reads them and
 * turns them into a {@link TimeExpression.Relation}.
 */
final class Modifiers {

  /** What a suffix does to the time before it. */
  enum Effect {
    /** …前, …之前, …以前, …内 after a date: a deadline. */
    BY,
    /** …以来, …至今: from then up to the document date. */
    SINCE_NOW,
    /** …起, …开始: from then on. */
    FROM,
    /** …以后: from then on (inclusive, as 以后 counts in Chinese legal usage). */
    ONWARD,
    /** …后, …之后: from the day after. */
    AFTER,
    /** …内 after a length: a time limit. */
    WITHIN,
    /** …前 after a length: that long before the document date. */
    AGO,
    /** …后 after a length: that long after the document date. */
    LATER,
    /** Words that belong to the expression but change nothing: 期间, 前后, 左右, 时间. */
    KEEP
  }

  /** A suffix: its word, what may not follow it (前列, 后续, 内蒙古, 起草), and its effect. */
  record Rule(String word, String notFollowedBy, Effect effect) {}

  private static final String NOT_AFTER_FRONT = "后列沿景提期夕身述款段面线端行进往来置瞻所移头台卫科排缀人方车任"
      + "一二三四五六七八九十两0123456789";
  private static final String NOT_AFTER_BACK = "续期来果面方者备勤台盾劲发继代人世半端排悔顾患卫门天年事生记";
  private static final String NOT_AFTER_INSIDE = "蒙地容部外涵在需控河江陆生卷核审阁政务科资销网联设置燃镜心参训"
      + "宣保衣伤侧海循向行幕饰存力功乱战债贸";
  private static final String NOT_AFTER_RISE = "草步点来到诉飞航伏码源因义跑始身床色居用价重降火见";

  /** Suffixes after a date or period. */
  static final List<Rule> ANCHOR_SUFFIXES = List.of(
      new Rule("之前", "", Effect.BY), new Rule("以前", "", Effect.BY),
      new Rule("前", NOT_AFTER_FRONT, Effect.BY), new Rule("以内", "", Effect.BY),
      new Rule("之内", "", Effect.BY), new Rule("内", NOT_AFTER_INSIDE, Effect.BY),
      new Rule("以来", "", Effect.SINCE_NOW), new Rule("至今", "", Effect.SINCE_NOW),
      new Rule("起至今", "", Effect.SINCE_NOW), new Rule("开始至今", "", Effect.SINCE_NOW),
      new Rule("以来至今", "", Effect.SINCE_NOW),
      new Rule("起", NOT_AFTER_RISE, Effect.FROM), new Rule("开始", "", Effect.FROM),
      new Rule("以后", "", Effect.ONWARD), new Rule("之后", "", Effect.AFTER),
      new Rule("后", NOT_AFTER_BACK, Effect.AFTER), new Rule("前后", "", Effect.KEEP),
      new Rule("前夕", "", Effect.KEEP), new Rule("左右", "", Effect.KEEP),
      new Rule("期间", "", Effect.KEEP), new Rule("时期", "", Effect.KEEP),
      new Rule("期内", "", Effect.KEEP), new Rule("间", "隔断歇距接谍", Effect.KEEP));

  /** Suffixes after a length of time. */
  static final List<Rule> DURATION_SUFFIXES = List.of(
      new Rule("以内", "", Effect.WITHIN), new Rule("之内", "", Effect.WITHIN),
      new Rule("内", NOT_AFTER_INSIDE, Effect.WITHIN), new Rule("之前", "", Effect.AGO),
      new Rule("以前", "", Effect.AGO), new Rule("前", NOT_AFTER_FRONT, Effect.AGO),
      new Rule("之后", "", Effect.LATER), new Rule("以后", "", Effect.LATER),
      new Rule("后", NOT_AFTER_BACK, Effect.LATER), new Rule("以来", "", Effect.SINCE_NOW),
      new Rule("来", "自源访华看说讲", Effect.SINCE_NOW), new Rule("时间", "", Effect.KEEP),
      new Rule("左右", "", Effect.KEEP));

  /** Prefixes that make a deadline and belong to the expression: 到2020年, 直至2025年. */
  static final String DEADLINE_PREFIX =
      "(?<![达回提看做得受遇感想收找报来听见谈说讲学用等止截遭降增升减低高少多缩扩压长])(?:直到|直至|到|至)";
  /** Prefixes that start a period and belong to the expression: 自2020年1月1日起, 从今年开始. */
  static final String START_PREFIX = "(?<![来各独亲擅服遵跟无听随])(?:自从|从|自)";
  /** Words before a time (and an optional 在/于/到) that make it a goal: 力争2025年, 争取在年内. */
  static final String GOAL = "(?:力争|争取)(?:在|于)?";

  private static final Pattern ANCHOR_SUFFIX = suffixPattern(ANCHOR_SUFFIXES);
  private static final Pattern DURATION_SUFFIX = suffixPattern(DURATION_SUFFIXES);
  /** Between a prefix and its time: spaces, and one line break of a PDF's broken lines. */
  private static final String GAP = S + "(?:\\r?\\n" + S + ")?\\z";
  private static final Pattern DEADLINE = Pattern.compile(DEADLINE_PREFIX + GAP);
  private static final Pattern START = Pattern.compile(START_PREFIX + GAP);
  private static final Pattern GOAL_BEFORE = Pattern.compile(GOAL + GAP);

  private Modifiers() {}

  /** A suffix found after an atom: where it ends and what it does (null: none). */
  record Suffix(int end, Effect effect) {}

  /** The prefix before an atom: where the expression starts, and what the prefix says. */
  record Prefix(int start, boolean deadline, boolean since, boolean goal) {}

  static Suffix suffix(String s, Atom atom, int limit) {
    boolean duration = atom.kind() == Atom.Kind.DURATION;
    Matcher m = (duration ? DURATION_SUFFIX : ANCHOR_SUFFIX).matcher(s)
        .region(atom.end(), limit).useTransparentBounds(true);
    if (m.lookingAt()) {
      for (Rule rule : duration ? DURATION_SUFFIXES : ANCHOR_SUFFIXES) {
        if (rule.word().equals(m.group(1))) {
          return new Suffix(m.end(), rule.effect());
        }
      }
    }
    return new Suffix(atom.end(), null);
  }

  /** Reads back from {@code start}, never before {@code limit} (the end of the last expression). */
  static Prefix prefix(String s, int start, int limit) {
    int from = Math.max(limit, start - 8);
    int begin = start;
    boolean deadline = false;
    boolean since = false;
    Matcher m;
    // each prefix holds one of a few characters: where none stands, its pattern need not run
    if (holds(s, from, start, "到至")
        && (m = DEADLINE.matcher(s).region(from, start).useTransparentBounds(true)).find()) {
      deadline = true;
      begin = m.start();
    } else if (holds(s, from, start, "从自")
        && (m = START.matcher(s).region(from, start).useTransparentBounds(true)).find()) {
      since = true;
      begin = m.start();
    }
    boolean goal = holds(s, from, begin, "争")
        && GOAL_BEFORE.matcher(s).region(from, begin).useTransparentBounds(true).find();
    return new Prefix(begin, deadline, since, goal);
  }

  /** Whether one of {@code chars} stands in {@code s} from {@code from} to {@code to}. */
  private static boolean holds(String s, int from, int to, String chars) {
    for (int i = from; i < to; i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Pattern suffixPattern(List<Rule> rules) {
    StringBuilder alternatives = new StringBuilder();
    rules.stream()
        .sorted(Comparator.comparingInt((Rule r) -> -r.word().length()))
        .forEach(r -> alternatives.append(alternatives.length() == 0 ? "" : "|")
            .append(r.word())
            .append(r.notFollowedBy().isEmpty() ? "" : "(?![" + r.notFollowedBy() + "])"));
    return Pattern.compile(S + "(" + alternatives + ")");
  }
}
