package org.zhengce.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the benchmarks find {@code ../shared}: the {@code zhengce.shared} property, else beside the project. */
final class SharedData {

  private SharedData() {}

  static Path root() {
    String configured = System.getProperty("zhengce.shared");
    Path p = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    if (!Files.isDirectory(p)) {
      p = Path.of("..", "shared");
    }
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("../shared not found; pass -Dzhengce.shared=DIR");
    }
    return p.toAbsolutePath().normalize();
  }
}
