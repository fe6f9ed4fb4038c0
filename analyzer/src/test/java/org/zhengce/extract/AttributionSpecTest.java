package org.zhengce.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attributions that close task items ({@code extract/attributions.tsv}, items of plans and
 * notices from ../shared/corpus): in brackets, over line breaks, with 牵头/配合/负责 after the units
 * or 牵头单位：/责任单位： before them, units listed with 、，和/及 and abbreviated lists. Each item
 * gives exactly the listed units with their roles, and its attribution covers each of its
 * commitments: every commitment links every unit of the first attribution after it.
 */
class AttributionSpecTest {

  static Stream<Arguments> rows() {
    return SpecSentences.rows("/extract/attributions.tsv");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("rows")
  void eachUnitWithItsRoleCoversTheCommitmentsOfItsItem(String source, String context, String item,
      String parties, String commitments) {
    SpecSentences.Placed placed = SpecSentences.place(context, item);
    String original = placed.original();
    List<int[]> brackets = brackets(original, placed.from());
    List<Party> units = placed.records().parties().stream()
        .filter(p -> brackets.stream().anyMatch(b -> b[0] <= p.span().start() && p.span().end() <= b[1]))
        .toList();
    assertEquals(SpecSentences.items(parties),
        units.stream().map(p -> p.name() + "|" + p.role().label()).toList(), source);
    List<Commitment> found = placed.records().commitments().stream()
        .filter(c -> placed.inSentence(c.span().start())).toList();
    if (commitments.equals("*")) {
      assertFalse(found.isEmpty(), source);
    } else {
      assertEquals(Integer.parseInt(commitments), found.size(), () -> source + ": " + texts(found));
    }
    for (Commitment c : found) {
      int[] closing = brackets.stream().filter(b -> b[0] >= c.span().start()).findFirst().orElseThrow();
      List<String> covering = units.stream()
          .filter(p -> closing[0] <= p.span().start() && p.span().end() <= closing[1]).map(Party::id).toList();
      assertTrue(c.parties().containsAll(covering), () -> source + ": " + c.text() + " links " + c.parties()
          + ", not all of " + covering);
    }
    for (Party p : placed.records().parties()) {
      assertEquals(p.text(), original.substring(p.span().start(), p.span().end()));
    }
  }

  /** The spans of the attribution brackets after {@code from}: those that hold a party's words. */
  private static List<int[]> brackets(String text, int from) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int open = -1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '（' || c == '〔' || c == '(') {
        if (depth++ == 0) {
          open = i;
        }
      } else if ((c == '）' || c == '〕' || c == ')') && depth > 0 && --depth == 0) {
        String inside = text.substring(open, i);
        if (inside.contains("牵头") || inside.contains("负责") || inside.contains("单位") || inside.contains("配合")) {
          out.add(new int[] {open, i + 1});
        }
      }
    }
    return out;
  }

  private static List<String> texts(List<Commitment> found) {
    return found.stream().map(Commitment::text).toList();
  }
}
