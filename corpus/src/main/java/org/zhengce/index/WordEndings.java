package org.zhengce.index;

import java.util.ArrayList;
import java.util.List;
import org.zhengce.text.TsvRows;

/**
 * The endings that the segmenter joins to a name or a term into one word ({@code
 * word-endings.tsv}: 济南 → 济南市, 阿坝 → 阿坝州, 一票否决 → 一票否决制), so that a query without the
 * ending still finds the documents that write it. Immutable and thread-safe.
 */
record WordEndings(List<String> endings) {

  /** Words longer than this take no ending: they are names or terms in their own right. */
  static final int LONGEST = 6;

  private static final WordEndings STANDARD =
      new WordEndings(TsvRows.read(WordEndings.class, "word-endings.tsv", 2).stream()
          .map(r -> r[0].strip()).filter(e -> !e.equals("ending")).toList());

  static WordEndings standard() {
    return STANDARD;
  }

  /** {@code word} with each ending it does not already have; none for words not of Han characters. */
  List<String> of(String word) {
    List<String> out = new ArrayList<>();
    if (word.length() < 2 || word.length() > LONGEST
        || !word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return out;
    }
    for (String e : endings) {
      if (!word.endsWith(e)) {
        out.add(word + e);
      }
    }
    return out;
  }
}
