package org.zhengce.extract;

import java.util.HashSet;
import java.util.Set;
import org.zhengce.text.TsvRows;

/**
 * The vocabulary that decides whether a clause directs an action, read once from {@code
 * commitment-words.tsv}: the verbs that report or describe rather than direct (指出, 召开, 取得), and
 * the adjectives that open a directive as a verb with an object (严格项目审批, 畅通国内大循环), and
 * the words of a clause that only sets the scope of the action after it (围绕…, 依托…载体).
 * Immutable.
 */
final class CommitmentWords {

  /** Verbs that report or describe rather than direct. */
  static final Set<String> REPORTING;
  /** Adjectives that direct when an object follows them. */
  static final Set<String> CAUSATIVE;
  /** Words that open a clause that only sets the scope of the action after it. */
  static final Set<String> SCOPE;
  /** Verbs of a state reached (达到, 超过): what stands before them is what changes, no actor. */
  static final Set<String> REACHING;

  static {
    Set<String> reporting = new HashSet<>();
    Set<String> causative = new HashSet<>();
    Set<String> scope = new HashSet<>();
    Set<String> reaching = new HashSet<>();
    for (String[] row : TsvRows.read(CommitmentWords.class, "commitment-words.tsv", 2)) {
      switch (row[1]) {
        case "reporting" -> reporting.add(row[0]);
        case "causative" -> causative.add(row[0]);
        case "scope" -> scope.add(row[0]);
        case "reaching" -> reaching.add(row[0]);
        default -> throw new IllegalStateException("commitment-words.tsv: kind " + row[1]);
      }
    }
    REPORTING = Set.copyOf(reporting);
    CAUSATIVE = Set.copyOf(causative);
    SCOPE = Set.copyOf(scope);
    REACHING = Set.copyOf(reaching);
  }

  private CommitmentWords() {}
}
