package org.zhengce.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks a document's title: the HTML {@code <title>} without its site name, else a {@code 标题:}
 * field, else the best headline among the first lines. Breadcrumbs (您的位置 …), page chrome
 * (分享, 收藏, slogans), date lines, field lines, 原标题 lines, numbered headings, subtitles
 * (——2017年3月5日在…上) and sentences are never headlines; a speech title (在…会上的讲话), a line
 * right above 同志们: and a line with a document word (会议, 通知, 规划 …) score higher, earlier
 * lines win ties, and a headline written twice (a teaser, then the real title above the body) is
 * taken where it comes the second time. Lines broken by PDF extraction (政府工作报 / 告, 《…》
 * across lines) and spaced-out titles (政 府 工 作 报 告) are mended first. Stateless.
 */
final class TitleFinder {

  /** A title and the index of the line it was found on (-1 when it came from HTML). */
  record Found(String title, int line) {}

  /** A mended headline candidate and the line it starts on. */
  private record Line(String text, int index) {}

  static final List<String> BREADCRUMBS = List.of("您的位置", "当前位置", "您现在的位置", "首页 >",
      "首页>", "首页 »", "首页»");

  /** Words of page chrome and site slogans, and symbols that only decorate. */
  static final List<String> CHROME = List.of("分享", "收藏", "打印", "字号", "阅读时长", "登录", "注册",
      "记住我", "扫一扫", "扫码", "返回顶部", "关闭窗口", "上一篇", "下一篇", "◆", "★", "~", "— —");

  /** Words that make a line look like the title of a policy text. */
  static final List<String> TITLE_WORDS = List.of("讲话", "会议", "座谈", "召开", "通知", "意见", "报告",
      "规划", "方案", "办法", "决定", "关于", "纲要", "公告", "致辞", "举行", "部署");

  /** Words a whole title ends with; a line ending so is not broken off. */
  static final List<String> TITLE_ENDS = List.of("讲话", "报告", "规划", "方案", "计划", "纲要", "通知",
      "意见", "办法", "决定", "会议", "公告");

  /** How the body of a speech or report opens, right below its title. */
  static final List<String> OPENINGS = List.of("同志们", "各位代表", "各位委员", "女士们");

  /** How sentences of a body or a cover letter start. */
  static final List<String> SENTENCE_STARTS = List.of("为贯彻", "为了", "为进一步", "为深入", "为加快",
      "为切实", "根据", "按照", "现将", "现在", "经市", "经省", "经国务院", "经自治区");

  /** Site names that HTML titles end with after a separator: _共产党员网. */
  static final List<String> SITE_WORDS = List.of("网", "网站", "在线", "门户", "频道", "官网", "首页",
      "新闻", "政府");

  static final Pattern SPEECH_TITLE = Pattern.compile(
      "^在.{2,60}(会|会议|大会|仪式|典礼|论坛|培训班|活动)上的(讲话|发言|致辞|报告|总结讲话|主持词)");
  private static final Pattern NUMBERED = Pattern.compile(
      "^(第[一二三四五六七八九十百]+[章节条篇部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、])");
  private static final Pattern SUBTITLE = Pattern.compile("^[—\\-－]|^[（(].*[）)]$|^《[^》]*》$|会议?上[）)]?$");
  private static final Pattern ORGANIZATION = Pattern.compile(
      ".*(人民政府|委员会|办公厅|办公室|人民代表大会|常务委员会)$");
  private static final Pattern NOT_TITLE_PART =
      Pattern.compile("[\\d\\s\\p{Punct}\\p{IsPunctuation}年月日星期时分秒]");
  private static final Pattern SPACED_OUT = Pattern.compile("^(\\p{IsHan}\\s+)+\\p{IsHan}$");
  private static final Pattern HTML_SEPARATOR = Pattern.compile("\\s*(?:_|\\||｜|\\s-\\s|--)\\s*");

  private static final int LOOK_LINES = 40;
  private static final int CANDIDATES = 12;
  private static final int BODY_LENGTH = 40;

  private TitleFinder() {}

  static Found find(List<String> lines, String htmlTitle) {
    if (htmlTitle != null && !htmlTitle.isBlank()) {
      return new Found(clean(htmlTitle), -1);
    }
    String field = HeaderFields.title(lines);
    if (field != null) {
      return new Found(clean(field), fieldLine(lines));
    }
    return headline(lines);
  }

  private static Found headline(List<String> lines) {
    List<Line> at = new ArrayList<>();
    for (int i = 0; i < Math.min(LOOK_LINES, lines.size()) && at.size() < CANDIDATES; i++) {
      if (isBody(lines.get(i)) || OPENINGS.stream().anyMatch(lines.get(i).strip()::startsWith)) {
        break; // a title comes before the text it heads, and before its 各位代表：
      }
      Line line = mended(lines, i);
      if (isCandidate(line.text())) {
        at.add(line);
      }
    }
    Set<Integer> repeated = new HashSet<>();
    int[] rank = new int[at.size()];
    for (int a = 0; a < at.size(); a++) {
      rank[a] = a;
      for (int b = 0; b < a; b++) {
        if (similar(at.get(a).text(), at.get(b).text())) {
          repeated.add(b);
          rank[a] = Math.min(rank[a], rank[b] - 2); // a headline written twice is one
        }
      }
    }
    Line best = null;
    int bestScore = Integer.MIN_VALUE;
    for (int k = 0; k < at.size(); k++) {
      int score = score(lines, at.get(k)) - rank[k];
      if (!repeated.contains(k) && score > bestScore) {
        bestScore = score;
        best = at.get(k);
      }
    }
    return best == null ? new Found(null, -1) : new Found(clean(best.text()), best.index());
  }

  /**
   * Line {@code i} without markdown marks, its spaced-out letters closed up, and joined with the
   * next line when it breaks off inside 《…》 or leaves one to three characters over.
   */
  private static Line mended(List<String> lines, int i) {
    String s = lines.get(i).strip().replaceFirst("^#+\\s*", "");
    if (SPACED_OUT.matcher(s).matches()) {
      s = s.replaceAll("\\s+", "");
    }
    int next = i + 1;
    while (next < lines.size() && lines.get(next).isBlank()) {
      next++;
    }
    if (next < lines.size() && !s.isEmpty()) {
      String n = lines.get(next).strip();
      boolean openQuote = (s.lastIndexOf('《') > s.lastIndexOf('》') && n.contains("》"))
          || s.endsWith("关于印发") || s.endsWith("关于");
      boolean leftOver = n.length() <= 3 && n.codePoints().allMatch(Character::isIdeographic)
          && TITLE_ENDS.stream().noneMatch(s::endsWith);
      if ((openQuote || leftOver) && s.length() + n.length() <= 60) {
        s = s + n;
      }
    }
    return new Line(s, i);
  }

  /** A paragraph of running text: long, with a full stop or a comma (a text split at its full stops). */
  private static boolean isBody(String line) {
    return line.length() >= BODY_LENGTH && (line.contains("。") || line.contains("，"));
  }

  private static int score(List<String> lines, Line line) {
    String s = line.text();
    boolean words = TITLE_WORDS.stream().anyMatch(s::contains);
    int score = 10;
    score += SPEECH_TITLE.matcher(s).find() ? 6 : 0;
    score += words ? 3 : 0;
    score += opensBody(lines, line.index()) ? 4 : 0;
    score -= !words && ORGANIZATION.matcher(s).matches() ? 8 : 0;
    score -= s.length() < 8 ? 3 : 0;
    return score;
  }

  private static boolean opensBody(List<String> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      String next = lines.get(j).strip();
      if (!next.isEmpty()) {
        return OPENINGS.stream().anyMatch(next::startsWith);
      }
    }
    return false;
  }

  static boolean isCandidate(String line) {
    if (line.length() < 5 || line.length() > 60 || line.startsWith("原标题") || line.endsWith("工作回顾")
        || line.contains("。") || line.matches(".*[；;：:，,、]$") || sentenceLike(line)
        || HeaderFields.isFieldLine(line) || NUMBERED.matcher(line).find()
        || SUBTITLE.matcher(line).find() || unbalanced(line)
        || OPENINGS.stream().anyMatch(line::startsWith) || SENTENCE_STARTS.stream().anyMatch(line::startsWith)
        || BREADCRUMBS.stream().anyMatch(line::contains) || line.chars().filter(c -> c == '>').count() >= 2
        || CHROME.stream().anyMatch(line::contains) || line.contains("星期")
        || SpeakerFinder.isByline(line)) {
      return false;
    }
    long han = line.codePoints().filter(Character::isIdeographic).count();
    long words = NOT_TITLE_PART.matcher(line).replaceAll("").length();
    return han >= 4 && words >= 4 && han * 2 >= line.replace(" ", "").length();
  }

  /** A 《 left open or a 》 with no 《 before it: a title broken across lines. */
  private static boolean unbalanced(String line) {
    int open = line.indexOf('《');
    int close = line.indexOf('》');
    return line.lastIndexOf('《') > line.lastIndexOf('》') || (close >= 0 && (open < 0 || close < open));
  }

  /** Two commas, one in a long line or before 根据 …: a sentence wrapped by the page. */
  private static boolean sentenceLike(String line) {
    long commas = line.chars().filter(c -> c == '，').count();
    return commas >= 2 || (commas == 1 && line.length() > 24)
        || SENTENCE_STARTS.stream().anyMatch(w -> line.contains("，" + w));
  }

  /** Whether two lines are the same headline written twice (length and character bigrams). */
  static boolean similar(String a, String b) {
    if (Math.min(a.length(), b.length()) < 0.7 * Math.max(a.length(), b.length())) {
      return false;
    }
    Set<String> x = bigrams(a);
    Set<String> y = bigrams(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    return 2.0 * both.size() / (x.size() + y.size()) >= 0.6;
  }

  private static Set<String> bigrams(String s) {
    String t = s.replaceAll("\\s+", "");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 2 <= t.length(); i++) {
      out.add(t.substring(i, i + 2));
    }
    return out;
  }

  /** Drops site names after a separator: 中央经济工作会议举行_共产党员网 → 中央经济工作会议举行. */
  static String withoutSite(String title) {
    String t = title.strip();
    while (true) {
      String[] parts = HTML_SEPARATOR.split(t);
      if (parts.length < 2) {
        return t;
      }
      String last = parts[parts.length - 1];
      String rest = t.substring(0, t.lastIndexOf(last)).replaceAll(HTML_SEPARATOR.pattern() + "$", "");
      boolean site = last.matches("[\\p{ASCII}]+") || SITE_WORDS.stream().anyMatch(last::endsWith);
      if (!site || rest.length() < 5) {
        return t;
      }
      t = rest.strip();
    }
  }

  /** One line, single spaces, no site name, no trailing bars. */
  static String clean(String title) {
    String t = withoutSite(title.replaceAll("\\s+", " ").strip());
    t = t.replaceAll("[\\s|｜]+$", "").strip();
    return t.isEmpty() ? null : t;
  }

  private static int fieldLine(List<String> lines) {
    for (int i = 0; i < Math.min(30, lines.size()); i++) {
      String s = lines.get(i).strip();
      if (HeaderFields.isFieldLine(s) && HeaderFields.TITLE.stream().anyMatch(s::startsWith)) {
        return i;
      }
    }
    return -1;
  }
}
