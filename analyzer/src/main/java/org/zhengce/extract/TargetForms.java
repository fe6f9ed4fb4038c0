package org.zhengce.extract;

import java.util.Set;
import java.util.regex.Pattern;

import org.zhengce.number.Qualifier;
import org.zhengce.number.Quantity;

/**
 * The target forms of plans and work reports that carry no direction verb, tried where the
 * text sets goals and the verb form found nothing:
 * <ul>
 *   <li>a count after any action verb, its noun after it (打造40个消费场景, 实施3000个技改项目,
 *       建设2万平方米仓储库): direction {@code reach}, the noun as indicator;</li>
 *   <li>a value after its noun, with nothing after it but the end of the piece, as a list of
 *       goals writes it (城镇调查失业率5.5%左右, 粮食产量730亿斤以上, 财政赤字2.76万亿元):
 *       {@code reach}, or {@code limit} for a ceiling (4.5%以内).</li>
 * </ul>
 * Positions are of the normalized text; tokens are its words with their parts of speech.
 * Stateless.
 */
final class TargetForms {

  private TargetForms() {}

  private static final String BREAKS = ",，、:：;；。!！?？\n";
  /** Units that make a number a share or a change, never a count of things to make. */
  private static final Set<String> NOT_COUNTS = Set.of("%", "‰", "百分点", "个百分点", "倍", "成");
  /** Units that count things (5家以上企业 is a floor on a count, 20年以上小区 a specification). */
  private static final Set<String> CLASSIFIERS = Set.of("个", "家", "户", "所", "座", "条", "项", "批",
      "台", "辆", "处", "名", "人", "人次", "万人", "万人次", "件", "套", "支", "只", "头", "部", "艘",
      "架", "列", "次", "场", "栋", "幢", "间", "张", "万户", "万家", "万个", "千个", "百个");
  /** Units of time: a period, never a count of things to make (20年以上小区, 三年行动). */
  private static final Set<String> TIMES = Set.of("年", "个月", "月", "天", "日", "周", "小时", "分钟");
  /** Verbs that describe what is there, not what is to be made. */
  private static final Set<String> NOT_ACTIONS = Set.of("包括", "包含", "涉及", "含", "有", "占", "是",
      "拥有", "共有", "覆盖");
  /** A count of one or two in words, as slogans write them (两个维护, 二轮, 一批): not a goal. */
  private static final Pattern SLOGAN_COUNT = Pattern.compile("[一二两][^0-9]");
  /** What counts the text's own parts, not things to make: 八个方面, 三件事, 以下几项. */
  private static final Pattern ENUMERATION = Pattern.compile("方面|件事|点|部分|环节|层次|阶段");
  /** How far a count's noun may run after it. */
  private static final int MAX_NOUN = 24;
  /** How long the noun of a listed value may be. */
  private static final int MAX_LISTED = 18;
  /** Words between the verb and its count, besides time words (今年): 再, 共. */
  private static final Pattern BETWEEN = Pattern.compile("再|共|总共|合计");

  /**
   * The count form at {@code q}: the word before it (past a time word) is a verb, a noun follows
   * it. Null when the form does not hold.
   */
  static TargetFinder.Draft count(String text, Words words, Quantity q, int clauseEnd) {
    if (q.unit() == null || NOT_COUNTS.contains(q.unit()) || TIMES.contains(q.unit())
        || q.qualifier() != Qualifier.EXACT && !CLASSIFIERS.contains(q.unit())) {
      return null; // 新建35蒸吨/小时及以下燃煤锅炉: a specification of what is built, not a count
    }
    int before = words.before(q.start());
    if (before >= 0 && (words.isTime(before) || BETWEEN.matcher(words.text(before)).matches())) {
      before = words.before(words.token(before).start());
    }
    if (before >= 0 && words.text(before).equals("等")) { // 实施人工智能、高端航空装备等9个重大科技专项
      before = verbOpening(text, words, before);
    }
    if (before < 0 || !words.isVerb(before) || NOT_ACTIONS.contains(words.text(before))
        || SLOGAN_COUNT.matcher(q.text()).lookingAt()) {
      return null; // 包括…等9座山体, 管理两个关键小事
    }
    int nounStart = text.startsWith("的", q.end()) ? q.end() + 1 : q.end();
    int after = words.at(nounStart);
    // 培育推广200个“人工智能＋”典型示范应用场景: a quoted name opens the noun
    boolean quoted = text.startsWith("“", nounStart) && after >= 0 && after + 1 < words.size();
    if (after < 0 || !(quoted || words.mayStartObject(after))) {
      return null;
    }
    if (nounStart >= clauseEnd) { // the count ends its clause: no noun follows
      return null;
    }
    int nounEnd = pieceEnd(text, nounStart, Math.min(clauseEnd, nounStart + MAX_NOUN), BREAKS);
    // 10个左右特色鲜明、创新力强的未来产业集群: a list of modifiers runs on to the noun after 的
    int of = text.indexOf('的', nounEnd);
    boolean modifiers = nounEnd < text.length() && text.charAt(nounEnd) == '、' && of > 0
        && of < Math.min(clauseEnd, nounStart + MAX_NOUN) && of + 2 < clauseEnd;
    if (modifiers) {
      nounEnd = pieceEnd(text, of + 1, Math.min(clauseEnd, of + 1 + MAX_NOUN), BREAKS);
    }
    // the thing counted, without the list that describes it
    String noun = (modifiers ? text.substring(of + 1, nounEnd) : text.substring(nounStart, nounEnd)).strip();
    if (noun.isEmpty() || ENUMERATION.matcher(noun).lookingAt()) { // 抓好八个方面工作: the text's own list
      return null;
    }
    return new TargetFinder.Draft(words.token(before).start(), nounEnd, noun, Direction.REACH, q,
        q.unit(), null);
  }

  /**
   * Whether a position is inside “…” opened on its line: a name (“八站两场”), not a goal. The
   * nearest quote or line break before it decides; positions asked in order read the text once,
   * forward. One per {@link TargetFinder#find} call, not shared.
   */
  static final class Quotes {
    private final String text;
    /** The text is read up to here, and the last quote or line break before it is “. */
    private int readTo;
    private boolean open;

    Quotes(String text) {
      this.text = text;
    }

    boolean inside(int position) {
      if (position < readTo) { // asked out of order: read again from the start
        readTo = 0;
        open = false;
      }
      for (; readTo < position; readTo++) {
        char c = text.charAt(readTo);
        if (c == '“' || c == '”' || c == '\n') {
          open = c == '“';
        }
      }
      return open;
    }
  }

  /** The verb that opens the list a 等 closes (布局实施人工智能、高端航空装备等), or -1. */
  private static int verbOpening(String text, Words words, int etc) {
    for (int t = etc - 1; t >= 0 && words.token(etc).start() - words.token(t).start() <= MAX_NOUN * 2; t--) {
      String w = words.text(t);
      if (words.token(t).isPunctuation() && !w.equals("、")) {
        return -1;
      }
      if (words.isVerb(t) && !words.isNominalVerb(t)) {
        return t;
      }
    }
    return -1;
  }

  /**
   * Whether {@code q} specifies what the sentence is about rather than sets a goal: a bound on a
   * measure followed by the thing measured (淘汰35蒸吨/小时及以下燃煤锅炉, 年综合能耗1万吨标准煤以上的重点企业,
   * 20年以上小区). A bound on a count (5家以上企业) is a goal.
   */
  static boolean specifies(String text, Words words, Quantity q) {
    if (q.qualifier() == Qualifier.EXACT || q.qualifier() == Qualifier.ABOUT
        || q.unit() == null || CLASSIFIERS.contains(q.unit()) || NOT_COUNTS.contains(q.unit())) {
      return false; // a share (20%以上的面积达到标准要求) is the goal's own measure
    }
    int after = words.at(text.startsWith("的", q.end()) ? q.end() + 1 : q.end());
    return after >= 0 && words.isNoun(after);
  }

  /**
   * The listed-value form at {@code q}: the piece before it is a short noun phrase without a verb
   * of its own (a count's may open with its verb: 新建高标准农田300万亩) and the piece ends with the
   * value. Null when the form does not hold.
   */
  static TargetFinder.Draft listed(String text, Words words, Quantity q, int pieceStart) {
    if (q.unit() == null || TIMES.contains(q.unit()) || q.start() - pieceStart < 2
        || q.start() - pieceStart > MAX_LISTED
        || q.end() < text.length() && BREAKS.indexOf(text.charAt(q.end())) < 0) {
      return null;
    }
    boolean count = CLASSIFIERS.contains(q.unit()); // 完成“智改数转”重点项目300个: a verb may open it
    for (int t = words.from(pieceStart); t < words.size() && words.token(t).end() <= q.start(); t++) {
      if (!count && words.isVerb(t) && !words.isNominalVerb(t) || words.token(t).isPunctuation()) {
        return null;
      }
    }
    String indicator = text.substring(pieceStart, q.start()).strip();
    Direction direction = q.qualifier() == Qualifier.AT_MOST ? Direction.LIMIT : Direction.REACH;
    return new TargetFinder.Draft(pieceStart, q.end(), indicator, direction, q, q.unit(), null);
  }

  /** Where the piece from {@code from} ends: at the first of {@code breaks}, or at {@code limit}. */
  static int pieceEnd(String text, int from, int limit, String breaks) {
    for (int i = from; i < limit; i++) {
      if (breaks.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return limit;
  }
}
