package org.zhengce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The files an {@code index} run reads, each by its canonical path (symbolic links and {@code .}
 * or {@code ..} resolved), so that one file is one document however it was named: the files given,
 * and the indexable files of the folders given, recursively, symlinked sub-folders followed and a
 * link that loops back skipped. The folders are kept too: the index is brought in line with them.
 */
final class IndexedFiles {

  private static final List<String> EXTENSIONS =
      List.of(".txt", ".html", ".htm", ".md", ".pdf", ".docx", ".doc");

  final TreeSet<Path> files = new TreeSet<>();
  final List<Path> folders = new ArrayList<>();
  int missing;

  /** The files under {@code paths}; a path that does not exist is one line on {@code err}. */
  static IndexedFiles of(List<Path> paths, PrintWriter err) throws IOException {
    IndexedFiles out = new IndexedFiles();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        Path real = p.toRealPath();
        out.folders.add(real);
        out.walk(real, err);
      } else if (Files.isRegularFile(p)) {
        out.files.add(p.toRealPath());
      } else {
        out.missing++;
        err.println("zhengce: " + p + ": no such file or folder");
      }
    }
    return out;
  }

  private void walk(Path folder, PrintWriter err) throws IOException {
    Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (attrs.isRegularFile() && indexable(file)) {
              files.add(file.toRealPath());
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!(e instanceof java.nio.file.FileSystemLoopException)) { // a link back up is skipped quietly
              missing++;
              err.println("zhengce: " + file + ": cannot read (" + e.getClass().getSimpleName() + ")");
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Whether {@code stored}, a path the index holds, lies in one of the folders of this run. */
  boolean inFolders(String stored) {
    Path p = Path.of(stored).toAbsolutePath().normalize();
    return folders.stream().anyMatch(p::startsWith);
  }

  /** Whether {@code stored} is another spelling of a file of this run (an index made before paths were canonical). */
  boolean spellsAFileOfThisRun(String stored) {
    try {
      Path p = Path.of(stored);
      return Files.exists(p) && files.contains(p.toRealPath());
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean indexable(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

}
