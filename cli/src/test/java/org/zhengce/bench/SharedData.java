package org.zhengce.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks find {@code shared/}: the {@code zhengce.shared} property, else the
 * {@code ZHENGCE_SHARED} variable, else beside the project.
 */
final class SharedData {

  private SharedData() {}

  static Path root() {
    String configured = System.getProperty("zhengce.shared");
    if (configured == null || !Files.isDirectory(Path.of(configured))) {
      configured = System.getenv("ZHENGCE_SHARED");
    }
    Path p = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    if (!Files.isDirectory(p)) {
      p = Path.of("..", "shared");
    }
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("shared/ not found; set ZHENGCE_SHARED=DIR or pass -Dzhengce.shared=DIR");
    }
    return p.toAbsolutePath().normalize();
  }
}
