package org.zhengce.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.zhengce.clean.CleanDocument;
import org.zhengce.extract.Extraction;
import org.zhengce.format.Checklist;
import org.zhengce.format.CommitmentsCsv;
import org.zhengce.format.RecordsJson;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhengce extract}: commitments, targets, deadlines and parties as records.md defines them. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract commitments, targets, deadlines and responsible parties.")
final class ExtractCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { json, jsonl, checklist, csv }

  @Spec CommandSpec spec;
  @Mixin Inputs inputs;

  @Option(names = "--format", defaultValue = "json",
      description = "json (one object per document, indented), jsonl (one per line), checklist "
          + "(Markdown, grouped by party), csv (one row per commitment, UTF-8 with BOM). "
          + "Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--group", defaultValue = "party",
      description = "How the checklist groups its items: party (who must act) or section (the "
          + "document's headings). Default: ${DEFAULT-VALUE}.")
  Checklist.Grouping group;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The document date that 今年, 年底前… resolve against, instead of the one found.")
  String date;

  @Option(names = "--threads", paramLabel = "N",
      description = "Files read and extracted at once; the output keeps the order of the files "
          + "(default: the processors, ${DEFAULT-VALUE}).")
  int threads = InOrder.defaultThreads();

  @Override
  public Integer call() {
    DocumentPipeline pipeline = inputs.pipeline().dateOverride(parseDate(date)).build();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json || format == Format.jsonl) {
      Json.warmUp();
    }
    if (format == Format.csv) {
      out.print(CommitmentsCsv.BOM + CommitmentsCsv.HEADER + "\r\n");
    }
    return inputs.forEach(spec.commandLine().getErr(), pipeline, Math.max(1, threads), document -> {
      ProcessedDocument processed = pipeline.process(document);
      CleanDocument doc = processed.document();
      Extraction x = processed.extraction();
      return switch (format) {
        case json -> Json.pretty(RecordsJson.of(doc, x)) + "\n";
        case jsonl -> Json.compact(RecordsJson.of(doc, x)) + "\n";
        case checklist -> Checklist.of(doc, x, group) + "\n";
        case csv -> CommitmentsCsv.rows(doc, x);
      };
    }, text -> {
      out.print(text);
      out.flush();
    });
  }

  static LocalDate parseDate(String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new CliException("--date " + s + ": expected YYYY-MM-DD", 2);
    }
  }
}
