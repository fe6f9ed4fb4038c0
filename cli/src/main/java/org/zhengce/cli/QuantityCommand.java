package org.zhengce.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhengce.number.Quantity;
import org.zhengce.number.QuantityParser;
import org.zhengce.format.RecordsJson;
import org.zhengce.normalize.Normalization;
import org.zhengce.text.CodePoints;
import org.zhengce.text.NormalizedText;
import org.zhengce.text.Span;
import picocli.CommandLine.Command;

/**
 * {@code zhengce quantity}: every number or quantity of a text, one JSON object a line, offsets in
 * code points of the text as given; {@code --batch} reads JSON lines from standard input.
 */
@Command(name = "quantity", mixinStandardHelpOptions = true,
    description = "Print every number or quantity in TEXT as JSON lines (text, start, end, value, unit, qualifier).")
final class QuantityCommand extends TextCommand {

  /** Made on first use, not when the command line is built for another command. */
  private QuantityParser parser;

  @Override
  List<Map<String, Object>> items(String text, String date) {
    NormalizedText norm = Normalization.standard().normalize(text);
    CodePoints cp = new CodePoints(text);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Quantity q : parser().find(norm.normalized())) {
      Span span = norm.toOriginal(q.start(), q.end());
      Map<String, Object> m = located(text, cp, span);
      m.put("value", RecordsJson.number(q.value()));
      if (q.valueMax() != null) {
        m.put("value_max", RecordsJson.number(q.valueMax()));
      }
      m.put("unit", q.unit());
      m.put("qualifier", q.qualifier().label());
      out.add(m);
    }
    return out;
  }

  private QuantityParser parser() {
    if (parser == null) {
      parser = new QuantityParser();
    }
    return parser;
  }
}
