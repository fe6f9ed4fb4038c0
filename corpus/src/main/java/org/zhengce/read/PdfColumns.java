package org.zhengce.read;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the two-column parts of a PDF page from where its glyphs stand, so that {@link PdfFormat}
 * reads them column by column rather than line across line. Glyphs are grouped into text lines
 * by baseline; a gutter is a vertical band, at least one em wide, with running text on both
 * sides: at least three lines' parts on each side, each at least 30% of the text width and
 * without another gap of an em (which tells columns from a table drawn as text), those on the
 * right starting at one edge (give or take a paragraph's indent), together half the page's lines.
 * The columns' baselines need not line up. Lines that cross the gutter (titles, centered page
 * numbers) are read across. Coordinates are PDFBox's {@code TextPosition.getX()} and {@code
 * getY()} (from the top left, baseline). Stateless and thread-safe.
 */
final class PdfColumns {

  /** Where a glyph stands: its left x, its baseline y from the top, its width and height. */
  record Glyph(float x, float y, float width, float height) {}

  private static final int MIN_LINES = 6;
  /** Lines of running text each column needs. */
  private static final int MIN_COLUMN_LINES = 3;
  /** The share of a page's lines that column lines (counted once per column) make up at least. */
  private static final double MIN_COLUMN_SHARE = 0.5;
  /** How far right of the right column's edge its lines may start (a paragraph's indent), in ems. */
  private static final double INDENT = 2.5;
  private static final double MIN_PART_SHARE = 0.3;
  private static final double FAR = 1e6;

  private PdfColumns() {}

  /**
   * The page's regions in reading order: bands across the page and, for the two-column parts, the
   * left then the right column; empty when the page has no two columns.
   */
  static List<Rectangle2D> regions(List<Glyph> glyphs) {
    if (glyphs.isEmpty()) {
      return List.of();
    }
    double em = median(glyphs.stream().map(g -> (double) Math.max(g.width(), g.height())).toList());
    if (em <= 0) {
      return List.of();
    }
    List<Line> lines = lines(glyphs, em);
    if (lines.size() < MIN_LINES) {
      return List.of();
    }
    double left = lines.stream().mapToDouble(Line::start).min().orElse(0);
    double right = lines.stream().mapToDouble(Line::end).max().orElse(0);
    double width = right - left;
    double bestX = -1;
    int bestScore = 0;
    for (double x = left + 0.3 * width; x <= right - 0.3 * width; x += 1) {
      int leftRuns = 0;
      List<Double> rightStarts = new ArrayList<>();
      for (Line line : lines) {
        if (!line.crosses(x, em)) {
          leftRuns += line.hasRunLeftOf(x, em, width) ? 1 : 0;
          double start = line.runRightOf(x, em, width);
          if (start >= 0) {
            rightStarts.add(start);
          }
        }
      }
      double edge = rightStarts.stream().mapToDouble(Double::doubleValue).min().orElse(0);
      int rightRuns = (int) rightStarts.stream().filter(st -> st <= edge + INDENT * em).count();
      int score = Math.min(leftRuns, rightRuns);
      if (score > bestScore && leftRuns + rightRuns >= MIN_COLUMN_SHARE * lines.size()) {
        bestScore = score;
        bestX = x;
      }
    }
    return bestScore < MIN_COLUMN_LINES ? List.of() : bands(lines, bestX, em);
  }

  private static List<Rectangle2D> bands(List<Line> lines, double gutter, double em) {
    List<Rectangle2D> regions = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      boolean across = lines.get(i).crosses(gutter, em);
      int j = i;
      while (j + 1 < lines.size() && lines.get(j + 1).crosses(gutter, em) == across) {
        j++;
      }
      double top = i == 0 ? -FAR : (lines.get(i - 1).y + lines.get(i).y) / 2;
      double bottom = j == lines.size() - 1 ? FAR : (lines.get(j).y + lines.get(j + 1).y) / 2;
      if (across) {
        regions.add(new Rectangle2D.Double(-FAR, top, 2 * FAR, bottom - top));
      } else {
        regions.add(new Rectangle2D.Double(-FAR, top, FAR + gutter, bottom - top));
        regions.add(new Rectangle2D.Double(gutter, top, FAR, bottom - top));
      }
      i = j + 1;
    }
    return regions.size() > 1 ? regions : List.of();
  }

  /** The glyphs grouped by baseline, top to bottom, each line's glyphs left to right. */
  private static List<Line> lines(List<Glyph> glyphs, double em) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<Line> lines = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    double y = Double.NaN;
    for (Glyph g : sorted) {
      if (!current.isEmpty() && Math.abs(g.y() - y) > 0.3 * em) {
        lines.add(new Line(current));
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        y = g.y();
      }
      current.add(g);
    }
    lines.add(new Line(current));
    return lines;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  /** One text line: its baseline and its glyphs' x extents, left to right. */
  private static final class Line {
    final double y;
    final List<Glyph> glyphs;

    Line(List<Glyph> glyphs) {
      this.glyphs = new ArrayList<>(glyphs);
      this.glyphs.sort(Comparator.comparingDouble(Glyph::x));
      this.y = glyphs.get(0).y();
    }

    double start() {
      return glyphs.get(0).x();
    }

    double end() {
      return glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElse(0);
    }

    /** Whether a glyph stands within half an em of {@code x}. */
    boolean crosses(double x, double em) {
      for (Glyph g : glyphs) {
        if (g.x() < x + em / 2 && g.x() + g.width() > x - em / 2) {
          return true;
        }
      }
      return false;
    }

    /** Whether this line has a run of text left of {@code x}. */
    boolean hasRunLeftOf(double x, double em, double width) {
      return isRun(glyphs.stream().filter(g -> g.x() < x).toList(), em, width);
    }

    /** Where this line's run of text right of {@code x} starts; -1 when it has none. */
    double runRightOf(double x, double em, double width) {
      List<Glyph> part = glyphs.stream().filter(g -> g.x() >= x).toList();
      return isRun(part, em, width) ? part.get(0).x() : -1;
    }

    private static boolean isRun(List<Glyph> part, double em, double width) {
      if (part.isEmpty()) {
        return false;
      }
      double end = part.get(0).x() + part.get(0).width();
      for (Glyph g : part.subList(1, part.size())) {
        if (g.x() - end >= em) {
          return false;
        }
        end = Math.max(end, g.x() + g.width());
      }
      return end - part.get(0).x() >= MIN_PART_SHARE * width;
    }
  }
}
