package org.zhengce.index;

import java.util.Set;
import java.util.stream.Collectors;
import org.zhengce.text.TsvRows;

/**
 * The endings that the segmenter joins to a name or a term into one word ({@code
 * word-endings.tsv}: 济南 → 济南市, 阿坝 → 阿坝州, 一票否决 → 一票否决制), so that a query without the
 * ending still finds the documents that write it ({@link WordForms}). Immutable and thread-safe.
 */
record WordEndings(Set<String> endings) {

  /** Words longer than this take no ending: they are names or terms in their own right. */
  static final int LONGEST = 6;

  private static final WordEndings STANDARD =
      new WordEndings(TsvRows.read(WordEndings.class, "word-endings.tsv", 2).stream()
          .map(r -> r[0].strip()).filter(e -> !e.equals("ending")).collect(Collectors.toUnmodifiableSet()));

  static WordEndings standard() {
    return STANDARD;
  }

  /** Whether documents may write {@code word} with an ending: two to six Han characters. */
  boolean takes(String word) {
    return word.length() >= 2 && word.length() <= LONGEST
        && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
