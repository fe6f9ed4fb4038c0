package org.zhengce.extract;

import java.util.Arrays;
import java.util.List;
import org.zhengce.segment.Token;

/**
 * The words of an analysed piece with their parts of speech (HanLP's tags), looked up by
 * position: which word starts or ends at a position, whether it is a verb, a noun or a time word.
 * Positions are of the piece's text. Made once per piece by {@link AnalyzedText}; immutable.
 */
final class Words {

  private final List<Token> tokens;
  private final int[] starts;

  Words(List<Token> tokens) {
    this.tokens = List.copyOf(tokens);
    this.starts = new int[tokens.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = tokens.get(i).start();
    }
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String text(int i) {
    return tokens.get(i).text();
  }

  /** Whether {@code [start, end)} is one word. */
  boolean isWord(int start, int end) {
    int k = Arrays.binarySearch(starts, start);
    return k >= 0 && tokens.get(k).end() == end;
  }

  /** The index of the word that starts at {@code position}, or -1. */
  int at(int position) {
    int k = Arrays.binarySearch(starts, position);
    return k >= 0 ? k : -1;
  }

  /** The index of the first word that starts at or after {@code position}. */
  int from(int position) {
    int k = Arrays.binarySearch(starts, position);
    return k >= 0 ? k : -k - 1;
  }

  /** The index of the word that ends at {@code position}, or -1. */
  int before(int position) {
    int k = from(position) - 1;
    return k >= 0 && tokens.get(k).end() == position ? k : -1;
  }

  boolean isVerb(int i) {
    return tokens.get(i).pos().startsWith("v");
  }

  /** A verb used as a noun (投资, 调查): it may name an indicator. */
  boolean isNominalVerb(int i) {
    return tokens.get(i).pos().equals("vn");
  }

  /** A noun, a verb used as one, a distinguishing word (新型), or a quoted name (“智改数转”). */
  boolean isNoun(int i) {
    String pos = tokens.get(i).pos();
    return pos.startsWith("n") || pos.equals("vn") || pos.equals("b") || pos.equals("gi")
        || tokens.get(i).text().startsWith("“");
  }

  /**
   * Whether the word may open the object of a count (40个消费场景, 29个扩权赋能县, 39个欠发达县域):
   * anything but punctuation, a function word, an adverb or another number.
   */
  boolean mayStartObject(int i) {
    String pos = tokens.get(i).pos();
    return !tokens.get(i).isPunctuation() && !pos.startsWith("u") && !pos.startsWith("c")
        && !pos.startsWith("p") && !pos.startsWith("d") && !pos.startsWith("m") && !pos.equals("y")
        && !pos.equals("f");
  }

  boolean isTime(int i) {
    return tokens.get(i).pos().equals("t");
  }

  /**
   * Whether a verb stands among the words of {@code [start, end)} before their last two
   * characters (the head): 调动好基层干部, 明确责任部门, 我市承担着建设…支撑区 — but not 主要负责同志.
   */
  boolean hasVerbBeforeHead(int start, int end) {
    for (int k = from(start); k < tokens.size() && tokens.get(k).end() <= end - 2; k++) {
      String pos = tokens.get(k).pos();
      if (pos.equals("v") || pos.equals("vi")) {
        return !PartyWords.VERBS_IN_NAMES.contains(tokens.get(k).text());
      }
    }
    return false;
  }
}
