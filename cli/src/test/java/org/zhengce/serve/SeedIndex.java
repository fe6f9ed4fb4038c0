package org.zhengce.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.zhengce.cli.Zhengce;

/**
 * The index of the five sample documents the server tests serve: the project's own {@code
 * examples/} (as {@code zhengce demo} finds them), indexed once per test run through the {@code
 * index} command into a temporary directory removed at exit; {@link #copy} gives a test an index
 * of its own to change.
 */
final class SeedIndex {

  static final String S004 = "004_cde5e523752f718d.txt";

  private SeedIndex() {}

  /** The shared index; do not change it. */
  static Path path() {
    return Holder.INDEX;
  }

  /** The folder of the sample documents. */
  static Path examples() {
    Path p = Path.of("..", "examples");
    return (Files.isDirectory(p) ? p : Path.of("examples")).toAbsolutePath().normalize();
  }

  /** The result of one command, as {@code zhengce} would print it. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Zhengce.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** A copy of the shared index in {@code dir}. */
  static Path copy(Path dir) throws IOException {
    Path to = dir.resolve("index");
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(path())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.getFileName().toString().equals("write.lock")) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
    return to;
  }

  private static final class Holder {
    static final Path INDEX = build();

    private static Path build() {
      try {
        Path dir = Files.createTempDirectory("zhengce-seed-index-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        Path index = dir.resolve("index");
        Run run = run("index", "--index", index.toString(), examples().toString());
        assertEquals(0, run.exit(), run.err());
        return index;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory: the system cleans it
    }
  }
}
