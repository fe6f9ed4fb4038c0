package org.zhengce.read;

import java.util.ArrayList;
import java.util.List;
import org.zhengce.structure.Layout;
import org.zhengce.text.Span;

/**
 * Writes tables into a text being built and records where they went: cells separated by a tab,
 * each cell's span covering its text without surrounding spaces, rows and tables spanning their
 * cells. The caller writes the cell text and the line break between rows; {@link HtmlText} and
 * {@link DocxFormat} use it. Mutable: one per extraction, on one thread.
 */
final class TableRecorder {

  private final StringBuilder out;
  private final List<Layout.Table> tables = new ArrayList<>();
  private List<Layout.Row> rows;
  private List<Span> cells;
  private int cellStart = -1;

  TableRecorder(StringBuilder out) {
    this.out = out;
  }

  /** Whether a table is open. */
  boolean inTable() {
    return rows != null;
  }

  /** Whether a cell is open. */
  boolean inCell() {
    return cellStart >= 0;
  }

  /** Whether a cell is open and nothing written into it yet. */
  boolean atCellStart() {
    return cellStart == out.length();
  }

  void startTable() {
    rows = new ArrayList<>();
  }

  void startRow() {
    cells = new ArrayList<>();
  }

  void startCell() {
    if (!cells.isEmpty()) {
      int n = out.length();
      while (n > cells.get(cells.size() - 1).end() && out.charAt(n - 1) == ' ') {
        out.setLength(--n);
      }
      out.append('\t');
    }
    cellStart = out.length();
  }

  void endCell() {
    int end = out.length();
    while (end > cellStart && isSpace(out.charAt(end - 1))) {
      out.setLength(--end);
    }
    int start = cellStart;
    while (start < end && isSpace(out.charAt(start))) {
      start++;
    }
    cells.add(new Span(start, end));
    cellStart = -1;
  }

  void endRow() {
    if (cells != null && !cells.isEmpty()) {
      rows.add(new Layout.Row(new Span(cells.get(0).start(), cells.get(cells.size() - 1).end()), cells));
    }
    cells = null;
  }

  void endTable() {
    if (rows != null && !rows.isEmpty()) {
      tables.add(new Layout.Table(
          new Span(rows.get(0).span().start(), rows.get(rows.size() - 1).span().end()), rows));
    }
    rows = null;
  }

  /** The tables recorded, their spans moved left by {@code shift} and kept within {@code length}. */
  Layout layout(int shift, int length) {
    List<Layout.Table> moved = new ArrayList<>(tables.size());
    for (Layout.Table t : tables) {
      List<Layout.Row> movedRows = new ArrayList<>(t.rows().size());
      for (Layout.Row r : t.rows()) {
        movedRows.add(new Layout.Row(move(r.span(), shift, length),
            r.cells().stream().map(c -> move(c, shift, length)).toList()));
      }
      moved.add(new Layout.Table(move(t.span(), shift, length), movedRows));
    }
    return moved.isEmpty() ? Layout.NONE : new Layout(List.of(), moved);
  }

  private static Span move(Span s, int shift, int length) {
    int start = Math.min(length, Math.max(0, s.start() - shift));
    int end = Math.min(length, Math.max(start, s.end() - shift));
    return new Span(start, end);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\u00A0' || c == '\u3000';
  }
}
