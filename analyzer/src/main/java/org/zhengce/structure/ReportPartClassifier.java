package org.zhengce.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengce.text.FirstCharPattern;
import org.zhengce.text.Span;

/**
 * Divides a government work report into its {@link ReportPart}s. Top-level headings name their
 * part (一、2023年工作回顾, 二、2024年工作总体要求和目标任务, 三、全面加强政府自身建设); where the
 * report has no such heading, the paragraphs that open a part do (过去一年… starts the review,
 * 今年…主要预期目标是… the targets, 今年要重点抓好以下工作 the work). A targets paragraph inside the
 * work part is a part of its own. Texts that are not work reports are OTHER but for their
 * sections that review the past (一、发展基础), which are REVIEW. Stateless.
 */
final class ReportPartClassifier {

  /** A paragraph and the heading it opens, if any. */
  record Block(Span paragraph, Section heading) {}

  private static final Pattern IS_REPORT = Pattern.compile(
      "政府工作报告|位代表|向大会报告|工作回顾|(19|20)\\d\\d年工作安排|今年.{0,12}预期目标|今年政府工作");
  /** A top heading only work reports have, found anywhere in the text. */
  private static final FirstCharPattern REPORT_HEADING = FirstCharPattern.of(Pattern.compile(
      "(?m)^[\\s\u3000]*[一二三四五六七八九十]{1,2}、"
      + "[^\\n]{0,8}(工作回顾|(19|20)\\d\\d年.{0,6}(工作安排|重点工作|主要任务|政府工作))"),
      " \t\n\u000B\f\r\u3000一二三四五六七八九十");
  private static final int REPORT_HEAD = 3000;
  private static final Pattern WORK_TOO = Pattern.compile("任务|工作|重点");
  private static final Pattern PLAN_PERIOD = Pattern.compile("十[一二三四五六七]五|五年");
  private static final int CUE_PREFIX = 80;
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d|今年|明年|十[一二三四五六七]五");
  private static final int TITLE_LINE = 30;
  private static final String TITLE_STOPS = "。！？!?；;，,：:";

  private final StructureWords words;

  ReportPartClassifier(StructureWords words) {
    this.words = words;
  }

  /** Whether {@code text} reads as a work report (its opening names one or its audience). */
  boolean isReport(String text) {
    return IS_REPORT.matcher(text).region(0, Math.min(text.length(), REPORT_HEAD)).find()
        || REPORT_HEADING.find(text);
  }

  /** The part a heading's title announces, or null. */
  ReportPart headingCue(CharSequence title) {
    for (StructureWords.Cue cue : words.headingCues) {
      if (cue.pattern().matcher(title).find()) {
        return cue.part();
      }
    }
    return null;
  }

  /** Whether a paragraph without a number is a report part's title (2023年工作回顾). */
  boolean isPartTitle(String text, Span p) {
    if (p.length() > TITLE_LINE || text.startsWith("—", p.start())) {
      return false;
    }
    for (int i = p.start(); i < p.end(); i++) {
      if (TITLE_STOPS.indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    String title = p.of(text);
    if (title.contains("报告") || title.startsWith("各位")) {
      return false;
    }
    ReportPart cue = headingCue(title);
    return cue != null && (cue != ReportPart.WORK || YEAR.matcher(title).find());
  }

  /** The parts of {@code text}, a work report if {@code report} ({@link #isReport} said so). */
  List<PartRange> classify(String text, List<Block> blocks, boolean report) {
    List<PartRange> ranges = new ArrayList<>();
    if (!report) {
      return planParts(text, blocks);
    }
    int top = Integer.MAX_VALUE;
    for (Block b : blocks) {
      Section h = b.heading();
      if (h != null && h.numbering() != Numbering.NONE && h.level() <= 1 && h.level() < top
          && headingCue(h.title().of(text)) != null) {
        top = h.level();
      }
    }
    var state = new State(ranges);
    for (Block b : blocks) {
      Section h = b.heading();
      ReportPart said = h == null ? paragraphCue(text, b.paragraph()) : null;
      if (state.backToWork && said != ReportPart.TARGETS) {
        state.set(b.paragraph().start(), ReportPart.WORK, false);
      }
      if (h != null) {
        boolean isTop = h.numbering() == Numbering.NONE || h.level() <= top;
        ReportPart cue = isTop ? headingCue(h.title().of(text)) : null;
        if (cue == ReportPart.SELF_BUILDING && !state.seenPlans) {
          cue = null;
        }
        if (cue == ReportPart.TARGETS && state.current == ReportPart.WORK
            && h.numbering() == Numbering.NONE) {
          state.set(h.span().start(), cue, true); // a targets title inside the work part
        } else if (cue != null) {
          String title = h.title().of(text);
          state.set(h.span().start(), cue, false);
          state.targetsWithWork = cue == ReportPart.TARGETS && WORK_TOO.matcher(title).find()
              && !PLAN_PERIOD.matcher(title).find();
        } else if (state.current == ReportPart.TARGETS
            && (state.byParagraph || state.targetsWithWork) && h.level() <= 2
            && h.numbering() != Numbering.NONE) {
          state.set(h.span().start(), ReportPart.WORK, false);
        }
        continue;
      }
      ReportPart cue = said;
      Span p = b.paragraph();
      if (cue == ReportPart.REVIEW && state.current == ReportPart.OTHER && !state.seenAny) {
        state.set(p.start(), ReportPart.REVIEW, true);
      } else if (cue == ReportPart.TARGETS) {
        if (state.current == ReportPart.OTHER || state.current == ReportPart.REVIEW) {
          state.set(p.start(), ReportPart.TARGETS, true);
        } else if (state.current == ReportPart.WORK) {
          state.set(p.start(), ReportPart.TARGETS, false);
          state.backToWork = true;
        }
      } else if (cue == ReportPart.WORK && state.current != ReportPart.WORK
          && state.current != ReportPart.SELF_BUILDING) {
        state.set(p.start(), ReportPart.WORK, false);
      }
    }
    state.close(text.length());
    return ranges;
  }

  /**
   * The parts of a text that is not a work report: OTHER, but for the sections whose heading
   * announces a review of the past or the situation (一、发展基础, （一）面临形势), REVIEW up to the
   * next heading of the same or a higher level.
   */
  private List<PartRange> planParts(String text, List<Block> blocks) {
    List<PartRange> ranges = new ArrayList<>();
    var state = new State(ranges);
    int reviewLevel = Integer.MAX_VALUE;
    for (Block b : blocks) {
      Section h = b.heading();
      if (h == null || h.numbering() == Numbering.NONE) {
        continue;
      }
      if (h.level() <= reviewLevel) {
        boolean review = planHeadingCue(h.title().of(text));
        reviewLevel = review ? h.level() : Integer.MAX_VALUE;
        state.set(h.span().start(), review ? ReportPart.REVIEW : ReportPart.OTHER, false);
      }
    }
    state.close(text.length());
    return ranges;
  }

  private boolean planHeadingCue(CharSequence title) {
    for (StructureWords.Cue cue : words.planHeadingCues) {
      if (cue.pattern().matcher(title).find()) {
        return true;
      }
    }
    return false;
  }

  private ReportPart paragraphCue(String text, Span p) {
    CharSequence head = text.subSequence(p.start(), Math.min(p.end(), p.start() + CUE_PREFIX));
    for (StructureWords.Cue cue : words.paragraphCues) {
      if (cue.pattern().matcher(head).find()) {
        return cue.part();
      }
    }
    return null;
  }

  /** The walk's state: the part so far and where it began. */
  private static final class State {
    private final List<PartRange> ranges;
    private ReportPart current = ReportPart.OTHER;
    private int start;
    private boolean byParagraph;
    /** Whether the targets heading announces the work too (2024年主要目标和重点任务). */
    private boolean targetsWithWork;
    private boolean seenAny;
    private boolean seenPlans;
    /** Whether a targets paragraph interrupts the work part, which resumes after it. */
    private boolean backToWork;

    State(List<PartRange> ranges) {
      this.ranges = ranges;
    }

    void set(int at, ReportPart part, boolean fromParagraph) {
      seenAny = true;
      backToWork = false;
      seenPlans |= part == ReportPart.WORK || part == ReportPart.TARGETS;
      byParagraph = fromParagraph;
      if (part == current) {
        return;
      }
      if (at > start) {
        ranges.add(new PartRange(new Span(start, at), current));
      }
      current = part;
      start = at;
    }

    void close(int end) {
      ranges.add(new PartRange(new Span(start, end), current));
    }
  }
}
