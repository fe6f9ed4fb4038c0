package org.zhengce.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.read.Document;
import org.zhengce.read.ReadException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The input files of a command ({@code -} is standard input) and the reading options every command
 * shares. Each file is read through the command's {@link DocumentPipeline} and handled on its own:
 * a file that cannot be read is reported on stderr in one line and the others go on; one kept with
 * undecodable bytes gets a warning line; {@link #forEach} returns the exit code.
 */
final class Inputs {

  /** What a command does with one document. */
  interface Action {
    void accept(Document document) throws Exception;
  }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read; - for standard input.")
  List<String> files;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "50",
      description = "Refuse files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  double maxSizeMb;

  /** A pipeline with these reading options; the command adds its own. */
  DocumentPipeline.Builder pipeline() {
    return DocumentPipeline.builder().maxBytes(maxBytes(maxSizeMb));
  }

  /** The size limit in bytes, checked. */
  static long maxBytes(double maxSizeMb) {
    if (maxSizeMb <= 0) {
      throw new CliException("--max-size must be positive", 2);
    }
    return (long) (maxSizeMb * 1024 * 1024);
  }

  int forEach(PrintWriter err, DocumentPipeline reader, Action action) {
    return forEach(err, reader, 1, doc -> {
      action.accept(doc);
      return null;
    }, result -> {});
  }

  /** What a command makes of one document on a worker (its output, say). */
  interface Work<R> {
    R apply(Document document) throws Exception;
  }

  /** What a command does with each result, in input order, on the calling thread. */
  interface Output<R> {
    void accept(R result);
  }

  private record Done<R>(int replacedBytes, String encoding, R result) {}

  /**
   * Each file read and worked on by {@code threads} workers, the results handed to {@code output}
   * in input order; failures reported in that order too. Returns the exit code.
   */
  <R> int forEach(PrintWriter err, DocumentPipeline reader, int threads, Work<R> work, Output<R> output) {
    int[] failed = {0};
    try {
      InOrder.run(files, threads, file -> {
        Document doc = file.equals("-") ? reader.read("-", System.in) : reader.read(Path.of(file));
        return new Done<>(doc.replacedBytes(), doc.encoding(), work.apply(doc));
      }, (i, file, done, failure) -> {
        if (failure == null) {
          warnIfReplaced(err, file, done.replacedBytes(), done.encoding());
          output.accept(done.result());
        } else if (failure instanceof CliException e) {
          throw e;
        } else {
          failed[0]++;
          err.println("zhengce: " + file + ": " + describe(failure));
        }
        err.flush();
      });
    } catch (java.io.IOException e) {
      throw new CliException(CliException.describe(e));
    }
    return failed[0] == 0 ? 0 : 1;
  }

  private static String describe(Throwable failure) {
    if (failure instanceof ReadException) {
      return failure.getMessage();
    }
    if (failure instanceof OutOfMemoryError) {
      return "too large for the memory given to Java; raise it with ZHENGCE_JAVA_OPTS=-Xmx8g or split the file";
    }
    return CliException.describe(failure);
  }

  /**
   * The one warning line for a document kept with bytes its encoding could not decode; they do
   * not change the exit code.
   */
  static void warnIfReplaced(PrintWriter err, String file, Document doc) {
    warnIfReplaced(err, file, doc.replacedBytes(), doc.encoding());
  }

  static void warnIfReplaced(PrintWriter err, String file, int replacedBytes, String encoding) {
    if (replacedBytes > 0) {
      err.println("zhengce: " + file + ": warning: " + replacedBytes + (replacedBytes == 1 ? " byte" : " bytes")
          + " could not be decoded (" + encoding + "), replaced and flagged garbled");
    }
  }
}
