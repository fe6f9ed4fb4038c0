package org.zhengce.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhengce.extract.time.TimeExpression;
import org.zhengce.extract.time.TimeParser;
import org.zhengce.normalize.Normalization;
import org.zhengce.text.CodePoints;
import org.zhengce.text.NormalizedText;
import org.zhengce.text.Span;
import picocli.CommandLine.Command;

/**
 * {@code zhengce time}: every time expression of a text, one JSON object a line, resolved against
 * {@code --date} (never the clock); {@code --batch} reads JSON lines from standard input.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
    description = "Print every time expression in TEXT as JSON lines (text, start, end, type, from, to, amount, unit).")
final class TimeCommand extends TextCommand {

  /** Made on first use, not when the command line is built for another command. */
  private TimeParser parser;

  @Override
  List<Map<String, Object>> items(String text, String date) {
    LocalDate documentDate = parse(date);
    NormalizedText norm = Normalization.standard().normalize(text);
    CodePoints cp = new CodePoints(text);
    List<Map<String, Object>> out = new ArrayList<>();
    for (TimeExpression t : parser().find(norm.normalized(), documentDate)) {
      Span span = norm.toOriginal(t.start(), t.end());
      Map<String, Object> m = located(text, cp, span);
      m.put("type", t.type().label());
      m.put("from", t.from() == null ? null : t.from().toString());
      m.put("to", t.to() == null ? null : t.to().toString());
      if (t.type() == TimeExpression.Type.DURATION) {
        m.put("amount", t.amount());
        m.put("unit", t.unit() == null ? null : t.unit().label());
      }
      m.put("relation", t.relation().label());
      out.add(m);
    }
    return out;
  }

  private static LocalDate parse(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new CliException("date " + date + ": expected YYYY-MM-DD", 2);
    }
  }

  private TimeParser parser() {
    if (parser == null) {
      parser = new TimeParser();
    }
    return parser;
  }
}
