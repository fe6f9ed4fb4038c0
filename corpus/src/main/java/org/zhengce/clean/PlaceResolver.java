package org.zhengce.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides which place a document speaks for. A place named in the title wins (the most specific
 * one the body mentions most). Otherwise the body's mentions are counted, each also for the
 * places it lies in and at most two a line for one place. The leading province must hold a clear
 * share of them and either be named densely or come with the text's own 我市, 全省 … (a national
 * report names 香港 and 台湾 often, but thinly); the count then descends to a city and a district
 * while one child holds most of its parent's mentions: 普陀区 in three of six 上海 mentions
 * leaves 上海市, 金山 in most of them gives 上海市金山区. Footer lines (版权, 备案 …) and the source
 * field do not count. A text naming no place, or many evenly, has none. Immutable and
 * thread-safe.
 */
final class PlaceResolver {

  /** Markers of footer and site lines, whose place names are the site's, not the text's. */
  static final List<String> FOOTER_WORDS = List.of("版权", "Copyright", "copyright", "备案", "公网安备",
      "ICP", "关于我们", "网站地图", "联系我们", "主办", "承办", "技术支持", "友情链接");

  /** How a local text names itself; national texts (我国, 全国) rarely do. */
  static final List<String> SELF_REFERENCES = List.of("我市", "全市", "本市", "我省", "全省", "本省",
      "我区", "全区", "本区", "我县", "全县", "本县", "我州", "全州", "本州", "全盟", "全旗");

  /** The share of all mentions the leading province must have. */
  static final double PROVINCE_SHARE = 0.6;
  /**
   * Mentions of the leading province per 10,000 Han characters that make it the text's place
   * without self-references: a national report names 台湾 or 香港 often, but thinly.
   */
  static final double MIN_DENSITY = 10;
  /** Self-references that make it the text's place however thin its mentions. */
  static final int MIN_SELF_REFERENCES = 3;
  /** The share of its parent's mentions a city or district must have to be the answer instead. */
  static final double CHILD_SHARE = 0.6;
  /** The fewest mentions that make a place without a title mention. */
  static final int MIN_MENTIONS = 2;
  /** Mentions of one place counted in one line (a repeated site name counts little). */
  static final int PER_LINE = 2;

  private static final Pattern SOURCE_FIELD = Pattern.compile(
      "(?<![\\p{IsHan}])(?:信息|文章|稿件|新闻)?来源\\s*[:：]");

  private final Gazetteer gazetteer;

  PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The place's canonical name, or null. */
  String resolve(String title, List<String> lines, int titleLine) {
    List<String> counted = counted(lines, titleLine);
    List<String> texts = new ArrayList<>(counted.size() + 1); // the title, then the lines
    texts.add(title == null ? "" : title);
    texts.addAll(counted);
    List<List<Gazetteer.Mention>> found = gazetteer.findEach(texts);
    Map<Place, Integer> counts = count(found.subList(1, found.size()));
    if (title != null) {
      Place fromTitle = fromTitle(found.get(0), counts);
      if (fromTitle != null) {
        return fromTitle.canonical();
      }
    }
    int total = counts.entrySet().stream()
        .filter(e -> e.getKey().parent() == null).mapToInt(Map.Entry::getValue).sum();
    Place best = leading(counts, null);
    if (best == null || !dominates(counts.get(best), total, counted)) {
      return null;
    }
    for (Place child = leading(counts, best); child != null
        && counts.get(child) >= CHILD_SHARE * counts.get(best); child = leading(counts, best)) {
      best = child;
    }
    return best.canonical();
  }

  /** Whether a province with {@code mentions} of all {@code total} is what the text is about. */
  private static boolean dominates(int mentions, int total, List<String> lines) {
    if (mentions < MIN_MENTIONS || mentions < PROVINCE_SHARE * total) {
      return false;
    }
    int self = 0;
    for (String line : lines) {
      for (String word : SELF_REFERENCES) {
        for (int i = line.indexOf(word); i >= 0; i = line.indexOf(word, i + word.length())) {
          self++;
        }
      }
    }
    if (self >= MIN_SELF_REFERENCES) {
      return true;
    }
    int han = 0;
    for (String line : lines) {
      for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
        han += SpeakerFinder.isHan(line.codePointAt(i)) ? 1 : 0;
      }
    }
    return mentions * 10_000.0 >= MIN_DENSITY * Math.max(1, han);
  }

  /** The lines whose places count: not the title line, footers or the source field. */
  private static List<String> counted(List<String> lines, int titleLine) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i != titleLine && !line.isBlank() && !isFooter(line)
          && !(line.contains("来源") && SOURCE_FIELD.matcher(line).find())) { // regex only if needed
        out.add(line);
      }
    }
    return out;
  }

  private static boolean isFooter(String line) {
    for (String word : FOOTER_WORDS) {
      if (line.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Per place, its mentions and those of places inside it, at most two a line for each. */
  private static Map<Place, Integer> count(List<List<Gazetteer.Mention>> lines) {
    Map<Place, Integer> counts = new LinkedHashMap<>();
    for (List<Gazetteer.Mention> line : lines) {
      Map<Place, Integer> direct = new LinkedHashMap<>();
      for (Gazetteer.Mention m : line) {
        direct.merge(m.place(), 1, Integer::sum);
      }
      direct.forEach((place, n) -> {
        for (Place p : place.lineage()) {
          counts.merge(p, Math.min(n, PER_LINE), Integer::sum);
        }
      });
    }
    return counts;
  }

  /** The most specific title place on the branch the body names most. */
  private static Place fromTitle(List<Gazetteer.Mention> title, Map<Place, Integer> counts) {
    Place best = null;
    int bestCount = -1;
    for (Gazetteer.Mention m : title) {
      Place p = m.place();
      int c = counts.getOrDefault(p, 0);
      boolean deeper = best != null && p.isWithin(best);
      if (c > bestCount || deeper) {
        best = p;
        bestCount = Math.max(c, bestCount);
      }
    }
    return best;
  }

  /** Among the counted children of {@code parent} (provinces when null), the most mentioned. */
  private static Place leading(Map<Place, Integer> counts, Place parent) {
    Place best = null;
    for (Map.Entry<Place, Integer> e : counts.entrySet()) {
      Place p = e.getKey();
      boolean child = parent == null ? p.parent() == null : parent.equals(p.parent());
      if (child && (best == null || e.getValue() > counts.get(best))) {
        best = p;
      }
    }
    return best;
  }
}
