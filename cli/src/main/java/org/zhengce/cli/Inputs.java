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
    int failed = 0;
    for (String file : files) {
      try {
        Document doc = file.equals("-") ? reader.read("-", System.in) : reader.read(Path.of(file));
        warnIfReplaced(err, file, doc);
        action.accept(doc);
      } catch (ReadException e) {
        failed++;
        err.println("zhengce: " + file + ": " + e.getMessage());
      } catch (CliException e) {
        throw e;
      } catch (OutOfMemoryError e) {
        failed++;
        err.println("zhengce: " + file + ": too large for the memory given to Java; "
            + "raise it with ZHENGCE_JAVA_OPTS=-Xmx8g or split the file");
      } catch (Exception e) {
        failed++;
        err.println("zhengce: " + file + ": " + CliException.describe(e));
      }
      err.flush();
    }
    return failed == 0 ? 0 : 1;
  }

  /**
   * The one warning line for a document kept with bytes its encoding could not decode; they do
   * not change the exit code.
   */
  static void warnIfReplaced(PrintWriter err, String file, Document doc) {
    int n = doc.replacedBytes();
    if (n > 0) {
      err.println("zhengce: " + file + ": warning: " + n + (n == 1 ? " byte" : " bytes")
          + " could not be decoded (" + doc.encoding() + "), replaced and flagged garbled");
    }
  }
}
