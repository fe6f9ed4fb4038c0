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
 * replaced, and the documents of files gone from the folders given removed ({@link IndexedFiles}:
 * one document per file, by its canonical path). A progress bar on a terminal (plain lines otherwise) and a summary on stderr; every
 * failure with its path and reason. Commits every {@value #COMMIT_EVERY} files, so an interrupted run loses little.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Index files and folders (txt, html, htm, md, pdf, docx, doc) into a local index.")
final class IndexCommand implements Callable<Integer> {

  static final int COMMIT_EVERY = 100;

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

  @Option(names = "--repair", description = "First drop the parts of a damaged index whose checksums fail; "
      + "the files they held are indexed again from the paths given.")
  boolean repair;

  @Option(names = "--threads", paramLabel = "N",
      description = "Files read, cleaned, extracted and indexed at once (default: the processors, ${DEFAULT-VALUE}).")
  int threads = InOrder.defaultThreads();

  /** What a worker did with one file. */
  private record Done(CorpusIndex.Outcome outcome, int replacedBytes, String encoding) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    IndexedFiles inputs = IndexedFiles.of(paths, err);
    List<Path> files = new ArrayList<>(inputs.files);
    DocumentPipeline.Builder pipelineBuilder = DocumentPipeline.builder().maxBytes(Inputs.maxBytes(maxSizeMb))
        .dateOverride(ExtractCommand.parseDate(date));
    int[] counts = new int[CorpusIndex.Outcome.values().length];
    int[] failed = {inputs.missing};
    int removed;
    // the index is opened while the pipeline's tables still load on their threads, then waited for
    try (CorpusIndex index = CorpusIndex.open(indexDir.path, repair)) {
      if (index.lostInRepair() > 0) {
        err.printf(Locale.ROOT, "zhengce: repaired %s: %d documents of damaged segments dropped%n",
            indexDir.path, index.lostInRepair());
      }
      DocumentPipeline pipeline = pipelineBuilder.build();
      InOrder.run(files, Math.max(1, threads), file -> put(index, pipeline, file), (i, file, done, failure) -> {
        if (failure == null) {
          Inputs.warnIfReplaced(err, file.toString(), done.replacedBytes(), done.encoding());
          counts[done.outcome().ordinal()]++;
        } else if (failure instanceof IOException io && String.valueOf(io.getMessage()).contains("No space left")) {
          throw io; // the index cannot take more: the run ends, its last commit stays
        } else {
          failed[0]++;
          err.println("zhengce: " + file + ": "
              + (failure instanceof ReadException ? failure.getMessage() : CliException.describe(failure)));
        }
        if ((i + 1) % COMMIT_EVERY == 0) {
          index.commit();
        }
        progress(err, i + 1, files.size());
      });
      index.flush(Math.max(1, threads));
      removed = removeWhatIsGone(index, inputs);
      index.commit();
    } catch (IndexException e) {
      throw new CliException(e.getMessage());
    } catch (IOException e) { // a commit that fails: a full disk, a file system gone read-only
      throw new CliException(IndexException.of(indexDir.path, e).getMessage());
    }
    err.printf(Locale.ROOT, "%s: %d added, %d updated, %d unchanged, %d removed, %d failed%n", indexDir.path,
        counts[CorpusIndex.Outcome.ADDED.ordinal()], counts[CorpusIndex.Outcome.UPDATED.ordinal()],
        counts[CorpusIndex.Outcome.UNCHANGED.ordinal()], removed, failed[0]);
    err.flush();
    return failed[0] == 0 ? 0 : 1;
  }

  /** One file, on a worker: read, hashed, and unless unchanged cleaned, extracted and put into the index. */
  private static Done put(CorpusIndex index, DocumentPipeline pipeline, Path file) throws IOException, ReadException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, pipeline.maxBytes() + 1));
    }
    String id = CorpusIndex.id(bytes);
    String path = file.toString();
    if (id.equals(index.idOf(path))) {
      return new Done(CorpusIndex.Outcome.UNCHANGED, 0, null);
    }
    Document document = pipeline.read(path, bytes);
    ProcessedDocument processed = pipeline.processWithWords(document);
    return new Done(index.put(path, id, processed), document.replacedBytes(), document.encoding());
  }

  /**
   * Brings the index in line with the folders of this run: a document whose file lies in one of
   * them but is gone (deleted, moved, no longer indexable) is removed, and so is a document held
   * under another spelling of a file of this run. Documents of other folders are left alone.
   */
  private static int removeWhatIsGone(CorpusIndex index, IndexedFiles inputs) throws IOException {
    java.util.Set<String> kept = new java.util.HashSet<>();
    inputs.files.forEach(f -> kept.add(f.toString()));
    int removed = 0;
    for (String stored : index.paths()) {
      if (!kept.contains(stored) && (inputs.inFolders(stored) || inputs.spellsAFileOfThisRun(stored))
          && index.remove(stored)) {
        removed++;
      }
    }
    return removed;
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

}
