package org.zhengce.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The commitment rules on sentences of plans, notices, regulations, work reports and speeches from
 * ../shared/corpus ({@code extract/commitments.tsv}): bare imperatives of a plan are must, a work
 * report's planned work will, modal words give their modality, one commitment per clause with its
 * own action, and titles, statements, commentary and last year's results are none. Each sentence
 * gives exactly the listed commitments, in order, and each commitment's text is its span of the
 * original.
 */
class CommitmentSpecTest {

  static Stream<Arguments> rows() {
    return SpecSentences.rows("/extract/commitments.tsv");
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("rows")
  void givesExactlyTheListedCommitments(String source, String context, String sentence, String expected) {
    SpecSentences.Placed placed = SpecSentences.place(context, sentence);
    List<Commitment> found = placed.records().commitments().stream()
        .filter(c -> placed.inSentence(c.span().start())).toList();
    List<String> wanted = SpecSentences.items(expected);
    List<String> got = new ArrayList<>();
    for (Commitment c : found) {
      got.add(c.text().replace("\n", "") + "|" + c.modality().label());
      assertEquals(c.text(), placed.original().substring(c.span().start(), c.span().end()));
    }
    assertEquals(wanted.size(), found.size(), () -> source + ": " + got);
    for (int i = 0; i < wanted.size(); i++) {
      String[] w = wanted.get(i).split("\\|");
      Commitment c = found.get(i);
      int k = i;
      assertTrue(c.text().replace("\n", "").contains(w[0]) && c.modality().label().equals(w[1]),
          () -> source + ": commitment " + (k + 1) + " is not " + wanted.get(k) + " in " + got);
    }
  }
}
