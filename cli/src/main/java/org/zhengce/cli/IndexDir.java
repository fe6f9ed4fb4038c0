package org.zhengce.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option the index commands share: a local directory, no server. */
final class IndexDir {

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "zhengce-index",
      description = "The index directory (default: ${DEFAULT-VALUE}).")
  Path path;
}
