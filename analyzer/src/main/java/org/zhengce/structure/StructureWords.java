package org.zhengce.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.zhengce.text.TsvRows;

/**
 * The vocabulary of document structure, read once from three tables beside this class:
 * attribution labels ({@code attribution-labels.tsv}), task-table header words
 * ({@code table-columns.tsv}) and the cues of work-report parts ({@code report-parts.tsv}).
 * Immutable and shared; {@link #DEFAULT} is what {@link OutlineParser} uses.
 */
final class StructureWords {

  static final StructureWords DEFAULT = new StructureWords();

  /** A report-part cue: a pattern and the part it announces. */
  record Cue(ReportPart part, Pattern pattern) {}

  /** Label words written before a colon, longest first: 牵头单位：A. */
  private final Map<String, AttributionLabel> labels;
  /** Label words written after the units, longest first: A牵头. */
  final Map<String, AttributionLabel> verbs;
  /** {@code ^(label)\s*[：:]\s*}. */
  final Pattern labelColon;
  /** {@code ^由?(units)(modifier)?(verb)$}. */
  final Pattern unitsVerb;
  final Map<String, Column> columns;
  final List<Cue> headingCues;
  final List<Cue> paragraphCues;
  /** Headings of a plan (not a work report) that review the past: 发展基础, “十三五”成就. */
  final List<Cue> planHeadingCues;

  private StructureWords() {
    Map<String, AttributionLabel> labelWords = new LinkedHashMap<>();
    Map<String, AttributionLabel> verbWords = new LinkedHashMap<>();
    for (String[] row : TsvRows.read(StructureWords.class, "attribution-labels.tsv", 3)) {
      AttributionLabel label = AttributionLabel.valueOf(row[1]);
      if (!row[2].equals("verb")) {
        labelWords.put(row[0], label);
      }
      if (!row[2].equals("label")) {
        verbWords.put(row[0], label);
      }
    }
    labels = Collections.unmodifiableMap(longestFirst(labelWords));
    verbs = Collections.unmodifiableMap(longestFirst(verbWords));
    labelColon = Pattern.compile("(" + labels.keySet().stream().map(StructureWords::breakable)
        .collect(Collectors.joining("|")) + ")[ \\t]*\\n?[ \\t]*[：:][ \\t]*");
    // units may run over a line break of the PDF (市生态环境\n局牵头)
    unitsVerb = Pattern.compile("(?:由)?(.+?)(?:按职责分工|按照职责分工|按职责|分工|分别|共同|各自)?("
        + String.join("|", verbs.keySet()) + ")(?:工作|落实)?", Pattern.DOTALL);
    Map<String, Column> cols = new LinkedHashMap<>();
    for (String[] row : TsvRows.read(StructureWords.class, "table-columns.tsv", 2)) {
      cols.put(row[0], Column.valueOf(row[1]));
    }
    columns = Collections.unmodifiableMap(longestFirst(cols));
    List<Cue> heading = new ArrayList<>();
    List<Cue> paragraph = new ArrayList<>();
    List<Cue> plan = new ArrayList<>();
    for (String[] row : TsvRows.read(StructureWords.class, "report-parts.tsv", 3)) {
      Cue cue = new Cue(ReportPart.valueOf(row[1]), Pattern.compile(row[2]));
      (switch (row[0]) {
        case "heading" -> heading;
        case "paragraph" -> paragraph;
        case "plan-heading" -> plan;
        default -> throw new IllegalStateException("report-parts.tsv: where " + row[0]);
      }).add(cue);
    }
    headingCues = List.copyOf(heading);
    paragraphCues = List.copyOf(paragraph);
    planHeadingCues = List.copyOf(plan);
  }

  /** The label a label word names, the word as written (a line break may fall inside it). */
  AttributionLabel label(String written) {
    return labels.get(written.replace("\n", ""));
  }

  /** A word as a pattern that also matches it with a line break between two characters. */
  private static String breakable(String word) {
    return word.codePoints().mapToObj(Character::toString).map(Pattern::quote)
        .collect(Collectors.joining("\\n?"));
  }

  /** The column a header cell names, OTHER when it names none. */
  Column column(String cell) {
    String c = cell.replaceAll("[\\s\\u3000]", "");
    Column exact = columns.get(c);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, Column> e : columns.entrySet()) {
      if (c.startsWith(e.getKey()) && c.length() <= e.getKey().length() + 6) {
        return e.getValue();
      }
    }
    return Column.OTHER;
  }

  private static <V> Map<String, V> longestFirst(Map<String, V> words) {
    return words.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, V> e) -> -e.getKey().length()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
            LinkedHashMap::new));
  }
}
