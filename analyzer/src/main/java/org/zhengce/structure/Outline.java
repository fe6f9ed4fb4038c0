package org.zhengce.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.zhengce.text.Span;

/**
 * The outline of one document as {@link OutlineParser} read it: headings with their sections,
 * task items with their attributions, table rows, and the parts of a work report, all as spans of
 * the text that was parsed. Every query by position is a binary search. Immutable and thread-safe.
 */
public final class Outline {

  private final int length;
  private final List<Section> headings;
  private final int[] headingStarts;
  private final List<Item> items;
  private final int[] itemStarts;
  private final List<Attribution> attributions;
  /** Elementary intervals of attribution scopes: starts, and the attributions covering each. */
  private final int[] coverStarts;
  private final int[][] cover;
  private final List<TableRow> rows;
  private final int[] rowStarts;
  private final List<PartRange> parts;
  private final int[] partStarts;

  Outline(int length, List<Section> headings, List<Item> items, List<TableRow> rows,
      List<PartRange> parts) {
    this.length = length;
    this.headings = List.copyOf(headings);
    this.headingStarts = starts(this.headings, s -> s.span().start());
    this.items = List.copyOf(items);
    this.itemStarts = starts(this.items, i -> i.span().start());
    this.attributions = this.items.stream().flatMap(i -> i.attributions().stream())
        .sorted(Comparator.comparing(Attribution::span)).toList();
    this.rows = List.copyOf(rows);
    this.rowStarts = starts(this.rows, r -> r.span().start());
    this.parts = List.copyOf(parts);
    this.partStarts = starts(this.parts, p -> p.span().start());
    int[] points = attributions.stream()
        .flatMapToInt(a -> java.util.stream.IntStream.of(a.scope().start(), a.scope().end()))
        .sorted().distinct().toArray();
    this.coverStarts = points;
    this.cover = new int[points.length][];
    List<List<Integer>> covering = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      covering.add(new ArrayList<>());
    }
    for (int a = 0; a < attributions.size(); a++) {
      Span scope = attributions.get(a).scope();
      for (int i = Arrays.binarySearch(points, scope.start()); i < points.length
          && points[i] < scope.end(); i++) {
        covering.get(i).add(a);
      }
    }
    for (int i = 0; i < points.length; i++) {
      cover[i] = covering.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The outline of a text with no structure known: no headings, items, rows or report parts. */
  public static Outline none() {
    return new Outline(0, List.of(), List.of(), List.of(), List.of());
  }

  /** Every heading in text order, each with its section. */
  public List<Section> headings() {
    return headings;
  }

  /** Every task item in text order. */
  public List<Item> items() {
    return items;
  }

  /** Every attribution in text order. */
  public List<Attribution> attributions() {
    return attributions;
  }

  /** Every table row in text order. */
  public List<TableRow> tableRows() {
    return rows;
  }

  /** The report's parts in text order, covering the whole text. */
  public List<PartRange> reportParts() {
    return parts;
  }

  /** The innermost section containing {@code position}; its path gives the enclosing ones. */
  public Optional<Section> sectionAt(int position) {
    int i = floor(headingStarts, position);
    if (i < 0) {
      return Optional.empty();
    }
    Section s = headings.get(i);
    while (!s.span().contains(position)) {
      if (s.ancestors().isEmpty()) {
        return Optional.empty();
      }
      s = s.ancestors().get(s.ancestors().size() - 1);
    }
    return Optional.of(s);
  }

  /** The task item containing {@code position}, if any. */
  public Optional<Item> itemAt(int position) {
    int i = floor(itemStarts, position);
    return i >= 0 && items.get(i).span().contains(position) ? Optional.of(items.get(i))
        : Optional.empty();
  }

  /** The item an attribution belongs to. */
  public Item itemOf(Attribution attribution) {
    return itemAt(attribution.item().start()).orElseThrow();
  }

  /** The attributions whose scope covers {@code position}, in text order. */
  public List<Attribution> attributionsCovering(int position) {
    int i = floor(coverStarts, position);
    if (i < 0) {
      return List.of();
    }
    List<Attribution> out = new ArrayList<>(cover[i].length);
    for (int a : cover[i]) {
      out.add(attributions.get(a));
    }
    return out;
  }

  /** The table row containing {@code position}, if any. */
  public Optional<TableRow> tableRowAt(int position) {
    int i = floor(rowStarts, position);
    return i >= 0 && rows.get(i).span().contains(position) ? Optional.of(rows.get(i))
        : Optional.empty();
  }

  /** The work-report part {@code position} belongs to; OTHER outside a work report. */
  public ReportPart reportPart(int position) {
    if (position < 0 || position > length) {
      return ReportPart.OTHER;
    }
    int i = floor(partStarts, position);
    return i < 0 ? ReportPart.OTHER : parts.get(i).part();
  }

  private static <T> int[] starts(List<T> list, ToIntFunction<T> start) {
    return list.stream().mapToInt(start).toArray();
  }

  /** The index of the last start at or before {@code position}, or -1. */
  private static int floor(int[] starts, int position) {
    int i = Arrays.binarySearch(starts, position);
    if (i < 0) {
      return -i - 2;
    }
    while (i + 1 < starts.length && starts[i + 1] == position) {
      i++;
    }
    return i;
  }
}
