package org.zhengce.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.zhengce.normalize.Normalization;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.structure.OutlineParser;
import org.zhengce.text.NormalizedText;

/**
 * What the TSV specs of extraction share ({@code extract/targets.tsv}, {@code parties.tsv},
 * {@code commitments.tsv}, {@code attributions.tsv}): their rows, and each sentence extracted where
 * it stands in its kind of document — a work report's targets, planned work or review, a plan's
 * tasks or basis, below a notice's title, or a speech — with the document dated 2024-01-20.
 */
final class SpecSentences {

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
      "notice", Map.entry(Kind.NOTICE, "关于印发实施方案的通知\n"),
      "speech", Map.entry(Kind.SPEECH, ""));

  /** A sentence extracted in its context: the whole text, where the sentence starts, the records. */
  record Placed(String original, int from, Extraction records) {

    /** Whether a record starting at {@code start} lies in the sentence, not in its context. */
    boolean inSentence(int start) {
      return start >= from;
    }
  }

  private SpecSentences() {}

  /** {@code sentence} ({@code \n} for its line breaks) extracted after the text of {@code context}. */
  static Placed place(String context, String sentence) {
    Map.Entry<Kind, String> where = CONTEXTS.get(context);
    if (where == null) {
      throw new IllegalArgumentException("no context " + context);
    }
    String original = where.getValue() + sentence.replace("\\n", "\n") + "\n";
    NormalizedText text = Normalization.standard().normalize(original);
    Extraction x = EXTRACTOR.extract(text, DocumentContext.of(LocalDate.of(2024, 1, 20), null,
        where.getKey(), OUTLINES.parse(text.normalized())));
    return new Placed(original, where.getValue().length(), x);
  }

  /** The rows of a spec, each as the arguments of one test: tab-separated, # comments skipped. */
  static Stream<Arguments> rows(String resource) {
    List<Arguments> rows = new ArrayList<>();
    try (InputStream in = SpecSentences.class.getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(Arguments.of((Object[]) line.split("\t")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows.stream();
  }

  /** {@code expected} (' ; '-separated items, '-' for none) as a list. */
  static List<String> items(String expected) {
    return expected.equals("-") ? List.of() : List.of(expected.split(" ; "));
  }
}
