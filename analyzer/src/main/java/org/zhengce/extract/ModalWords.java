package org.zhengce.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhengce.segment.Token;

/**
 * The words that make a clause a commitment, as segmented tokens, with their {@link Modality}.
 * The directive 要 counts as {@code must}, as records.md and the gold annotations of the development set read
 * it; 必须, 务必, 确保, 一定要 and 坚决 as {@code must}; hope and confidence that others will act
 * (希望, 相信…一定能) as {@code strive}.
 */
final class ModalWords {

  private static final Map<String, Modality> WORDS = Map.ofEntries(
      Map.entry("必须", Modality.MUST), Map.entry("务必", Modality.MUST),
      Map.entry("确保", Modality.MUST), Map.entry("坚决", Modality.MUST),
      Map.entry("决不能", Modality.MUST), Map.entry("绝不能", Modality.MUST),
      Map.entry("严禁", Modality.MUST), Map.entry("不得", Modality.MUST),
      Map.entry("一定要", Modality.MUST), Map.entry("一定会", Modality.MUST),
      Map.entry("一定能", Modality.STRIVE),
      Map.entry("要", Modality.MUST), Map.entry("应", Modality.SHOULD),
      Map.entry("应当", Modality.SHOULD), Map.entry("应该", Modality.SHOULD),
      Map.entry("宜", Modality.SHOULD), Map.entry("需", Modality.SHOULD),
      Map.entry("需要", Modality.SHOULD),
      Map.entry("力争", Modality.STRIVE), Map.entry("争取", Modality.STRIVE),
      Map.entry("努力", Modality.STRIVE), Map.entry("希望", Modality.STRIVE),
      Map.entry("相信", Modality.STRIVE),
      Map.entry("将", Modality.WILL), Map.entry("计划", Modality.WILL), Map.entry("拟", Modality.WILL));

  /** Whether {@code text} holds nothing but modal words and marks (要要要…, 确保。): no action. */
  static boolean onlyModal(String text) {
    for (int i = 0; i < text.length(); i++) { // most commitments hold a word no modal word has
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) && MODAL_CHARS.indexOf(c) < 0) {
        return false;
      }
    }
    String rest = text;
    for (String w : WORDS.keySet()) {
      rest = rest.replace(w, "");
    }
    return rest.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /** Every character of a modal word. */
  private static final String MODAL_CHARS = WORDS.keySet().stream().reduce("", String::concat);

  /** The first character of every modal word (一 of 一定 too), read in the text before any lookup. */
  private static final BitSet FIRST_CHARS = WORDS.keySet().stream()
      .mapToInt(w -> w.charAt(0)).collect(BitSet::new, BitSet::set, BitSet::or);

  /** Words before 要 that make it must: 一定要, 坚决要, 必须要. */
  private static final List<String> STRENGTHENERS = List.of("一定", "坚决", "必须", "务必");

  private ModalWords() {}

  /** A modal word found at token {@code index}, with its modality. */
  record Found(int index, Modality modality) {}

  /** The first modal word among {@code tokens[from, to)} of {@code text}. */
  static Optional<Found> first(String text, List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.end() == t.start() || !FIRST_CHARS.get(text.charAt(t.start()))) {
        continue; // read in the text, which is at hand, not in each word
      }
      if (t.text().equals("一定") && i + 1 < to) {
        // 一定会 (will surely: a promise), 一定能 (surely can: confidence)
        String next = tokens.get(i + 1).text();
        if (next.equals("会")) {
          return Optional.of(new Found(i, Modality.MUST));
        }
        if (next.equals("能")) {
          return Optional.of(new Found(i, Modality.STRIVE));
        }
      }
      Modality m = WORDS.get(t.text());
      if (m == null || !isModalUse(tokens, i)) {
        continue;
      }
      if (m == Modality.SHOULD && i > from && STRENGTHENERS.contains(tokens.get(i - 1).text())) {
        return Optional.of(new Found(i - 1, Modality.MUST));
      }
      return Optional.of(new Found(i, m));
    }
    return Optional.empty();
  }

  /** Words before 需 that make it part of a word: 按需 (as needed), 所需, 急需, 必需. */
  private static final List<String> NEED_COMPOUNDS = List.of("按", "所", "急", "必", "刚");

  /** Words before 将 that make it no promise: 现将, 特将, 兹将 (hereby), 即将 (about to). */
  private static final List<String> HEREBY = List.of("现", "特", "兹", "今", "即");

  /** Who may hope or trust without making it a commitment: 大家希望…, 群众相信…. */
  private static final List<String> ONLOOKERS = List.of("大家", "群众", "人民", "市民", "百姓", "人们", "社会");

  /**
   * 需要 and 计划 as nouns, 将 as the preposition of 将…作为, 努力 as a noun (共同努力下), 需要 inside a
   * noun phrase (需要改进的地方) and the hopes of onlookers (大家希望) stay out.
   */
  private static boolean isModalUse(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.pos().startsWith("n")) {
      return false;
    }
    String prev = i > 0 ? tokens.get(i - 1).text() : "";
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
    if ((t.text().equals("希望") || t.text().equals("相信")) && ONLOOKERS.contains(prev)) {
      return false;
    }
    if (t.text().equals("努力") && (next.equals("下") || prev.equals("的") || prev.equals("共同"))) {
      return false;
    }
    if (t.text().equals("坚决") && (prev.equals("、") || next.equals("、"))) {
      return false; // 认真、坚决、彻底地抓好: one adverb of a list, inside a clause already governed
    }
    if (t.text().startsWith("需") && NEED_COMPOUNDS.contains(prev)) {
      return false; // 按需部署, 所需资金: as needed, not must
    }
    if (t.text().startsWith("需")) {
      for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
        if (tokens.get(k).text().equals("的")) {
          return false;
        }
        if (tokens.get(k).isPunctuation()) {
          break;
        }
      }
    }
    if (t.text().equals("将") && (t.pos().equals("p") || next.isEmpty() || HEREBY.contains(prev))) {
      return false; // 现将《…》印发给你们: hereby; 深中通道即将通车: about to; not will
    }
    if (t.text().equals("努力") && (next.isEmpty() || tokens.get(i + 1).isPunctuation())) {
      return false;
    }
    return true;
  }
}
