package org.zhengce.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhengce.extract.time.TimeExpression;
import org.zhengce.extract.time.TimeExpression.Relation;
import org.zhengce.extract.time.TimeExpression.Type;
import org.zhengce.extract.time.TimeParser;

/**
 * Picks the time expressions that can be deadlines: time limits (30个工作日内), plan periods
 * (十三五末, “十四五”期间), dates something is due by (到2020年, 6月底前) — these are firm — and
 * periods not yet past when the document was written, in words that do not report the past
 * (今年). Starting points (…以来) and durations without 内 are not
 * deadlines; the caller keeps only those inside a commitment or a target's sentence. Positions
 * are of the normalized text. Immutable and thread-safe.
 */
final class DeadlineFinder {

  /** A deadline found: where, of what kind, due when, for how long. */
  record Draft(int start, int end, Deadline.Kind kind, LocalDate due, Integer amount, String unit,
      boolean firm) {}

  private static final java.util.regex.Pattern PAST = java.util.regex.Pattern.compile("已|了|启动的|召开");

  private final TimeParser parser = new TimeParser();

  /** 制订“十三五”规划, 推动“十三五”…发展: the period names a plan, nothing is due in it. */
  private static boolean namesAPlan(String text, TimeExpression t) {
    String after = text.substring(t.end(), Math.min(text.length(), t.end() + 3));
    String before = text.substring(Math.max(0, t.start() - 3), t.start());
    return after.startsWith("规划") || after.startsWith("纲要") || after.startsWith("时期规划")
        || before.endsWith("制订") || before.endsWith("制定") || before.endsWith("编制")
        || before.endsWith("推动");
  }

  /** 今年下半年,已进入…; 今年启动的第二批地块: the clause tells what happened. */
  private static boolean reportsThePast(String text, TimeExpression t) {
    int end = t.end();
    while (end < text.length() && "。；;！？!?\n".indexOf(text.charAt(end)) < 0 && end - t.end() < 30) {
      end++;
    }
    return PAST.matcher(text).region(t.end(), end).find();
  }

  /** 较2020年下降, 比2015年, 从2016年的306万吨: the year is a baseline, nothing is due then. */
  private static final java.util.regex.Pattern BASELINE_BEFORE =
      java.util.regex.Pattern.compile("(比|较|相比|对比|从|基准)[ \t]*$");
  /** What makes a plan period due: “十四五”期间, 十三五末, 十四五时期, 十四五内, 完成“十二五”目标. */
  private static final java.util.regex.Pattern PERIOD_SUFFIX =
      java.util.regex.Pattern.compile("[”\"’']?[ \t]*(期间|末|时期|期末|内|以内|前|中期|目标|各项目标|任务)");

  private static boolean baseline(String text, TimeExpression t) {
    return BASELINE_BEFORE.matcher(text.substring(Math.max(0, t.start() - 3), t.start())).find();
  }

  /** “十四五”生态环境保护, “十四五”规划: a bare period names a plan or its time, nothing is due. */
  private static boolean bare(String text, TimeExpression t) {
    String written = text.substring(t.start(), t.end());
    return !PERIOD_SUFFIX.matcher(written).find()
        && !PERIOD_SUFFIX.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 4)).lookingAt()
        && !text.substring(Math.max(0, t.start() - 2), t.start()).matches(".*(到|至|在)[“\"‘']?");
  }

  /**
   * Whether {@code position} stands inside a book title 《…》 of its paragraph, even one that a
   * PDF line break cuts (组织编制《2021 年\n江苏省温室气体排放清单》): a title is not a time.
   */
  private static boolean inTitle(String text, int position) {
    for (int i = position - 1, lines = 0; i >= 0 && position - i <= TITLE_REACH; i--) {
      char c = text.charAt(i);
      if (c == '《') {
        return text.indexOf('》', position) > 0;
      }
      if (c == '》' || c == '。' || (c == '\n' && ++lines > 1)) {
        return false;
      }
    }
    return false;
  }

  private static final int TITLE_REACH = 60;

  /**
   * A year that qualifies a noun: in a list of nouns (对2020年四季度矿产卫片核查和2021年违法卫片的查处),
   * after 和, 及, 与 or 、, or as 年度 (2021 年度温室气体排放报告), before a noun, not before 底, 前,
   * 内 or a comma.
   */
  private static boolean attributive(String text, TimeExpression t) {
    int b = t.start() - 1;
    while (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    int a = t.end();
    while (a < text.length() && text.charAt(a) == ' ') {
      a++;
    }
    boolean beforeNoun = a < text.length()
        && Character.UnicodeScript.of(text.charAt(a)) == Character.UnicodeScript.HAN
        && "底末初前内以起至到止后中".indexOf(text.charAt(a)) < 0;
    // 2021 年度温室气体排放报告: the year of a report or a task, not a time it is due
    boolean annual = text.substring(t.start(), t.end()).endsWith("年度");
    return beforeNoun && (annual || b >= 0 && "和及与、".indexOf(text.charAt(b)) >= 0);
  }

  /** The edge of a month or year (4月底, 年末, 月初): a time frame, not an event's day. */
  private static final java.util.regex.Pattern EDGE = java.util.regex.Pattern.compile("[底末初中]$");

  List<Draft> find(String text, LocalDate documentDate) {
    List<Draft> out = new ArrayList<>();
    for (TimeExpression t : parser.find(text, documentDate)) {
      if (t.relation() == Relation.SINCE) {
        continue;
      }
      if (t.type() == Type.DURATION) {
        if (t.relation() == Relation.WITHIN && t.amount() != null && t.unit() != null) {
          out.add(new Draft(t.start(), t.end(), Deadline.Kind.RELATIVE, null, t.amount(),
              t.unit().label(), true));
        }
        continue;
      }
      if (baseline(text, t) || inTitle(text, t.start())) {
        continue;
      }
      if (t.plan()) {
        if (namesAPlan(text, t) || bare(text, t)) {
          continue;
        }
        out.add(new Draft(t.start(), t.end(), Deadline.Kind.PERIOD, t.to(), null, null, true));
        continue;
      }
      boolean by = t.relation() == Relation.BY;
      boolean past = documentDate != null && t.to() != null && t.to().isBefore(documentDate);
      // a single day without 前/到 is an event (7月3日电), not something due; 4月底, 年末 are edges
      boolean edge = t.type() == Type.POINT && EDGE.matcher(text).region(t.start(), t.end()).find();
      if (by || (!past && (t.type() == Type.SPAN || edge) && !reportsThePast(text, t)
          && !attributive(text, t))) {
        out.add(new Draft(t.start(), t.end(), Deadline.Kind.ABSOLUTE, t.to(), null, null, by));
      }
    }
    return out;
  }
}
