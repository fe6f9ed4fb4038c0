package org.zhengce.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.zhengce.number.Quantity;

/**
 * Finds numeric targets: a quantity with a direction verb before it (PM2.5平均浓度下降10%,
 * 森林覆盖率要达到33.5%, 在全省排名退出后5) or, failing that, a 达到 after it (20%以上的面积达到标准要求),
 * in a sentence that sets goals and a clause that does not report the past (同比增长350%, 累计).
 * The indicator is the phrase before the verb, without the sentence's own words (确保, 今年, 要).
 * Positions are of the normalized text. Immutable and thread-safe.
 */
final class TargetFinder {

  /**
   * Where a number stands: in a list of goals (a work report's expected targets, a line opened by
   * 主要目标：), where every number with its indicator is a goal and 同比/比上年 give the change
   * wanted; in a text that sets goals as a whole (a plan's tasks, a report's planned work), where
   * counts of things to make are goals too; or in running text, where a goal word must say so.
   */
  enum Goals { NONE, CONTEXT, LIST }

  /** A target found, before ids and deadlines are given. */
  record Draft(int start, int end, String indicator, Direction direction, Quantity quantity,
      String unit, Integer baselineYear) {}

  private static final Set<String> TIME_UNITS =
      Set.of("年", "个月", "月", "天", "日", "周", "小时", "个季度", "周年", "工作日", "个工作日", "分钟");
  private static final int MAX_GAP = 8;
  /** How far before its number an indicator phrase may start. */
  private static final int MAX_INDICATOR = 40;
  private static final String BREAKS = ",，、:：;；。";

  /**
   * The targets of {@code text}; {@code goalsAt} says where a position stands ({@link Goals}).
   */
  List<Draft> find(String text, List<Clause> clauses, Words words, List<Quantity> quantities,
      java.util.function.IntFunction<Goals> goalsAt) {
    List<Draft> out = new ArrayList<>();
    GoalSentences setsGoals = new GoalSentences(text, clauses);
    TargetForms.Quotes quotes = new TargetForms.Quotes(text);
    int lastSentence = -1;
    int c = 0;
    for (Quantity q : quantities) {
      while (c < clauses.size() && clauses.get(c).end() <= q.start()) {
        c++;
      }
      if (c >= clauses.size() || clauses.get(c).start() > q.start()) {
        continue;
      }
      Draft d = target(text, clauses, c, words, q, goalsAt.apply(q.start()), setsGoals, quotes);
      Draft last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (d == null && last != null) {
        d = RespectiveTargets.next(text, last, q);
        if (d != null) {
          out.set(out.size() - 1, RespectiveTargets.first(last));
        }
      } else if (d != null && d.indicator().isEmpty()) { // 增长7.5%，达到309亿元: the same indicator
        d = last == null || lastSentence != clauses.get(c).sentence() ? null
            : new Draft(d.start(), d.end(), last.indicator(), d.direction(), q, d.unit(), d.baselineYear());
      }
      if (d != null) {
        out.add(d);
        lastSentence = clauses.get(c).sentence();
      }
    }
    return out;
  }

  private static Draft target(String text, List<Clause> clauses, int c, Words words, Quantity q,
      Goals where, GoalSentences setsGoals, TargetForms.Quotes quotes) {
    boolean goals = where != Goals.NONE;
    Clause clause = clauses.get(c);
    boolean rank = q.unit() == null && text.startsWith("后", q.start() - 1);
    if (quotes.inside(q.start())) {
      return null;
    }
    if (q.unit() == null ? !rank : TIME_UNITS.contains(q.unit())
        && (followedByWithin(text, q) || TargetWords.NAMED_PERIOD.matcher(text).region(q.end(),
            Math.min(text.length(), q.end() + 6)).lookingAt())) {
      return null;
    }
    int regionStart = pieceStart(text, Math.max(clause.bodyStart(), q.start() - MAX_INDICATOR), q.start());
    String before = text.substring(regionStart, q.start());
    if ((where == Goals.LIST ? TargetWords.REPORTED : TargetWords.ACHIEVED).occursIn(text, regionStart, q.start())
        || !(goals || setsGoals.at(c))) {
      return null;
    }
    if (q.text().startsWith("翻") && "倍".equals(q.unit())) { // 比2010年翻一番: an increase of 100%
      Matcher lead = TargetWords.INDICATOR_LEAD.matcher(before);
      int start = regionStart + (lead.lookingAt() ? lead.end() : 0);
      String indicator = TargetWords.INDICATOR_TAIL.matcher(text.substring(start, q.start())).replaceAll("");
      Quantity percent = new Quantity(q.start(), q.end(), q.text(), (q.value() - 1) * 100, null, "%",
          q.qualifier());
      return new Draft(start, q.end(), indicator.strip(), Direction.INCREASE, percent, "%", baseline(before));
    }
    Draft counted = goals && !rank ? TargetForms.count(text, words, q, clause.end()) : null;
    if (counted != null) {
      Direction said = TargetWords.direction(text.substring(counted.start(), q.start()));
      return said != Direction.DECREASE && said != Direction.LIMIT ? counted : new Draft(counted.start(), counted.end(), counted.indicator(),
          said, q, counted.unit(), null);
    }
    int verbEnd = rank ? q.start() - 1 : q.start();
    Map.Entry<String, Direction> verb = verbEndingNear(text, regionStart, verbEnd);
    if (verb != null && TargetForms.specifies(text, words, q)) {
      return null;
    }
    if (verb != null) {
      int verbStart = lastIndexOf(text, verb.getKey(), regionStart, verbEnd);
      boolean adjacent = verbStart + verb.getKey().length() == verbEnd;
      String indicator = adjacent ? text.substring(regionStart, verbStart) : text.substring(regionStart, q.start());
      int start = regionStart;
      int end = q.end();
      Matcher lead = TargetWords.INDICATOR_LEAD.matcher(indicator);
      if (lead.lookingAt()) {
        start += lead.end();
        indicator = indicator.substring(lead.end());
      }
      indicator = TargetWords.INDICATOR_TAIL.matcher(indicator).replaceAll("");
      if (indicator.isBlank()) { // 完成15万亩的造林任务: the indicator follows
        int of = text.startsWith("的", q.end()) ? q.end() + 1 : -1;
        if (of < 0) { // 增长7.5%，达到309亿元: the indicator of the target before, if any
          return new Draft(start, end, "", verb.getValue(), q, q.unit(), baseline(before));
        }
        int to = TargetForms.pieceEnd(text, of, Math.min(clause.end(), of + MAX_GAP), BREAKS);
        indicator = text.substring(of, to);
        end = to;
      }
      if (rank) { // 在全省排名退出后5, 争取早日退出全国后10: the scope's ranking
        Matcher scope = TargetWords.RANK_SCOPE.matcher(text).region(regionStart, q.start());
        indicator = (scope.find() ? scope.group() : "") + "排名";
      }
      if (indicator.isBlank()) {
        return null;
      }
      return new Draft(start, end, indicator.strip(), verb.getValue(), q, rank ? "名" : q.unit(),
          baseline(before));
    }
    // 20%以上的面积达到标准要求: the verb follows
    int reach = text.indexOf("达到", q.end());
    if (reach < 0 || reach >= clause.end() || !text.startsWith("的", q.end())) {
      return goals && !rank ? TargetForms.listed(text, words, q, regionStart) : null;
    }
    Matcher lead = TargetWords.INDICATOR_LEAD.matcher(before);
    int start = regionStart + (lead.lookingAt() ? lead.end() : 0);
    String indicator = text.substring(start, q.start()) + text.substring(q.end() + 1, reach);
    if (indicator.isBlank()) {
      return null;
    }
    return new Draft(start, clause.end(), indicator, Direction.REACH, q, q.unit(), baseline(before));
  }

  /** The direction verb that ends closest before {@code end}, within {@value #MAX_GAP} characters. */
  private static Map.Entry<String, Direction> verbEndingNear(String text, int from, int end) {
    for (int stop = end; stop >= Math.max(from, end - MAX_GAP); stop--) {
      String verb = TargetWords.VERB_WORDS.endingAt(text, from, stop);
      if (verb != null) {
        return Map.entry(verb, TargetWords.DIRECTIONS.get(verb));
      }
    }
    return null;
  }

  private static int lastIndexOf(String text, String word, int from, int end) {
    for (int stop = end; stop >= from; stop--) {
      if (text.startsWith(word, stop - word.length()) && stop - word.length() >= from) {
        return stop - word.length();
      }
    }
    return -1;
  }

  /** Where the piece holding {@code position} starts: after the last comma or 、 of its clause. */
  private static int pieceStart(String text, int clauseStart, int position) {
    for (int i = position - 1; i >= clauseStart; i--) {
      if (BREAKS.indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return clauseStart;
  }


  private static boolean followedByWithin(String text, Quantity q) {
    return text.startsWith("内", q.end()) || text.startsWith("以内", q.end());
  }

  /**
   * Whether the sentence of a clause sets goals: 确保, 力争, 目标, 到2020年 … Each sentence is read
   * once, however many numbers it holds. One per {@link #find} call, not shared.
   */
  private static final class GoalSentences {
    private final String text;
    private final List<Clause> clauses;
    /** The first clause of the sentence read last, and whether it sets goals. */
    private int first = -1;
    private boolean sets;

    GoalSentences(String text, List<Clause> clauses) {
      this.text = text;
      this.clauses = clauses;
    }

    boolean at(int c) {
      int sentence = clauses.get(c).sentence();
      int first = c;
      while (first > 0 && clauses.get(first - 1).sentence() == sentence) {
        first--;
      }
      if (first != this.first) {
        int last = c;
        while (last + 1 < clauses.size() && clauses.get(last + 1).sentence() == sentence) {
          last++;
        }
        this.first = first;
        int from = clauses.get(first).start();
        int to = clauses.get(last).end();
        this.sets = TargetWords.GOAL.occursIn(text, from, to)
            || TargetWords.GOAL_YEAR.matcher(text).region(from, to).find();
      }
      return sets;
    }
  }

  private static Integer baseline(String before) {
    Matcher m = TargetWords.BASELINE.matcher(before);
    Integer year = null;
    while (m.find()) {
      year = Integer.valueOf(m.group(1));
    }
    return year;
  }
}
