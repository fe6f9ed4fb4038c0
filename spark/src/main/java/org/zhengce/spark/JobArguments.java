package org.zhengce.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The job's command line: {@code IN OUT} and the options {@code --date}, {@code --max-size MB}
 * (as {@code zhengce extract}), {@code --table parquet|json}, {@code --text-column}, {@code
 * --id-column} (for a table input) and {@code --partitions}. Immutable.
 */
public record JobArguments(String input, String output, PipelineOptions options, String table,
    String textColumn, String idColumn, int partitions) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A folder of files with the CLI's defaults. */
  public static JobArguments folder(String input, String output) {
    return new JobArguments(input, output, PipelineOptions.defaults(), null, "text", null, 0);
  }

  public static JobArguments parse(String... args) {
    Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
    String in = null;
    String out = null;
    long maxBytes = PipelineOptions.defaults().maxBytes();
    LocalDate date = null;
    String table = null;
    String text = "text";
    String id = null;
    int partitions = 0;
    while (!rest.isEmpty()) {
      String a = rest.poll();
      switch (a) {
        case "--date" -> date = LocalDate.parse(value(a, rest));
        case "--max-size" -> maxBytes = Long.parseLong(value(a, rest)) * 1024 * 1024;
        case "--table" -> table = value(a, rest);
        case "--text-column" -> text = value(a, rest);
        case "--id-column" -> id = value(a, rest);
        case "--partitions" -> partitions = Integer.parseInt(value(a, rest));
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a);
          } else if (in == null) {
            in = a;
          } else if (out == null) {
            out = a;
          } else {
            throw new IllegalArgumentException("one input and one output, not " + a);
          }
        }
      }
    }
    if (in == null || out == null) {
      throw new IllegalArgumentException("usage: ExtractJob IN OUT [--date YYYY-MM-DD] [--max-size MB] "
          + "[--table parquet|json --text-column text --id-column id] [--partitions N]");
    }
    return new JobArguments(in, out, new PipelineOptions(maxBytes, date), table, text, id, partitions);
  }

  private static String value(String option, Deque<String> rest) {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return rest.poll();
  }
}
