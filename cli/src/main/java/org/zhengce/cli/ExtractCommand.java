package org.zhengce.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.zhengce.clean.CleanDocument;
import org.zhengce.clean.DocumentCleaner;
import org.zhengce.extract.DocumentExtractor;
import org.zhengce.extract.Extraction;
import org.zhengce.segment.HanlpSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zhengce extract}: commitments, targets, deadlines and parties as records.md defines them. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract commitments, targets, deadlines and responsible parties.")
final class ExtractCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { json, jsonl }

  @Spec CommandSpec spec;
  @Mixin Inputs inputs;

  @Option(names = "--format", defaultValue = "json",
      description = "json (one object per document, indented), jsonl (one per line). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The document date that 今年, 年底前… resolve against, instead of the one found.")
  String date;

  @Override
  public Integer call() {
    LocalDate override = parseDate(date);
    DocumentCleaner cleaner = DocumentCleaner.standard();
    DocumentExtractor extractor = new DocumentExtractor(HanlpSegmenter.standard());
    PrintWriter out = spec.commandLine().getOut();
    return inputs.forEach(spec.commandLine().getErr(), document -> {
      CleanDocument doc = cleaner.clean(document);
      LocalDate docDate = override != null ? override : doc.metadata().date();
      Extraction x = extractor.extract(doc.text(), docDate, doc.metadata().place());
      Object json = RecordsJson.of(doc, x);
      out.println(format == Format.jsonl ? Json.compact(json) : Json.pretty(json));
      out.flush();
    });
  }

  private static LocalDate parseDate(String s) {
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
