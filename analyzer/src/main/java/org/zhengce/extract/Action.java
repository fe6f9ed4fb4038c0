package org.zhengce.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short normalized action of a commitment: the words after its modal word up to the clause's
 * end, without leading adverbs, at most {@value #MAX} characters; a 把 construction is put back
 * in verb-object order (要把整改方案上报省委 → 上报整改方案).
 */
final class Action {

  static final int MAX = 20;

  private static final Pattern ADVERBS = Pattern.compile("^(进一步|切实|认真|全力|坚决|立即|马上|尽快|"
      + "务必|必须|一定|继续|持续|全面|深入|大力|积极|主动|着力|真正|扎实|努力|要|也|都|还|更加|更)+");
  private static final Pattern BA = Pattern.compile("^把(.{1,12}?)(上报|报送|提交|落实|完成|制定|建立|"
      + "作为|放在|纳入|列入|抓好|抓在|扛在|传导|贯穿)");

  /** A piece that is only a time: 到"十三五"末, 今年, 2020年底前. */
  private static final Pattern TIME_ONLY = Pattern.compile("^(到|至|在)?[\"“]?[^,，]{0,6}?[\"”]?"
      + "(年|末|期间|时期|年底|年底前|前|底)?$");
  /** The longest text {@link #TIME_ONLY} matches: 到 “ six characters ” 年底前. */
  private static final int TIME_ONLY_MAX = 12;

  private Action() {}

  private static int pieceEnd(String text, int from, int limit) {
    int to = from;
    while (to < limit && ",，;；:：".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return to;
  }

  static String of(String text, CommitmentFinder.Draft d) {
    int from = d.modalEnd() >= 0 ? d.modalEnd() : d.bodyStart();
    int to = pieceEnd(text, from, d.end());
    String words = text.substring(from, to).strip();
    if (words.length() <= TIME_ONLY_MAX && TIME_ONLY.matcher(words).matches() && to < d.end()) { // 到"十三五"末, 森林覆盖率…
      from = to + 1;
      to = pieceEnd(text, from, d.end());
      words = text.substring(from, to).strip();
    }
    words = words.substring(0, Math.min(words.length(), 4 * MAX)); // bounded input for the patterns
    Matcher adverbs = ADVERBS.matcher(words);
    if (adverbs.lookingAt() && adverbs.end() < words.length()) {
      words = words.substring(adverbs.end());
    }
    Matcher ba = BA.matcher(words);
    if (ba.lookingAt()) {
      String object = ba.group(1);
      int of = object.lastIndexOf('的');
      words = ba.group(2) + (of >= 0 ? object.substring(of + 1) : object);
    }
    return words.length() > MAX ? words.substring(0, MAX) : words;
  }
}
