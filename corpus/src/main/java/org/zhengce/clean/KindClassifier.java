package org.zhengce.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.zhengce.extract.Kind;

/**
 * Tells what sort of text a document is from its title and its opening, by rules tried in order:
 * a report (政府工作报告, 在…上的报告, 向大会报告工作), a speech (在…上的讲话, 同志们:), a plan (a
 * title ending in 规划/方案/计划, or one that issues one: 关于印发《…规划》的通知), a notice (通知,
 * 意见, 办法 …), a meeting (会议, 座谈, 召开…会 in the title or the lead). A text whose title says
 * nothing (an excerpt, a PDF without its cover) is read by its body: a work report's own words
 * (各位代表, 主要预期目标) make it a report, several attributions (牵头单位：…, 责任单位：…) a plan or
 * task list; else news. A trailing parenthesis of the title ({@code （2021—2023）}, {@code （试行）})
 * is not its ending. Stateless.
 */
final class KindClassifier {

  static final List<String> REPORT_TITLE = List.of("工作报告", "政府工作报告");
  static final List<String> REPORT_OPENING = List.of("向大会报告工作", "向大会报告政府工作", "作政府工作报告",
      "向大会作报告", "向大会作工作报告", "作工作报告");
  /** Title endings of a speech itself; 作重要讲话 ends news about one. */
  static final List<String> SPEECH_TITLE = List.of("的讲话", "讲话稿", "致辞", "的发言", "主持词", "讲稿");
  static final List<String> SPEECH_OPENING = List.of("同志们", "女士们、先生们", "女士们,先生们");
  static final List<String> PLAN_WORDS = List.of("规划", "方案", "计划", "纲要", "行动计划", "规划纲要",
      "清单", "工作要点", "任务分工", "实施细则");
  /** Words only a work report says of itself. */
  static final List<String> REPORT_BODY = List.of("各位代表", "主要预期目标");
  /** Labels of a task's attribution: a plan or a task list names its units. */
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "(牵头|责任|配合|参加|协办|主办)(单位|部门|处室)\s*[:：]");
  private static final int ATTRIBUTIONS_OF_A_PLAN = 3;
  private static final Pattern TRAILING_PARENTHESIS = Pattern.compile(
      "\\s*[(（][^()（）]{1,20}[)）]\\s*$|\\s+(19|20)\\d{2}$");
  /** Headings of the parts of a plan (主要任务, 保障措施 …): a text with three of them sets tasks. */
  static final List<String> PLAN_PARTS = List.of("指导思想", "基本原则", "总体要求", "发展目标", "主要目标",
      "工作目标", "主要任务", "重点任务", "工作任务", "重点工程", "保障措施", "组织实施", "实施步骤");
  private static final Pattern PLAN_PART = Pattern.compile("(?m)^\\s*(?:第[一二三四五六七八九十]+[章节篇部分]\\s*|"
      + "[一二三四五六七八九十]+\\s*[、.．]\\s*|[（(][一二三四五六七八九十]+[）)]\\s*)?("
      + String.join("|", PLAN_PARTS) + ")");
  private static final int PARTS_OF_A_PLAN = 3;
  /** A readout's lead: 中央经济工作会议12月10日至13日在北京举行. */
  private static final Pattern MEETING_LEAD = Pattern.compile(
      "(会议|全会)[^。，,]{0,24}(举行|召开)|^会议(认为|指出|强调|要求|决定|审议|听取)");
  /** A plan's own words of itself (制定本行动方案), or the notice that issues one without 《》. */
  private static final Pattern PLAN_SELF = Pattern.compile(
      "制定本[^。，,]{0,8}(方案|计划|规划|意见|纲要)|印发[^。，,《]{0,40}(规划|方案|计划|纲要)[^。，,]{0,12}的通知");
  /** A title that gives its speaker (习近平：推动形成…布局), read when no meeting is reported. */
  private static final Pattern SIGNED = Pattern.compile("^(\\p{IsHan}{2,3})[：:]");
  static final List<String> NOTICE_WORDS = List.of("通知", "意见", "办法", "决定", "条例", "规定", "细则",
      "公告", "通告", "通报", "批复", "函", "决议", "指引", "指南", "令");
  static final List<String> MEETING_WORDS = List.of("会议", "座谈", "现场会", "推进会", "研讨会", "常务会",
      "联席会", "工作会", "全会", "峰会", "会见", "会谈", "调研", "考察");

  private static final Pattern REPORT_AT = Pattern.compile("在.{2,60}上的报告");
  private static final Pattern SPEECH_AT = Pattern.compile("在.{2,60}上的(讲话|致辞|发言)");
  private static final Pattern ISSUED_PLAN = Pattern.compile(
      "《[^》]*(" + String.join("|", PLAN_WORDS) + ")[^》]{0,6}》");
  private static final Pattern MEETING_HELD = Pattern.compile("(召开|举行|主持召开)[^。，,]{0,30}会");

  private static final int OPENING_CHARS = 400;

  private KindClassifier() {}

  static Kind classify(String title, String text) {
    String full = title == null ? "" : title;
    String opening = opening(text, full);
    String t = TRAILING_PARENTHESIS.matcher(full).replaceFirst("");
    if (REPORT_TITLE.stream().anyMatch(t::contains) || REPORT_AT.matcher(t).find()
        || REPORT_OPENING.stream().anyMatch(opening::contains)) {
      return Kind.REPORT;
    }
    if (SPEECH_AT.matcher(t).find() || SPEECH_TITLE.stream().anyMatch(t::endsWith)
        || SPEECH_OPENING.stream().anyMatch(w -> startsWithWord(opening, w))) {
      return Kind.SPEECH;
    }
    if (PLAN_WORDS.stream().anyMatch(t::endsWith) || ISSUED_PLAN.matcher(t).find() || PLAN_SELF.matcher(t).find()) {
      return Kind.PLAN;
    }
    if (NOTICE_WORDS.stream().anyMatch(t::endsWith) || t.startsWith("关于")) {
      return setsTasks(text) ? Kind.PLAN : Kind.NOTICE; // 意见 and 通知 with 主要任务, 保障措施 … are plans
    }
    if (MEETING_WORDS.stream().anyMatch(t::contains) || MEETING_HELD.matcher(t).find()
        || MEETING_HELD.matcher(opening).find() || MEETING_LEAD.matcher(opening).find()) {
      return Kind.MEETING;
    }
    java.util.regex.Matcher signed = SIGNED.matcher(t);
    if (signed.find() && SpeakerFinder.isName(signed.group(1))) {
      return Kind.SPEECH;
    }
    if (t.isEmpty() && REPORT_BODY.stream().anyMatch(text::contains)) {
      return Kind.REPORT;
    }
    if (ATTRIBUTION.matcher(text).results().limit(ATTRIBUTIONS_OF_A_PLAN).count()
        >= ATTRIBUTIONS_OF_A_PLAN || setsTasks(text) || PLAN_SELF.matcher(opening).find()) {
      return Kind.PLAN;
    }
    return Kind.NEWS;
  }

  /** Whether the text has the parts of a plan as headings: three of {@link #PLAN_PARTS}. */
  static boolean setsTasks(String text) {
    return PLAN_PART.matcher(text).results().map(m -> m.group(1)).distinct().limit(PARTS_OF_A_PLAN).count()
        >= PARTS_OF_A_PLAN;
  }

  /** The first characters of the body, after the title when the text repeats it. */
  private static String opening(String text, String title) {
    int from = title.isEmpty() ? -1 : text.indexOf(title);
    int start = from < 0 ? 0 : from + title.length();
    String rest = text.substring(start, Math.min(text.length(), start + OPENING_CHARS));
    return rest.strip();
  }

  private static boolean startsWithWord(String opening, String word) {
    return opening.startsWith(word) || opening.contains("\n" + word);
  }
}
