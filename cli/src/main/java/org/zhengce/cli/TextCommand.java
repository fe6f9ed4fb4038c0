package org.zhengce.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that reads one TEXT argument, or with {@code --batch} JSON lines {@code {"text": …,
 * "date": …}} from standard input, and prints JSON lines: the items of the text, or per input line
 * {@code {"text": …, "items": […]}} in the same order. One JVM for many inputs.
 */
abstract class TextCommand implements Callable<Integer> {


  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The text to read.")
  String text;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The document date to resolve against.")
  String date;

  @Option(names = "--batch", description = "Read JSON lines {\"text\": …, \"date\": …} from standard input.")
  boolean batch;

  /** An item's {@code text}, {@code start} and {@code end} (code points) for an original span. */
  static Map<String, Object> located(String text, org.zhengce.text.CodePoints cp, org.zhengce.text.Span span) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", span.of(text));
    m.put("start", cp.of(span.start()));
    m.put("end", cp.of(span.end()));
    return m;
  }

  /** The items found in {@code text}, resolved against {@code date} (YYYY-MM-DD or null). */
  abstract List<Map<String, Object>> items(String text, String date);

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!batch) {
      if (text == null) {
        throw new CliException("missing TEXT (or --batch)", 2);
      }
      for (Map<String, Object> item : items(text, date)) {
        out.println(Json.compact(item));
      }
      out.flush();
      return 0;
    }
    int failed = 0;
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode node = Json.readTree(line);
        String t = node.path("text").asText(null);
        if (t == null) {
          throw new IllegalArgumentException("no \"text\"");
        }
        String d = node.hasNonNull("date") ? node.get("date").asText() : date;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("text", t);
        result.put("items", items(t, d));
        out.println(Json.compact(result));
      } catch (IOException | RuntimeException e) {
        failed++;
        spec.commandLine().getErr().println("zhengce: line " + lineNo + ": " + oneLine(e));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("text", null);
        result.put("items", List.of());
        result.put("error", oneLine(e));
        out.println(Json.compact(result));
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
