package org.zhengce.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a vocabulary table shipped as a resource: UTF-8, one row a line, fields split by
 * tabs (empty fields kept), blank lines and {@code #} comments skipped. A missing resource or a
 * row with fewer fields than the table needs is an error of the build, thrown at once.
 */
public final class TsvRows {

  private TsvRows() {}

  /** The rows of {@code resource}, found next to {@code owner}, each with at least {@code fields}. */
  public static List<String[]> read(Class<?> owner, String resource, int fields) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length < fields) {
          throw new IllegalStateException(resource + ": bad row: " + line);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rows);
  }
}
