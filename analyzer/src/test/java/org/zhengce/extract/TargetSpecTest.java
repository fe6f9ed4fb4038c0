package org.zhengce.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The target rules on sentences of plans and work reports from ../shared/corpus
 * ({@code extract/targets.tsv}): each sentence is placed where it stands in its document (a work
 * report's targets, planned work or review; a plan's tasks or basis; a speech) and must give
 * exactly the targets listed, compared as records.md allows (a multiplier in the value or in the
 * unit), and nothing else.
 */
class TargetSpecTest {

  static Stream<Arguments> rows() {
    return SpecSentences.rows("/extract/targets.tsv");
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("rows")
  void givesExactlyTheListedTargets(String source, String context, String sentence, String expected) {
    SpecSentences.Placed placed = SpecSentences.place(context, sentence);
    String original = placed.original();
    List<Target> found = placed.records().targets().stream()
        .filter(t -> placed.inSentence(t.span().start())).toList();
    List<String> wanted = SpecSentences.items(expected);
    assertEquals(wanted.size(), found.size(), () -> source + ": " + found);
    for (String w : wanted) {
      String[] f = w.split("\\|");
      assertTrue(found.stream().anyMatch(t -> t.text().contains(f[0])
          && t.direction().label().equals(f[1]) && same(t.value(), t.unit(), Double.parseDouble(f[2]), f[3])),
          () -> source + ": no " + w + " in " + found);
    }
    for (Target t : found) {
      assertEquals(t.text(), original.substring(t.span().start(), t.span().end()));
    }
  }

  /** Whether two values agree once a multiplier in the unit (万个, 亿元) is folded into the value. */
  private static boolean same(double value, String unit, double wantValue, String wantUnit) {
    double a = fold(value, unit);
    double b = fold(wantValue, wantUnit);
    return Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b))
        && stripMultiplier(unit).equals(stripMultiplier(wantUnit));
  }

  private static double fold(double value, String unit) {
    double v = value;
    String u = unit == null ? "" : unit;
    while (u.length() > 1 && "十百千万亿".indexOf(u.charAt(0)) >= 0) {
      v *= switch (u.charAt(0)) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        case '万' -> 10000;
        default -> 100000000;
      };
      u = u.substring(1);
    }
    return v;
  }

  private static String stripMultiplier(String unit) {
    String u = unit == null ? "" : unit;
    while (u.length() > 1 && "十百千万亿".indexOf(u.charAt(0)) >= 0) {
      u = u.substring(1);
    }
    return u;
  }
}
