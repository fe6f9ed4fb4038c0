package org.zhengce.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhengce.normalize.Normalization;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.structure.OutlineParser;
import org.zhengce.text.NormalizedText;

/**
 * The target rules on sentences of plans and work reports from ../shared/corpus
 * ({@code extract/targets.tsv}): each sentence is placed where it stands in its document (a work
 * report's targets, planned work or review; a plan's tasks or basis; a speech) and must give
 * exactly the targets listed, compared as records.md allows (a multiplier in the value or in the
 * unit), and nothing else.
 */
class TargetSpecTest {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(HanlpSegmenter.standard());
  private static final OutlineParser OUTLINES = new OutlineParser();
  private static final String REPORT_HEAD = "政府工作报告\n一、2023年工作回顾\n过去一年，我们做了大量工作。\n";

  /** Where each context puts its sentence: the kind and the text before it. */
  private static final Map<String, Map.Entry<Kind, String>> CONTEXTS = Map.of(
      "report-targets", Map.entry(Kind.REPORT, REPORT_HEAD + "二、2024年工作总体要求和主要目标\n今年经济社会发展的主要预期目标是："),
      "report-work", Map.entry(Kind.REPORT, REPORT_HEAD + "二、2024年重点工作\n（一）扎实推进重点工作\n"),
      "report-review", Map.entry(Kind.REPORT, REPORT_HEAD),
      "plan", Map.entry(Kind.PLAN, "三、重点任务\n（一）推动绿色低碳转型\n"),
      "plan-basis", Map.entry(Kind.PLAN, "一、发展基础\n“十三五”时期，全市生态环境质量明显改善。\n"),
      "speech", Map.entry(Kind.SPEECH, ""));

  static Stream<Arguments> rows() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (InputStream in = TargetSpecTest.class.getResourceAsStream("/extract/targets.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          rows.add(Arguments.of(f[0], f[1], f[2], f[3]));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("rows")
  void givesExactlyTheListedTargets(String source, String context, String sentence, String expected) {
    Map.Entry<Kind, String> where = CONTEXTS.get(context);
    String original = where.getValue() + sentence + "\n";
    NormalizedText text = Normalization.standard().normalize(original);
    Extraction x = EXTRACTOR.extract(text, DocumentContext.of(LocalDate.of(2024, 1, 20), null,
        where.getKey(), OUTLINES.parse(text.normalized())));
    List<Target> found = x.targets().stream().filter(t -> t.span().start() >= where.getValue().length()).toList();
    List<String> wanted = expected.equals("-") ? List.of() : List.of(expected.split(" ; "));
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
