package org.zhengce.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.zhengce.segment.Token;

/**
 * Groups clauses into commitments, sentence by sentence. A commitment opens at a clause with a
 * modal word ({@link ModalWords}), taking in one clause before it that names its topic or actor
 * (各地各有关单位对…的问题, 要…), and runs on through the clauses that follow until another modal
 * word, a clause with its own deadline or target (which opens a commitment of the same modality:
 * 确保今年PM2.5…下降10%, PM10…下降12%以上 gives two), or the sentence's end. Headlines — short
 * lines without closing punctuation — are not commitments. Positions are of the normalized text.
 */
final class CommitmentFinder {

  /** A commitment found: its span, modality and where its modal word stands (-1 if inherited). */
  record Draft(int start, int end, Modality modality, int modalStart, int modalEnd, int bodyStart) {}

  private static final int HEADLINE_MAX = 60;

  List<Draft> find(String text, List<Clause> clauses, List<Token> tokens, BitSet anchored) {
    List<Draft> out = new ArrayList<>();
    int[] firstToken = firstTokens(clauses, tokens);
    int i = 0;
    while (i < clauses.size()) {
      int sentence = clauses.get(i).sentence();
      int j = i;
      while (j < clauses.size() && clauses.get(j).sentence() == sentence) {
        j++;
      }
      if (!isHeadline(text, clauses.get(i), clauses.get(j - 1))) {
        inSentence(clauses, tokens, firstToken, anchored, i, j, out);
      }
      i = j;
    }
    return out;
  }

  private static void inSentence(List<Clause> clauses, List<Token> tokens, int[] firstToken,
      BitSet anchored, int from, int to, List<Draft> out) {
    Draft current = null;
    int lastTaken = from - 1;
    for (int c = from; c < to; c++) {
      Clause clause = clauses.get(c);
      int tokenEnd = c + 1 < firstToken.length ? firstToken[c + 1] : tokens.size();
      Optional<ModalWords.Found> modal = ModalWords.first(tokens, firstToken[c], tokenEnd);
      if (modal.isPresent()) {
        close(current, out);
        int startClause = c > from && c - 1 > lastTaken ? c - 1 : c;
        Token word = tokens.get(modal.get().index());
        current = new Draft(clauses.get(startClause).start(), clause.end(), modal.get().modality(),
            word.start(), modalEnd(tokens, modal.get()), clauses.get(startClause).bodyStart());
        lastTaken = c;
      } else if (current != null && anchored.get(c)) {
        close(current, out);
        current = new Draft(clause.start(), clause.end(), current.modality(), -1, -1, clause.bodyStart());
        lastTaken = c;
      } else if (current != null) {
        current = new Draft(current.start(), clause.end(), current.modality(), current.modalStart(),
            current.modalEnd(), current.bodyStart());
        lastTaken = c;
      }
    }
    close(current, out);
  }

  private static int modalEnd(List<Token> tokens, ModalWords.Found found) {
    int k = found.index();
    Token word = tokens.get(k);
    // 一定 + 要: the modal ends after 要
    if (k + 1 < tokens.size() && tokens.get(k + 1).text().equals("要")
        && tokens.get(k + 1).start() == word.end()) {
      return tokens.get(k + 1).end();
    }
    return word.end();
  }

  private static void close(Draft draft, List<Draft> out) {
    if (draft != null) {
      out.add(draft);
    }
  }

  /** For each clause, the index of its first token at or after its body start. */
  private static int[] firstTokens(List<Clause> clauses, List<Token> tokens) {
    int[] first = new int[clauses.size()];
    int t = 0;
    for (int c = 0; c < clauses.size(); c++) {
      while (t < tokens.size() && tokens.get(t).start() < clauses.get(c).bodyStart()) {
        t++;
      }
      first[c] = t;
    }
    return first;
  }

  /** A short line of its own without closing punctuation: a title or a heading. */
  private static boolean isHeadline(String text, Clause first, Clause last) {
    int lineStart = text.lastIndexOf('\n', first.start() - 1) + 1;
    int lineEnd = text.indexOf('\n', last.end());
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    String line = text.substring(lineStart, lineEnd).strip();
    if (line.length() > HEADLINE_MAX || line.isEmpty()) {
      return false;
    }
    char end = line.charAt(line.length() - 1);
    return "。！？；!?;…".indexOf(end) < 0;
  }
}
