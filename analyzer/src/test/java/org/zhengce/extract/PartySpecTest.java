package org.zhengce.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The party rules on sentences of notices, plans, regulations, work reports and speeches from
 * ../shared/corpus ({@code extract/parties.tsv}): a notice's addressees (levels expanded: 各区、县
 * 人民政府 → two), actors with and without a modal word, bodies made to act (指导各市县制定…) and
 * joined (会同相关部门), and what is no party (我们, slogans, bodies merely mentioned). Each sentence
 * gives exactly the listed parties with their roles, in order, and each party's text is its span of
 * the original.
 */
class PartySpecTest {

  static Stream<Arguments> rows() {
    return SpecSentences.rows("/extract/parties.tsv");
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("rows")
  void givesExactlyTheListedParties(String source, String context, String sentence, String expected) {
    SpecSentences.Placed placed = SpecSentences.place(context, sentence);
    List<Party> found = placed.records().parties().stream()
        .filter(p -> placed.inSentence(p.span().start())).toList();
    assertEquals(SpecSentences.items(expected),
        found.stream().map(p -> p.name() + "|" + p.role().label()).toList(), source);
    for (Party p : found) {
      assertEquals(p.text(), placed.original().substring(p.span().start(), p.span().end()));
    }
  }
}
