package org.zhengce.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.zhengce.clean.CleanDocument;
import org.zhengce.extract.Extraction;
import org.zhengce.format.RecordsJson;
import org.zhengce.index.CorpusIndex;
import org.zhengce.index.IndexException;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.read.Document;
import org.zhengce.read.ReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhengce index}: files and folders (recursively: txt, html, htm, md, pdf, docx, doc) into the local
 * index. Per file: read, clean, extract, index; unchanged files are skipped, changed ones
 * replaced. A progress bar on a terminal (plain lines otherwise) and a summary on stderr; every
 * failure with its path and reason. Commits every {@value #COMMIT_EVERY} files, so an interrupted run loses little.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Index files and folders (txt, html, htm, md, pdf, docx, doc) into a local index.")
final class IndexCommand implements Callable<Integer> {

  static final int COMMIT_EVERY = 100;
  private static final List<String> EXTENSIONS =
      List.of(".txt", ".html", ".htm", ".md", ".pdf", ".docx", ".doc");

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to index.")
  List<Path> paths;

  @Mixin IndexDir indexDir;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "50",
      description = "Refuse files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  double maxSizeMb;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The document date that 今年, 年底前… resolve against, instead of the one found.")
  String date;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    int failed = 0;
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(IndexCommand::indexable).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        failed++;
        err.println("zhengce: " + p + ": no such file or folder");
      }
    }
    DocumentPipeline pipeline = DocumentPipeline.builder().maxBytes(Inputs.maxBytes(maxSizeMb))
        .dateOverride(ExtractCommand.parseDate(date)).build();
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    try (CorpusIndex index = CorpusIndex.open(indexDir.path)) {
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        try {
          byte[] bytes;
          try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, pipeline.maxBytes() + 1));
          }
          String id = CorpusIndex.id(bytes);
          String path = file.toString();
          if (id.equals(index.idOf(path))) {
            unchanged++;
          } else {
            Document document = pipeline.read(path, bytes);
            Inputs.warnIfReplaced(err, path, document);
            ProcessedDocument processed = pipeline.process(document);
            CleanDocument doc = processed.document();
            Extraction x = processed.extraction();
            switch (index.put(path, id, doc, x, Json.compact(RecordsJson.of(doc, x)))) {
              case ADDED -> added++;
              case UPDATED -> updated++;
              default -> unchanged++;
            }
          }
        } catch (ReadException e) {
          failed++;
          err.println("zhengce: " + file + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
          failed++;
          err.println("zhengce: " + file + ": " + CliException.describe(e));
        }
        if ((i + 1) % COMMIT_EVERY == 0) {
          index.commit();
        }
        progress(err, i + 1, files.size());
      }
      index.commit();
    } catch (IndexException e) {
      throw new CliException(e.getMessage());
    }
    err.printf(Locale.ROOT, "%s: %d added, %d updated, %d unchanged, %d failed%n", indexDir.path, added,
        updated, unchanged, failed);
    err.flush();
    return failed == 0 ? 0 : 1;
  }

  /**
   * On a terminal, a bar redrawn in place; otherwise (a pipe, a log, a test) a plain line every
   * 50 files and at the end.
   */
  private static void progress(PrintWriter err, int done, int total) {
    if (System.console() != null) {
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) done * width / total);
      err.printf(Locale.ROOT, "\r[%s%s] %d/%d files", "#".repeat(filled), ".".repeat(width - filled), done, total);
      if (done == total) {
        err.println();
      }
    } else if (done % 50 == 0 || done == total) {
      err.printf(Locale.ROOT, "indexed %d/%d files%n", done, total);
    }
    err.flush();
  }

  private static boolean indexable(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
