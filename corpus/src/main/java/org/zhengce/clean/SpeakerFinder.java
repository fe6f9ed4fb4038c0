package org.zhengce.clean;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the people a text quotes or reports on by their office: a title then a name
 * (上海市委书记韩正, 市委副书记、市长杨雄), a name then a title (陈国鹰厅长亲自…), and the byline of a
 * speech (a line below the title holding only a name, 习　近　平, or an office and a name, 上海市市长
 * 龚 正). A name is two or three characters after a common surname, and must end where the
 * sentence goes on (a verb such as 主持, 指出, 出席, or punctuation). Works on normalized text.
 * Stateless.
 */
final class SpeakerFinder {

  /** Offices that precede or follow a name, longest first where one contains another. */
  static final List<String> TITLES = List.of("总书记", "副书记", "书记", "副市长", "市长", "副省长", "省长",
      "副区长", "区长", "副县长", "县长", "副主任", "主任", "副部长", "部长", "副厅长", "厅长", "副局长",
      "局长", "副主席", "主席", "副总理", "总理", "委员长", "国务委员", "秘书长", "副组长", "组长", "州长",
      "盟长", "旗长", "镇长", "乡长", "院长", "董事长", "主委");

  /** Common single-character surnames (the hundred or so that cover most officials). */
  static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
      + "袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙"
      + "史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧"
      + "耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
      + "蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应"
      + "臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习栗";

  /** Compound surnames. */
  static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
      "尉迟", "公孙", "令狐", "慕容", "司徒", "夏侯");

  /** What may follow a name: verbs of meetings and speech, conjunctions, punctuation. */
  static final List<String> AFTER_NAME = List.of("主持", "出席", "指出", "强调", "表示", "讲话", "说", "在",
      "要求", "代表", "参加", "作", "和", "与", "同志", "等", "一行", "分别", "就", "对", "来到", "率", "到",
      "会见", "介绍", "汇报", "宣读", "提出", "听取", "亲自", "主讲", "调研", "考察", "认为", "也", "还",
      "先后", "带队", "通报", "部署", "签署", "宣布", "致辞", "发表", "作出", "批示", "担任", "为", "向",
      "是", "已", "将", "曾", "又", "于", "今天", "昨天", "近日", "日前");

  /** Characters that end an office, not a name (张副组长, 和市长). */
  static final String NEVER_AFTER_SURNAME = "副总委市省区县部局厅处组书记席各位们就我你您他她这那";

  /** Words that start with a surname character and follow or precede an office; no name starts so. */
  static final Set<String> NOT_NAMES = Set.of("全面", "高度", "严格", "时间", "安全", "明确", "项目",
      "单位", "管理", "方面", "任务", "应当", "应该", "于是", "向着", "文件", "同志", "连续", "成员",
      "和谐", "亲自", "应邀", "曾经", "常务", "程序", "金融", "关于", "全球", "全体", "高举", "谢谢",
      "方才", "刚才", "感谢", "和老", "时曾");

  /** What a name before an office follows: the start of the text, a space, punctuation. */
  static final String BEFORE_NAME = " \t\n\u000b\f\r，,。；;：:、（(“\"";

  private static final String TITLE_ALT = String.join("|", TITLES);
  /** The first characters of the offices: most positions of a text start none. */
  private static final IntPredicate TITLE_START = oneOf(TITLES.stream()
      .map(t -> t.substring(0, 1)).collect(Collectors.joining()));
  private static final IntPredicate NAME_OPENER = oneOf(BEFORE_NAME);
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:\\p{IsHan}{0,12}(?:" + TITLE_ALT + "))?\\s*((?:\\p{IsHan}\\s*){2,4})$");

  private SpeakerFinder() {}

  /** Whether {@code line} is a byline: an office and a name (海南省省长 刘小明), nothing else. */
  static boolean isByline(String line) {
    Matcher m = BYLINE.matcher(line.strip());
    return m.matches() && line.strip().length() > m.group(1).length()
        && isName(m.group(1).replaceAll("\\s+", ""));
  }

  static List<String> find(String text, List<String> lines, int titleLine) {
    Set<String> out = new LinkedHashSet<>();
    byline(lines, titleLine, out);
    // an office that a Han character follows, then a name: 书记韩正
    for (int i = 0, end; i < text.length(); i = end < 0 ? i + 1 : end) {
      end = officeEnd(text, i, true);
      String name = end < 0 ? null : nameAt(text, end);
      if (name != null) {
        out.add(name);
      }
    }
    // after a space or punctuation, the fewest (two to four) Han characters an office follows,
    // then the office: 陈国鹰厅长
    for (int i = 0, end; i < text.length(); i = end < 0 ? i + 1 : end) {
      end = -1;
      if (i > 0 && !NAME_OPENER.test(text.charAt(i - 1))) {
        continue;
      }
      int nameEnd = i;
      for (int k = 1; k <= 4 && nameEnd < text.length() && isHan(text.codePointAt(nameEnd)); k++) {
        nameEnd += Character.charCount(text.codePointAt(nameEnd));
        end = k >= 2 ? officeEnd(text, nameEnd, false) : -1;
        if (end >= 0) {
          break;
        }
      }
      String name = end < 0 ? null : text.substring(i, nameEnd);
      if (name != null && isName(name) && endsName(text, end)) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The end of the first office of {@link #TITLES} at {@code at}, with {@code nameFollows} one
   * that a Han character follows, or -1.
   */
  private static int officeEnd(String text, int at, boolean nameFollows) {
    char first = at < text.length() ? text.charAt(at) : 0;
    if (!TITLE_START.test(first)) {
      return -1;
    }
    for (String title : TITLES) {
      int end = at + title.length();
      if (title.charAt(0) == first && text.startsWith(title, at) && (!nameFollows
          || (end < text.length() && isHan(text.codePointAt(end))))) {
        return end;
      }
    }
    return -1;
  }

  /** Whether a character is one of those of {@code s}, in one step. */
  private static IntPredicate oneOf(String s) {
    BitSet set = new BitSet();
    s.chars().forEach(set::set);
    return set::get;
  }

  /** A name of two or three characters starting at {@code at} and ending where the clause goes on. */
  static String nameAt(String text, int at) {
    String three = at + 3 <= text.length() ? text.substring(at, at + 3) : null;
    String two = at + 2 <= text.length() ? text.substring(at, at + 2) : null;
    boolean threeOk = three != null && isName(three) && endsName(text, at + 3);
    boolean twoOk = two != null && isName(two) && endsName(text, at + 2);
    if (threeOk && (at + 3 == text.length() || !isHan(text.charAt(at + 3)))) {
      return three;
    }
    return twoOk ? two : threeOk ? three : null;
  }

  /** Only the byline below the title: who delivers the text. */
  static List<String> byline(List<String> lines, int titleLine) {
    Set<String> out = new LinkedHashSet<>();
    byline(lines, titleLine, out);
    return List.copyOf(out);
  }

  private static void byline(List<String> lines, int titleLine, Set<String> out) {
    if (titleLine < 0) {
      return;
    }
    for (int i = titleLine + 1, seen = 0; i < lines.size() && seen < 4; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      Matcher m = BYLINE.matcher(line);
      if (m.matches()) {
        String name = m.group(1).replaceAll("\\s+", "");
        if (name.length() <= 3 && isName(name)) {
          out.add(name);
          return;
        }
      }
    }
  }

  private static boolean endsName(String text, int end) {
    if (end == text.length() || !isHan(text.charAt(end))) {
      return true;
    }
    for (String w : AFTER_NAME) {
      if (text.startsWith(w, end)) {
        return true;
      }
    }
    return false;
  }

  static boolean isName(String s) {
    if (s.length() < 2 || s.length() > 4 || !s.chars().allMatch(SpeakerFinder::isHan)) {
      return false;
    }
    if (NOT_NAMES.contains(s.substring(0, 2)) || s.substring(1).chars().anyMatch(c -> NEVER_AFTER_SURNAME.indexOf(c) >= 0)) {
      return false;
    }
    boolean compound = COMPOUND_SURNAMES.stream().anyMatch(s::startsWith);
    return (compound && s.length() >= 3) || (SURNAMES.indexOf(s.charAt(0)) >= 0 && s.length() <= 3);
  }

  /** Whether {@code c} is a Han character; the common CJK block is checked without a lookup. */
  static boolean isHan(int c) {
    if (c < 0x2E80) {
      return false;
    }
    return (c >= 0x4E00 && c <= 0x9FA5)
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
