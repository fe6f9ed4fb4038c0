package org.zhengce.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven cases from {@code extract/time-expressions.tsv}: sentences copied from the shared
 * corpus and seeds (and a few constructed ones), each with a document date and the expression the
 * parser must find, or a word it must not report.
 */
class TimeParserTableTest {

  private static final TimeParser PARSER = new TimeParser();

  /** One row of the table. */
  record Case(int line, String sentence, LocalDate documentDate, String quote, String type,
      String from, String to, String amount, String unit, String relation, boolean plan) {

    boolean negative() {
      return quote.startsWith("!");
    }

    @Override
    public String toString() {
      return line + ": " + quote + " ← " + sentence;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = TimeParserTableTest.class.getResourceAsStream(
            "/extract/time-expressions.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int line = 0;
      for (String row; (row = reader.readLine()) != null; ) {
        line++;
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] f = row.split("\t", -1);
        assertEquals(10, f.length, "line " + line + " has " + f.length + " columns");
        cases.add(new Case(line, f[0].replace("\\n", "\n"),
            f[1].equals("-") ? null : LocalDate.parse(f[1]), f[2].replace("\\n", "\n"), f[3],
            f[4], f[5], f[6], f[7], f[8], f[9].equals("plan")));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsTheExpression(Case c) {
    List<TimeExpression> found = PARSER.find(c.sentence(), c.documentDate());
    assertWellFormed(c.sentence(), found);
    String all = found.stream().map(e -> e.text() + "[" + e.start() + "," + e.end() + ")")
        .collect(Collectors.joining(", "));
    if (c.negative()) {
      String word = c.quote().substring(1);
      assertTrue(c.sentence().contains(word), "word not in sentence: " + word);
      for (TimeExpression e : found) {
        assertFalse(e.text().contains(word), "reported " + word + "; found: " + all);
      }
      return;
    }
    TimeExpression e = found.stream().filter(x -> x.text().equals(c.quote())).findFirst()
        .orElse(null);
    assertNotNull(e, "no " + c.quote() + "; found: " + all);
    assertEquals(c.quote(), c.sentence().substring(e.start(), e.end()));
    String expected = String.join(" ", c.type(), c.from(), c.to(), c.amount(), c.unit(),
        c.relation(), c.plan() ? "plan" : "-");
    String actual = String.join(" ", e.type().label(), dash(e.from()), dash(e.to()),
        dash(e.amount()), e.unit() == null ? "-" : e.unit().label(), e.relation().label(),
        e.plan() ? "plan" : "-");
    assertEquals(expected, actual, c.quote());
  }

  @Test
  void theTableIsLargeAndMostlyPositive() throws IOException {
    List<Case> cases = cases();
    long positive = cases.stream().filter(c -> !c.negative()).count();
    assertTrue(positive >= 150, "only " + positive + " expressions");
    assertTrue(cases.size() - positive >= 20, "too few negative cases");
  }

  /** Offsets inside the text, text equal to its substring, in order and not overlapping. */
  static void assertWellFormed(String text, List<TimeExpression> found) {
    int previousEnd = 0;
    for (TimeExpression e : found) {
      assertTrue(e.start() >= previousEnd, "overlap or disorder at " + e);
      assertTrue(e.end() <= text.length() && e.end() > e.start(), "bad span " + e);
      assertEquals(text.substring(e.start(), e.end()), e.text());
      if (e.from() != null && e.to() != null) {
        assertFalse(e.to().isBefore(e.from()), "reversed range " + e);
      }
      previousEnd = e.end();
    }
  }

  private static String dash(Object o) {
    return o == null ? "-" : o.toString();
  }
}
