package org.zhengce.number;

import java.util.List;
import java.util.Map;

/**
 * The words {@link QuantityParser} reads around a number: units, multipliers, range marks, the
 * qualifier words of {@link Qualifier}, and the words and slogans in which a Chinese numeral is
 * not a quantity. One immutable table per role; longer entries are tried first.
 */
final class QuantityWords {

  /** Units of measure, written after the number and after 万/亿 if any (万亩 = 万 + 亩). */
  static final WordList MEASURES = WordList.longestFirst(
      "%", "％", "‰", "个百分点", "百分点", "成", "折", "打",
      "微克/立方米", "毫克/立方米", "毫克/升", "微克/升", "毫克/千克", "分贝",
      "平方公里", "平方千米", "平方米", "立方米", "公顷", "亩次", "亩", "公里", "千米", "厘米", "毫米", "米",
      "千瓦时", "千瓦", "兆瓦", "吉瓦", "千伏", "蒸吨", "吨标准煤", "吨", "千克", "公斤", "斤",
      "美元", "港元", "欧元", "元", "人次", "户次", "辆次", "架次", "场次", "批次", "车次", "标准箱", "标箱", "倍",
      "周年", "年", "个月", "个工作日", "工作日", "天", "小时", "分钟", "秒", "个季度", "周", "岁");

  /** Measure words of counted things (量词). 一 before one of them is mostly the article "a". */
  static final WordList COUNTERS = WordList.longestFirst(
      "个", "项", "家", "处", "名", "人", "户", "座", "条", "件", "批", "次", "种", "所", "辆",
      "台", "套", "支", "只", "株", "棵", "位", "张", "份", "场", "轮", "栋", "层", "艘", "架", "组",
      "把", "枚", "匹", "床", "盏", "起");

  /** Units only after Arabic digits; after a Chinese numeral they make words (十分, 三级医院). */
  static final WordList ARABIC_ONLY = WordList.longestFirst("分", "度", "方", "克", "期", "字", "升", "级", "类");

  /** Latin unit symbols; any other letters right after a number make a name (5G, 4A). */
  static final List<String> LATIN_UNITS = List.of(
      "km", "kg", "kV", "kW", "kWh", "MW", "MWh", "GW", "GWh", "TWh");

  /** Calendar units: a number before them is a date, left to the time parser (6月, 3月1日, 四季度). */
  static final WordList CALENDAR = WordList.longestFirst("季度", "月", "日");

  /** Time units that may follow a slash in a compound unit (吨/日, 蒸吨/小时), besides units. */
  static final WordList PER = WordList.longestFirst("日", "天", "年", "小时", "时", "月");

  /** Multipliers that stay with the unit as written (2870万平方米 → 2870, 万平方米). */
  static final WordList MULTIPLIERS = WordList.longestFirst("万亿", "亿", "万");

  /** After Arabic digits also 千 and 百 before 万 or 亿 (8千亿元 → 8, 千亿元). */
  static final WordList ARABIC_MULTIPLIERS = WordList.longestFirst("万亿", "千亿", "百亿", "千万", "百万", "亿", "万");

  /** Between the two numbers of a range (10%—15%, 3至5年, 三到五年). */
  static final WordList RANGE_MARKS = WordList.longestFirst("——", "—", "–", "-", "－", "~", "～", "至", "到");

  /** Qualifier words written right before the number; they are part of its span. */
  static final Map<String, Qualifier> BEFORE = Map.ofEntries(
      Map.entry("不低于", Qualifier.AT_LEAST), Map.entry("不少于", Qualifier.AT_LEAST),
      Map.entry("不小于", Qualifier.AT_LEAST), Map.entry("至少", Qualifier.AT_LEAST),
      Map.entry("超过", Qualifier.AT_LEAST), Map.entry("高于", Qualifier.AT_LEAST),
      Map.entry("大于", Qualifier.AT_LEAST), Map.entry("多于", Qualifier.AT_LEAST),
      Map.entry("逾", Qualifier.AT_LEAST), Map.entry("超", Qualifier.AT_LEAST),
      Map.entry("不超过", Qualifier.AT_MOST), Map.entry("不超", Qualifier.AT_MOST),
      Map.entry("不高于", Qualifier.AT_MOST),
      Map.entry("不多于", Qualifier.AT_MOST), Map.entry("不大于", Qualifier.AT_MOST),
      Map.entry("不到", Qualifier.AT_MOST), Map.entry("不足", Qualifier.AT_MOST),
      Map.entry("低于", Qualifier.AT_MOST), Map.entry("少于", Qualifier.AT_MOST),
      Map.entry("小于", Qualifier.AT_MOST),
      Map.entry("大约", Qualifier.ABOUT), Map.entry("约", Qualifier.ABOUT),
      Map.entry("将近", Qualifier.ABOUT), Map.entry("接近", Qualifier.ABOUT),
      Map.entry("近", Qualifier.ABOUT), Map.entry("大概", Qualifier.ABOUT));
  static final WordList BEFORE_WORDS = WordList.longestFirst(BEFORE.keySet().toArray(String[]::new));

  /** Qualifier words right after the unit; part of the span (10%以上, 5.5%左右). */
  static final Map<String, Qualifier> AFTER = Map.of(
      "以上", Qualifier.AT_LEAST, "及以上", Qualifier.AT_LEAST,
      "以下", Qualifier.AT_MOST, "及以下", Qualifier.AT_MOST,
      "以内", Qualifier.AT_MOST, "之内", Qualifier.AT_MOST, "左右", Qualifier.ABOUT);
  static final WordList AFTER_WORDS = WordList.longestFirst(AFTER.keySet().toArray(String[]::new));

  /** Between number and unit, "and more": 10多个, 1000余万元, 三十多年, 四十几万. */
  static final String MORE = "多余几";

  /**
   * Verbs that bound the number without being part of it: 控制在35微克/立方米 is at most 35 even
   * without 以内. They stay outside the span (they are the direction of a target).
   */
  static final Map<String, Qualifier> BOUNDING_VERBS = Map.of("控制在", Qualifier.AT_MOST);

  /** Characters before 约, 近 or 超 that make another word: 节约, 制约, 最近, 附近, 赶超. */
  static final Map<String, String> NOT_QUALIFIER_AFTER = Map.of(
      "约", "节制预签合集简契公条履违特邀相", "近", "最附临就亲靠贴逼邻", "超", "赶高");

  /** Characters that form a word with a Chinese numeral after them: 第一, 统一, 唯一, 几十, 数百. */
  static final String NOT_BEFORE_CHINESE = "第统唯惟同逐单之初周期划合归专不其某几数每头老";

  /** Characters before 半 that make it a word: 上半年, 一半, 过半, 事半功倍. */
  static final String NOT_BEFORE_HALF = "上下前后一多过大少减事";

  /** Opening quotes: a Chinese numeral right after one names a slogan (“四个全面”, “六个不放过”). */
  static final String OPEN_QUOTES = "“\"「『‘'《";

  /** Words after a unit that make another word: 五年规划, 二次污染, 一元化, 四周边, 成员. */
  static final Map<String, WordList> UNIT_BREAKERS = breakers(Map.of(
      "年", List.of("规划", "计划纲要", "计划"),
      "次", List.of("污染", "供水", "产业", "开发", "创业", "分配", "元", "能源", "加工", "扬尘", "全会",
          "会议", "党代会", "代表大会"),
      "项", List.of("目"),
      "位", List.of("一体"),
      "支", List.of("撑", "持", "援", "付", "出", "柱"),
      "元", List.of("化", "素", "结构", "论"),
      "周", List.of("边", "围"),
      "人", List.of("大", "民代表"),
      "折", List.of("合", "算", "旧", "射", "叠", "腾", "服", "中", "线", "磨", "返", "扣", "损", "断",
          "腰", "桂", "戟", "价", "成", "现", "抵", "子")));

  /** After 打 (a dozen) only these or a non-Han character: 两打鸡蛋 — not 一打造, 三打白骨精. */
  static final String AFTER_DOZEN = "的鸡蛋啤酒铅笔毛巾袜玫瑰花左以多共装";

  /** After 成 only these (or a non-Han character) keep it a unit: 4成以上, 七成的 — not 一成不变. */
  static final String AFTER_CHENG = "以左的和与及多";

  /** Slogans, idioms and names whose numerals are not quantities. */
  static final WordList FIXED_PHRASES = WordList.longestFirst(
      "四个全面", "四个意识", "四个自信", "四个不摘", "四个最严", "两个维护", "两个确立", "两个大局",
      "两个毫不动摇", "两个一百年", "两个结合", "三个代表", "三个务必", "八项规定",
      "水十条", "气十条", "土十条", "五家渠", "三台山", "一人一亩林", "最后一公里", "十万火急",
      "一刀切", "七台河", "三门峡", "四周", "一五一十", "一波三折", "百折不挠", "打一打",
      "九牛一毛", "三令五申", "五湖四海", "四面八方", "五花八门", "三番五次", "一年四季");

  private QuantityWords() {}

  private static Map<String, WordList> breakers(Map<String, List<String>> words) {
    Map<String, WordList> lists = new java.util.HashMap<>();
    words.forEach((unit, after) -> lists.put(unit, WordList.of(after)));
    return Map.copyOf(lists);
  }
}
