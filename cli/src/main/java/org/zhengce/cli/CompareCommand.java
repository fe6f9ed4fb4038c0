package org.zhengce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhengce.compare.Comparison;
import org.zhengce.compare.TargetRow;
import org.zhengce.format.CompareTable;
import org.zhengce.format.HtmlReport;
import org.zhengce.index.CorpusSearcher;
import org.zhengce.index.IndexException;
import org.zhengce.indicator.Indicator;
import org.zhengce.indicator.IndicatorTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zhengce compare} and {@code zhengce indicators}: targets side by side across places and
 * years, from the records stored in the index.
 */
final class CompareCommand {

  private CompareCommand() {}

  enum Format { table, csv, json, html }

  @Command(name = "compare", mixinStandardHelpOptions = true,
      description = "Targets of the same indicator across places and years, with their sources.")
  static final class Compare implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexDir indexDir;

    @Option(names = "--indicator", paramLabel = "ID|TEXT", description = "An indicator id (pm25), name, or words of the phrase.")
    String indicator;

    @Option(names = "--place", paramLabel = "P", arity = "1..*", description = "Only these places.")
    List<String> places = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YEAR") Integer from;
    @Option(names = "--to", paramLabel = "YEAR") Integer to;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, json or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--free-phrases", description = "Without --indicator, also compare targets whose phrase "
        + "names no canonical indicator (often fragments; they are left out by default).")
    boolean freePhrases;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
      List<TargetRow> rows;
      try (CorpusSearcher searcher = CorpusSearcher.open(indexDir.path)) {
        rows = new Comparison(IndicatorTable.standard()).rows(searcher,
            new Comparison.Filter(indicator, places, from, to, freePhrases));
      } catch (IndexException e) {
        throw new CliException(e.getMessage());
      }
      String text = switch (format) {
        case html -> HtmlReport.of("zhengce · " + (indicator == null ? "all indicators" : indicator), rows);
        case json -> Json.pretty(rows);
        case csv -> CompareTable.csv(rows);
        case table -> CompareTable.table(rows);
      };
      if (rows.isEmpty() && indicator != null && IndicatorTable.standard().find(indicator).isEmpty()) {
        spec.commandLine().getErr().println("zhengce: note: " + indicator + " is no canonical indicator and no "
            + "target phrase holds it; 'zhengce indicators' lists the indicators");
      }
      if (output != null) {
        try {
          Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new CliException("cannot write " + output + " (" + (e instanceof java.nio.file.FileSystemException f
              && f.getReason() != null ? f.getReason() : e.getClass().getSimpleName()) + ")");
        }
        spec.commandLine().getErr().println("zhengce: " + rows.size() + " targets written to " + output.toAbsolutePath());
      } else {
        spec.commandLine().getOut().print(text);
      }
      spec.commandLine().getOut().flush();
      return 0;
    }

  }

  @Command(name = "indicators", mixinStandardHelpOptions = true,
      description = "The canonical indicators, with how many targets the index holds for each.")
  static final class Indicators implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexDir indexDir;

    @Override
    public Integer call() throws IOException {
      Map<String, Integer> counts = new LinkedHashMap<>();
      if (Files.isDirectory(indexDir.path)) {
        try (CorpusSearcher searcher = CorpusSearcher.open(indexDir.path)) {
          counts = new Comparison(IndicatorTable.standard()).countsByIndicator(searcher);
        } catch (IndexException e) {
          throw new CliException(e.getMessage());
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      for (Indicator i : IndicatorTable.standard().all()) {
        out.printf(Locale.ROOT, "%-32s %6d  %s · %s%n", i.id(), counts.getOrDefault(i.id(), 0), i.nameZh(), i.nameEn());
      }
      out.flush();
      return 0;
    }
  }
}
