package org.zhengce.structure;

import java.util.List;
import org.zhengce.text.Span;

/**
 * What a format reader knows of a document's layout beyond its text: where each page starts and
 * where the tables are, as positions (UTF-16) in the original text. Plain text files have no
 * known layout ({@link #NONE}); PDF gives page starts; HTML and Word give tables. Immutable.
 */
public record Layout(List<Integer> pageStarts, List<Table> tables) {

  /** No pages, no tables known. */
  public static final Layout NONE = new Layout(List.of(), List.of());

  public Layout {
    pageStarts = List.copyOf(pageStarts);
    tables = List.copyOf(tables);
  }

  /** A table: its whole span and its rows in order. */
  public record Table(Span span, List<Row> rows) {
    public Table {
      rows = List.copyOf(rows);
    }
  }

  /** A table row: its span and the span of each cell's text, left to right. */
  public record Row(Span span, List<Span> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }
}
