package org.zhengce.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.zhengce.number.WordList;

/**
 * The vocabulary of targets: the verbs that give a {@link Direction}, the words that make a
 * number a report of what already happened, and the words that make a sentence a goal.
 */
final class TargetWords {

  private TargetWords() {}

  /** Direction verbs, longest first where one contains another. */
  static final List<Map.Entry<String, Direction>> VERBS = List.of(
      Map.entry("控制在", Direction.LIMIT), Map.entry("不超过", Direction.LIMIT),
      Map.entry("不高于", Direction.LIMIT), Map.entry("低于", Direction.LIMIT),
      Map.entry("稳定在", Direction.MAINTAIN), Map.entry("保持在", Direction.MAINTAIN),
      Map.entry("保持", Direction.MAINTAIN), Map.entry("稳定", Direction.MAINTAIN),
      Map.entry("下降", Direction.DECREASE), Map.entry("降低", Direction.DECREASE),
      Map.entry("减少", Direction.DECREASE), Map.entry("削减", Direction.DECREASE),
      Map.entry("压减", Direction.DECREASE), Map.entry("降至", Direction.DECREASE),
      Map.entry("降到", Direction.DECREASE), Map.entry("压缩", Direction.DECREASE),
      Map.entry("提高", Direction.INCREASE), Map.entry("增加", Direction.INCREASE),
      Map.entry("增长", Direction.INCREASE), Map.entry("提升", Direction.INCREASE),
      Map.entry("上升", Direction.INCREASE), Map.entry("新增", Direction.REACH),
      Map.entry("扩大", Direction.INCREASE),
      Map.entry("达到", Direction.REACH), Map.entry("达", Direction.REACH),
      Map.entry("实现", Direction.REACH), Map.entry("完成", Direction.REACH),
      Map.entry("建成", Direction.REACH), Map.entry("突破", Direction.REACH),
      Map.entry("超过", Direction.REACH), Map.entry("退出", Direction.REACH),
      Map.entry("改造", Direction.REACH), Map.entry("建设", Direction.REACH),
      Map.entry("造林", Direction.REACH), Map.entry("整治", Direction.REACH),
      Map.entry("淘汰", Direction.REACH), Map.entry("关停", Direction.REACH),
      Map.entry("治理", Direction.REACH), Map.entry("培育", Direction.REACH),
      Map.entry("引进", Direction.REACH), Map.entry("开工", Direction.REACH));

  /** The direction verbs as words to look up, in the order of {@link #VERBS}. */
  static final WordList VERB_WORDS = WordList.of(VERBS.stream().map(Map.Entry::getKey).toList());
  static final Map<String, Direction> DIRECTIONS =
      VERBS.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  /** The direction of the verb that ends {@code words} (打造, 压减, 新增 …), or null. */
  static Direction direction(String words) {
    String bare = words.strip();
    Direction found = null;
    int longest = 0;
    for (Map.Entry<String, Direction> v : VERBS) {
      if (bare.endsWith(v.getKey()) && v.getKey().length() > longest) {
        found = v.getValue();
        longest = v.getKey().length();
      }
    }
    return found;
  }

  /** In a list of goals, what still reports the past (同比 and 比上年 there give the change wanted). */
  static final WordList REPORTED =
      WordList.of(List.of("累计", "已经", "已", "共计", "了", "实际", "截至", "截止", "过去", "以来"));

  /** A number that reports the past or a comparison with it, not a goal. */
  static final WordList ACHIEVED = WordList.of(List.of("同比", "环比", "比上年", "较上年", "比去年",
      "较去年", "累计", "已经", "已", "共计", "共拆除", "共完成", "了", "实际", "截至", "截止", "上年", "去年",
      "过去", "以来", "完成了"));

  /** A period that names a programme, not a goal: 三年行动, 五年计划, 提升三年攻坚. */
  static final Pattern NAMED_PERIOD = Pattern.compile("[“”\"]?(?:行动|计划|攻坚|规划|专项|工程|会战|攻坚战)");

  /** A sentence that sets goals: one of these words, or a year to reach ({@link #GOAL_YEAR}). */
  static final WordList GOAL = WordList.of(List.of("目标", "预期", "力争", "确保", "争取", "要", "必须",
      "务必", "将", "计划", "十二五", "十三五", "十四五", "十五五", "十六五", "年底前", "年内", "以内", "以上"));
  static final Pattern GOAL_YEAR = Pattern.compile("到20\\d\\d年");

  /** 比2015年下降18%: the baseline year. */
  static final Pattern BASELINE = Pattern.compile("(?:比|较|相比)(\\d{4})年");

  /** 在全省排名退出后5: a rank. */
  static final Pattern RANK = Pattern.compile("(?:排名|排位|位次)?(?:退出|进入|保持|位居|居)?(?:全[国省市]|省内|国内)?"
      + "(?:排名)?(?:后|前)$");

  /** Words at the head of an indicator phrase that belong to the sentence, not the indicator. */
  static final Pattern INDICATOR_LEAD = Pattern.compile("^(?:[,，:：;；、]|确保|力争|争取|努力|要|必须|务必|将|"
      + "今年|明年|年内|全年|同时|其中|并|和|使|让|推动|推进|实现|促进|"
      + "到20\\d\\d年(?:底|末)?|20\\d\\d年(?:底|末)?(?:前)?|\"?十[二三四五六]五\"?(?:末|期末|期间|时期)?|"
      + "在)+");

  /** The scope of a rank: 在全省排名退出后5 → 全省排名. */
  static final Pattern RANK_SCOPE = Pattern.compile("全国|全省|全市|省内|国内|全区|全县");

  /** Words between an indicator and its verb: 要, 将, 力争. */
  static final Pattern INDICATOR_TAIL = Pattern.compile("(?:要|将|力争|争取|确保|必须|分别|累计|年均|平均|"
      + "比\\d{4}年|较\\d{4}年|比上年|以上|同比)+$");
}
