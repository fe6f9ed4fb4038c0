package org.zhengce.clean;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.zhengce.text.FirstCharPattern;
import org.zhengce.text.NormalizedText;
import org.zhengce.text.Span;

/**
 * Finds the regions of a document that are not its text: site navigation, footers and share
 * prompts, header fields, truncation notices and garbled characters. It reads the whole document
 * normalized (simplified, so one table serves both scripts), and the original for garbled
 * characters; it reports spans of the original, which it never changes. The vocabulary is in the tables below. Immutable and thread-safe.
 */
public final class NoiseScanner {

  /** A whole line that is navigation, footer, share prompt or a related-links heading. */
  private static final FirstCharPattern BOILERPLATE_LINE = FirstCharPattern.of(Pattern.compile("(?:"
      + String.join("|",
      "^(您的位置|你的位置|当前位置|您现在的位置|现在位置|所在位置)[:：]",
      "首页\\s*[>»›/]",
      "版权所有|(?i:copyright)|©|(?i:all rights reserved)|网站地图|友情链接|关于我们|联系我们",
      "广告服务|免责声明|版权声明|公网安备|(?i:icp)[备证]|网站标识码|主办单位[:：]|承办单位[:：]",
      "技术支持[:：]|微信扫码|扫一扫|分享到|打印本页|关闭窗口|返回顶部|加入收藏|设为首页",
      "记住我|领取福利|预计阅读时长|【打印】|【关闭】|字号[:：]?\\s*[大中小]",
      "^(推荐阅读|相关文章|相关阅读|相关新闻|相关链接|热点推荐|猜你喜欢|延伸阅读|热门文章|最新文章)\\s*$") + ")"),
      "您你当现所首版cC©aA网友关联广免公iI主承技微扫分打返加设记领预【字推相猜延热最");

  /** Lines that are header fields of a page or a notice. */
  private static final Pattern METADATA_LINE = Pattern.compile(String.join("|",
      "^\\s*(发布时间|发布日期|成文日期|发文日期|时间|日期|来源|信息来源|文章来源|稿件来源|作者|编辑"
          + "|责任编辑|点击|点击量|点击数|浏览次数|阅读次数|索引号|发文机关|发布机构|主题分类|标题|原标题)\\s*[:：]",
      "^\\s*\\d{4}\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]\\s*\\d{1,2}\\s*日?(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?"
          + "\\s*(星期.|周.)?\\s*$"));

  /** Navigation that runs to the end of its line, even inside a long one. */
  private static final FirstCharPattern BOILERPLATE_TAIL = FirstCharPattern.of(Pattern.compile(
      "(上一篇|下一篇|相关栏目|上一条|下一条)\\s*[:：].*$", Pattern.MULTILINE), "上下相");

  /** Paywall and truncation notices: ……(省略808字)……, (未完,全文共3783字…). */
  private static final FirstCharPattern TRUNCATION = FirstCharPattern.of(Pattern.compile(
      "(?:[…\\.。]*[(（][^()（）\\n]{0,80}?(省略\\s*\\d+\\s*字|未完|全文共\\s*\\d+\\s*字|只显示\\s*\\d+\\s*字"
          + "|剩余\\s*\\d+\\s*字)[^()（）\\n]{0,160}[)）][…\\.]*"
          + "|(余下全文|查看全文|阅读全文|剩余内容|完整内容)(请|需)?(登录|付费|开通会员|下载)[^\\n]{0,40})"),
      "….。(（余查阅剩完");

  /** Symbols that stand for lost characters when they sit inside a run of Chinese. */
  private static final String JUNK = "[!?;^~#$@\\\\`]";

  /** A UTF-8 continuation byte (0x80–0xBF) as Latin-1 or windows-1252 shows it. */
  private static final String CONTINUATION = "[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021"
      + "\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC"
      + "\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]";

  /** The characters of {@code \\p{IsGreek}} and {@code \\p{IsCyrillic}} (their scripts), in the BMP. */
  private static final BitSet GREEK_OR_CYRILLIC = greekOrCyrillic();

  private static BitSet greekOrCyrillic() {
    BitSet chars = new BitSet(Character.MAX_VALUE + 1);
    for (int c = 0; c <= Character.MAX_VALUE; c++) { // a plain loop, each script looked up once: it runs at every start
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.GREEK || script == Character.UnicodeScript.CYRILLIC) {
        chars.set(c);
      }
    }
    return chars;
  }

  /** Mojibake and lost characters. */
  private static final FirstCharPattern GARBLED = new FirstCharPattern(Pattern.compile("(?:"
      + String.join("|",
      "\\uFFFD+",
      // private-use code points: characters the source font or converter lost (上;^管委会)
      JUNK + "*[\\uE000-\\uF8FF]+" + JUNK + "*",
      // symbols no Chinese sentence has between two characters
      "(?<=\\p{IsHan})[\\^~#$@\\\\`]+(?=\\p{IsHan})",
      // a symbol right after a pinyin annotation: the annotated character's neighbour was lost
      "(?<=[a-z\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec"
          + "\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc][)\uff09])"
          + JUNK + "+(?=\\p{IsHan})",
      // question marks for characters a codec could not map (not after a question particle)
      "(?<=[\\p{IsHan}&&[^吗呢吧么啊呀嘛]])\\?+(?=[\\p{IsHan}(\uff08])",
      "(?<=\\p{IsHan})\\?{2,}",
      // Greek or Cyrillic letters inside Chinese: GBK bytes read in another code page
      "(?<=\\p{IsHan})[\\p{IsGreek}\\p{IsCyrillic}]+(?=\\p{IsHan})",
      "(锟斤拷)+|(烫烫烫)+|(屯屯屯)+",
      // UTF-8 read as Latin-1 or windows-1252: a lead byte (Ã, å, ç …) and its continuation bytes,
      // which windows-1252 shows as € ‚ „ … † ‰ Š ‹ Œ ' ' " " • – — ˜ ™ š › œ Ÿ
      "(?:[\\u00C2-\\u00F4]" + CONTINUATION + "{1,3}){2,}") + ")"), NoiseScanner::mayStartGarbled);

  /** The characters a garbled stretch can start with. */
  private static boolean mayStartGarbled(int c) {
    return c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || "!?;^~#$@\\`锟烫屯".indexOf(c) >= 0
        || (c >= 0xC0 && c <= 0xFF) || GREEK_OR_CYRILLIC.get(c);
  }


  private static final int MAX_FIELD_LINE = 160;
  private static final int MAX_BOILERPLATE_LINE = 200;

  /**
   * The noise of a document.
   *
   * @param full the whole original, normalized (nothing masked)
   * @return disjoint regions in original positions, in order
   */
  public List<Noise> scan(NormalizedText full) {
    String text = full.normalized();
    List<Noise> found = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      scanLine(full, lineStart, lineEnd, found);
      lineStart = lineEnd + 1;
    }
    for (Span menu : MenuBlocks.find(text)) {
      found.add(new Noise(full.toOriginal(menu.start(), menu.end()), Noise.Kind.BOILERPLATE, "site menu"));
    }
    addAll(full, BOILERPLATE_TAIL, Noise.Kind.BOILERPLATE, "navigation", found);
    addAll(full, TRUNCATION, Noise.Kind.TRUNCATION, "truncation notice", found);
    // garbled characters are script-neutral and some sit next to pinyin annotations that
    // normalization removes: look for them in the original
    GARBLED.forEach(full.original(), m -> found.add(
        new Noise(new Span(m.start(), m.end()), Noise.Kind.GARBLED, "garbled characters")));
    return disjoint(found);
  }

  private void scanLine(NormalizedText full, int start, int end, List<Noise> found) {
    String line = full.normalized().substring(start, end);
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return;
    }
    int s = start + line.indexOf(trimmed.charAt(0));
    int e = s + trimmed.length();
    if (trimmed.length() <= MAX_BOILERPLATE_LINE
        && (BOILERPLATE_LINE.find(trimmed) || isRepeatedName(trimmed) || isDebris(trimmed))) {
      found.add(new Noise(full.toOriginal(s, e), Noise.Kind.BOILERPLATE, "navigation or footer"));
    } else if (trimmed.length() <= MAX_FIELD_LINE && METADATA_LINE.matcher(trimmed).find()) {
      found.add(new Noise(full.toOriginal(s, e), Noise.Kind.METADATA, "header field"));
    }
  }

  /** A site name repeated: 中国甘肃在线 中国甘肃在线 中国甘肃在线 … */
  private static boolean isRepeatedName(String line) {
    String[] parts = line.split("\\s+");
    if (parts.length < 3 || parts[0].length() < 2) {
      return false;
    }
    for (String p : parts) {
      if (!p.equals(parts[0])) {
        return false;
      }
    }
    return true;
  }

  /** A cell of a table as PDF text gives it, one a line: 48, 72.7, ≤27.0, 100%, —, （%）. Not debris. */
  private static final Pattern TABLE_CELL = Pattern.compile(
      "[<>≤≥＜＞]?\\s*\\d+(\\.\\d+)?\\s*[%％]?|[—－–]{1,2}|-|[（(][^（）()]{1,10}[）)][*＊]?");

  /**
   * A short line without a Han character or a word: a counter, a lone "?". Not a number or a
   * dash alone, which PDF text gives for each cell of a table (page numbers are the layout's).
   */
  private static boolean isDebris(String line) {
    if (line.length() > 12 || TABLE_CELL.matcher(line).matches()) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        return false;
      }
    }
    return true;
  }

  private static void addAll(NormalizedText full, FirstCharPattern pattern, Noise.Kind kind,
      String reason, List<Noise> found) {
    pattern.forEach(full.normalized(), m -> {
      if (m.end() > m.start()) {
        found.add(new Noise(full.toOriginal(m.start(), m.end()), kind, reason));
      }
    });
  }

  /** Sorted, with regions inside or overlapping an earlier, larger one merged into it. */
  private static List<Noise> disjoint(List<Noise> found) {
    found.sort((a, b) -> a.span().start() != b.span().start()
        ? Integer.compare(a.span().start(), b.span().start())
        : Integer.compare(b.span().end(), a.span().end()));
    List<Noise> out = new ArrayList<>(found.size());
    for (Noise n : found) {
      if (!out.isEmpty()) {
        Noise last = out.get(out.size() - 1);
        if (n.span().start() < last.span().end()) {
          if (n.span().end() > last.span().end()) {
            out.set(out.size() - 1, new Noise(new Span(last.span().start(), n.span().end()),
                last.kind(), last.reason()));
          }
          continue;
        }
      }
      out.add(n);
    }
    return out;
  }
}
