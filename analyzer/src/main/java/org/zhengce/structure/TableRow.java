package org.zhengce.structure;

import java.util.List;
import java.util.Optional;
import org.zhengce.text.Span;

/**
 * A row of a table: its span, the span of each cell left to right, and the {@link Column} role of
 * each cell as the table's header row names it (empty when the table has no header). A header
 * row has {@code header} set and its own roles. Made by {@link OutlineParser} from tab-separated
 * lines or from rows a format reader found.
 */
public record TableRow(Span span, List<Span> cells, List<Column> columns, boolean header) {

  public TableRow {
    cells = List.copyOf(cells);
    columns = List.copyOf(columns);
  }

  /** The first cell whose column has {@code role}, if the header names one. */
  public Optional<Span> cell(Column role) {
    for (int i = 0; i < Math.min(cells.size(), columns.size()); i++) {
      if (columns.get(i) == role) {
        return Optional.of(cells.get(i));
      }
    }
    return Optional.empty();
  }
}
