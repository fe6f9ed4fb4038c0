package org.zhengce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhengce.index.CorpusSearcher;
import org.zhengce.index.IndexException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zhengce stats} and {@code zhengce show}: what the index holds. */
final class StatsCommand {

  private StatsCommand() {}

  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "How many documents the index holds, by place, year, kind and script, and its size.")
  static final class Stats implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin IndexDir indexDir;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    SearchCommand.Format format;

    @Override
    public Integer call() throws IOException {
      try (CorpusSearcher searcher = CorpusSearcher.open(indexDir.path)) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documents", searcher.documents());
        json.putAll(searcher.counts());
        json.put("size_bytes", searcher.sizeOnDisk());
        PrintWriter out = spec.commandLine().getOut();
        if (format == SearchCommand.Format.json) {
          out.println(Json.pretty(json));
        } else {
          out.printf(Locale.ROOT, "%s: %d documents, %.1f MB%n", indexDir.path, searcher.documents(),
              searcher.sizeOnDisk() / 1048576.0);
          searcher.counts().forEach((dim, counts) -> out.println(dim + ": " + counts));
        }
        out.flush();
        return 0;
      } catch (IndexException e) {
        throw new CliException(e.getMessage());
      }
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "One indexed document's metadata and records, by id or path.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID|PATH", description = "The document's id (from search) or its path as indexed.")
    String key;

    @Mixin IndexDir indexDir;

    @Override
    public Integer call() throws IOException {
      try (CorpusSearcher searcher = CorpusSearcher.open(indexDir.path)) {
        Map<String, Object> doc = searcher.show(key);
        if (doc == null) {
          throw new CliException("no document " + key + " in " + indexDir.path);
        }
        Object records = doc.remove("records");
        if (records != null) {
          doc.put("records", new com.fasterxml.jackson.databind.ObjectMapper().readTree(records.toString()));
        }
        spec.commandLine().getOut().println(Json.pretty(doc));
        spec.commandLine().getOut().flush();
        return 0;
      } catch (IndexException e) {
        throw new CliException(e.getMessage());
      }
    }
  }
}
