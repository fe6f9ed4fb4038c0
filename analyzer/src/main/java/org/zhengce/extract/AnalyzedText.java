package org.zhengce.extract;

import java.util.List;
import org.zhengce.number.Quantity;
import org.zhengce.segment.Token;

/**
 * A piece of normalized text analysed once for every extraction stage: its clauses and
 * sentences, its tokens, its quantities, and where it starts in the whole normalized text ({@code offset}, so that
 * a stage can ask the document's outline about a position). Positions are of {@code text}.
 * Made by {@link TextAnalyzer}; immutable.
 */
public final class AnalyzedText {

  private final String text;
  private final int offset;
  private final List<Clause> clauses;
  private final List<Token> tokens;
  private final Words words;
  private final List<Quantity> quantities;

  AnalyzedText(String text, int offset, List<Clause> clauses, List<Token> tokens,
      List<Quantity> quantities) {
    this.text = text;
    this.offset = offset;
    this.clauses = List.copyOf(clauses);
    this.tokens = List.copyOf(tokens);
    this.words = new Words(this.tokens);
    this.quantities = List.copyOf(quantities);
  }

  public String text() {
    return text;
  }

  /** Where this piece starts in the whole normalized text. */
  public int offset() {
    return offset;
  }

  public List<Clause> clauses() {
    return clauses;
  }

  public List<Token> tokens() {
    return tokens;
  }

  Words words() {
    return words;
  }

  /** The quantities of the text, in order ({@link org.zhengce.number.QuantityParser#find}). */
  public List<Quantity> quantities() {
    return quantities;
  }

  /** The index of the clause at or last before {@code position}. */
  public int clauseAt(int position) {
    int lo = 0;
    int hi = clauses.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (clauses.get(mid).start() <= position) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The sentence number of the clause at {@code position}. */
  public int sentenceAt(int position) {
    return clauses.isEmpty() ? 0 : clauses.get(clauseAt(position)).sentence();
  }
}
