package org.zhengce.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zhengce.text.Span;

/**
 * Finds table rows: the rows a format reader gave (already in text positions) and lines whose
 * cells are separated by tabs. Rows next to each other form one table; a row whose cells name
 * columns (序号, 重点任务, 牵头单位, 完成时限 …) is the header, and gives each later row of its table
 * the {@link Column} of each cell. Stateless.
 */
final class TableReader {

  /** A header names at least this many known columns. */
  private static final int HEADER_COLUMNS = 2;
  /** Header cells are short. */
  private static final int HEADER_CELL = 12;

  private final StructureWords words;

  TableReader(StructureWords words) {
    this.words = words;
  }

  List<TableRow> read(String text, List<Layout.Row> given) {
    List<Layout.Row> rows = new ArrayList<>();
    for (Layout.Row r : given) {
      if (r.span().end() <= text.length()) {
        rows.add(r);
      }
    }
    rows.sort(Comparator.comparing(Layout.Row::span));
    rows.addAll(tabRows(text, List.copyOf(rows)));
    rows.sort(Comparator.comparing(Layout.Row::span));
    List<TableRow> out = new ArrayList<>();
    List<Column> columns = List.of();
    int previousEnd = -1;
    for (Layout.Row r : rows) {
      if (r.span().start() < previousEnd) {
        continue; // overlaps a row already taken
      }
      if (previousEnd < 0 || !blank(text, previousEnd, r.span().start())) {
        columns = List.of(); // a new table
      }
      List<Column> named = header(text, r.cells());
      if (named != null) {
        columns = named;
      }
      out.add(new TableRow(r.span(), r.cells(), columns, named != null));
      previousEnd = r.span().end();
    }
    return out;
  }

  /** The roles of a header row's cells, or null when the row is not a header. */
  private List<Column> header(String text, List<Span> cells) {
    List<Column> columns = new ArrayList<>();
    int known = 0;
    for (Span cell : cells) {
      String c = cell.of(text);
      if (c.length() > HEADER_CELL) {
        return null;
      }
      Column column = words.column(c);
      columns.add(column);
      if (column != Column.OTHER) {
        known++;
      }
    }
    return known >= HEADER_COLUMNS ? columns : null;
  }

  /** Lines with at least two non-empty cells between tabs, outside the given rows. */
  private static List<Layout.Row> tabRows(String text, List<Layout.Row> given) {
    List<Layout.Row> rows = new ArrayList<>();
    int n = text.length();
    int g = 0;
    int nextTab = text.indexOf('\t');
    for (int pos = 0; pos < n; ) {
      while (g < given.size() && given.get(g).span().end() <= pos) {
        g++;
      }
      boolean inGiven = g < given.size() && given.get(g).span().contains(pos);
      int eol = text.indexOf('\n', pos);
      int end = eol < 0 ? n : eol;
      if (nextTab >= 0 && nextTab < pos) {
        nextTab = text.indexOf('\t', pos); // found once per tab, not once per line
      }
      int tab = nextTab;
      if (tab >= 0 && tab < end && !inGiven) {
        List<Span> cells = new ArrayList<>();
        int filled = 0;
        for (int s = pos; s <= end; ) {
          int t = text.indexOf('\t', s);
          int e = t < 0 || t > end ? end : t;
          Span cell = trim(text, s, e);
          cells.add(cell);
          if (!cell.isEmpty()) {
            filled++;
          }
          s = e + 1;
        }
        while (!cells.isEmpty() && cells.get(0).isEmpty()) {
          cells.remove(0);
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
          cells.remove(cells.size() - 1);
        }
        if (filled >= 2) {
          Span line = trim(text, pos, end);
          rows.add(new Layout.Row(line, cells));
        }
      }
      pos = end + 1;
    }
    return rows;
  }

  private static Span trim(String text, int s, int e) {
    while (s < e && Paragraphs.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && Paragraphs.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }

  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Paragraphs.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
        return false;
      }
    }
    return true;
  }
}
