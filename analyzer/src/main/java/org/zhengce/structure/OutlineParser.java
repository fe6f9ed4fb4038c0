package org.zhengce.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhengce.text.Span;

/**
 * Reads the outline of a document from its normalized text (one line a paragraph, though a
 * wrapped line may remain): numbered headings and their levels (第一章, 一、, （一）, 1., （1）, ①),
 * run-in headings ({@code 1.强化战略规划衔接融合机制。} and its body), task items with the
 * attributions that close them, table rows, and the parts of a work report. Returns an
 * {@link Outline} to query by position. Built once; immutable and thread-safe.
 */
public final class OutlineParser {

  /** A heading title is no longer; a numbered line with a longer first sentence is an item. */
  private static final int MAX_TITLE = 40;
  /** A numbered line ending with 。 this short, without digits, is a heading with no body. */
  private static final int MAX_CLOSED_TITLE = 25;

  private final StructureWords words;
  private final AttributionReader attributions;
  private final TableReader tables;
  private final ReportPartClassifier parts;

  public OutlineParser() {
    this.words = StructureWords.DEFAULT;
    this.attributions = new AttributionReader(words);
    this.tables = new TableReader(words);
    this.parts = new ReportPartClassifier(words);
  }

  /** The outline of {@code text}. */
  public Outline parse(CharSequence text) {
    return parse(text, List.of());
  }

  /** The outline of {@code text}, with table rows a format reader found, in text positions. */
  public Outline parse(CharSequence text, List<Layout.Row> tableRows) {
    String t = text.toString();
    List<TableRow> rows = tables.read(t, tableRows);
    List<Span> rowSpans = rows.stream().map(TableRow::span).toList();
    var walk = new Walk(t);
    for (Span p : Paragraphs.of(t, rowSpans, words)) {
      walk.paragraph(p);
    }
    List<Section> sections = walk.sections();
    List<ReportPartClassifier.Block> blocks = new ArrayList<>();
    int h = 0;
    for (Span p : walk.paragraphs) {
      Section heading = null;
      if (h < sections.size() && sections.get(h).heading().start() == p.start()) {
        heading = sections.get(h++);
      }
      blocks.add(new ReportPartClassifier.Block(p, heading));
    }
    return new Outline(t.length(), sections, SectionScopes.widen(t, walk.items(), sections), rows,
        parts.classify(t, blocks, walk.report));
  }

  /** One pass over the paragraphs, collecting headings and items. */
  private final class Walk {
    private final String text;
    private final boolean report;
    private final List<Span> paragraphs = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<ItemBuilder> items = new ArrayList<>();
    /** The item whose body may still grow. */
    private ItemBuilder open;
    /** The item right before this paragraph, to which an attribution line belongs. */
    private ItemBuilder adjacent;
    /** The paragraph right before this one. */
    private Span previous;
    /** Whether a heading without a body came after the last item. */
    private boolean headingSinceItem;

    Walk(String text) {
      this.text = text;
      this.report = parts.isReport(text);
    }

    void paragraph(Span p) {
      paragraphs.add(p);
      List<AttributionReader.Found> own = attributions.ownLine(text, p);
      List<AttributionReader.Found> inline = own.isEmpty() ? attributions.inBrackets(text, p) : own;
      if (!own.isEmpty() || attributions.isBracketOnly(text, p, inline)) {
        attributionLine(p, inline);
      } else {
        Optional<Numbering.Marker> marker = Numbering.at(text, p.start(), p.end());
        if (marker.isPresent()) {
          numbered(p, marker.get(), inline);
        } else if (report && parts.isPartTitle(text, p)) {
          heading(p, p, Numbering.NONE, p, false, new Span(p.end(), p.end()));
        } else {
          plain(p, inline);
        }
      }
      previous = p;
    }

    private void attributionLine(Span p, List<AttributionReader.Found> found) {
      ItemBuilder target = adjacent;
      if (target == null) {
        if (previous == null) {
          return;
        }
        target = newItem(previous, Numbering.NONE, new Span(previous.start(), previous.start()),
            Optional.empty());
      }
      target.end = p.end();
      for (AttributionReader.Found f : found) {
        target.found.add(new Pending(f, true));
      }
      open = null;
      adjacent = target;
    }

    private void numbered(Span p, Numbering.Marker marker, List<AttributionReader.Found> inline) {
      int rest = marker.span().end();
      while (rest < p.end() && Paragraphs.isSpace(text.charAt(rest))) {
        rest++;
      }
      Numbering n = marker.numbering();
      int stop = -1;
      int colon = -1;
      boolean digits = false;
      boolean comma = false;
      for (int i = rest; i < p.end(); i++) {
        char c = text.charAt(i);
        if ("。；;！？!?".indexOf(c) >= 0) {
          stop = i;
          break;
        }
        comma |= c == '，' || c == ',';
        if (colon < 0 && (c == '：' || c == ':')) {
          colon = i;
        }
        digits |= Character.isDigit(c);
      }
      Span whole = new Span(p.start(), p.end());
      int titleLength = (stop < 0 ? p.end() : stop) - rest;
      // a title has no comma: 1.编制…目录，加快…领域。 is a task, not a heading
      // in a work report a numbered line of one short sentence titles the paragraphs below it,
      // comma or not: （一）坚持开放合作、协同发展，深度参与粤港澳大湾区建设。
      boolean closedTitle = stop == p.end() - 1 && text.charAt(stop) == '。'
          && (titleLength <= MAX_CLOSED_TITLE && !digits && !comma || report && titleLength <= MAX_TITLE);
      int gap = gap(rest, stop < 0 ? p.end() : stop);
      if (gap < 0 && inline.isEmpty() && (stop < 0 && p.end() - rest <= MAX_TITLE || closedTitle)) {
        int end = stop < 0 ? trimColon(rest, p.end()) : stop;
        heading(whole, new Span(p.start(), end), n, new Span(rest, end), false,
            new Span(p.end(), p.end()));
        return;
      }
      int runIn = colon >= 0 && (stop < 0 || colon < stop) ? colon : stop;
      if (gap > 0 && (colon < 0 || gap < colon)) {
        runIn = gap; // 第一章　发展环境　　“十一五”时期…: the title ends at a wide space
      }
      Optional<Span> runInHeading = Optional.empty();
      if (runIn > rest && runIn - rest <= MAX_TITLE && hasText(runIn + 1, p.end())) {
        Span heading = new Span(p.start(), runIn);
        int body = runIn + 1;
        while (body < p.end() && Paragraphs.isSpace(text.charAt(body))) {
          body++;
        }
        heading(whole, heading, n, new Span(rest, runIn), true, new Span(body, p.end()));
        runInHeading = Optional.of(heading);
      }
      ItemBuilder previousItem = items.isEmpty() ? null : items.get(items.size() - 1);
      ItemBuilder item = newItem(p, n, marker.span(), runInHeading);
      if (previousItem != null && previousItem.numbering == n && previousItem.found.isEmpty()
          && !headingSinceItem) {
        item.runStart = previousItem.runStart;
      }
      headingSinceItem = false;
      inline.forEach(f -> item.found.add(new Pending(f, false)));
      open = inline.isEmpty() ? item : null;
      adjacent = item;
    }

    private void plain(Span p, List<AttributionReader.Found> inline) {
      if (open != null) {
        open.end = p.end();
        inline.forEach(f -> open.found.add(new Pending(f, false)));
        adjacent = open;
        if (!inline.isEmpty()) {
          open = null;
        }
      } else if (!inline.isEmpty()) {
        ItemBuilder item = newItem(p, Numbering.NONE, new Span(p.start(), p.start()),
            Optional.empty());
        inline.forEach(f -> item.found.add(new Pending(f, false)));
        adjacent = item;
        headingSinceItem = false;
      } else {
        adjacent = null;
      }
    }

    private void heading(Span p, Span heading, Numbering n, Span title, boolean runIn, Span body) {
      headings.add(new Heading(heading, title, body, n, runIn));
      if (!runIn) {
        open = null;
        adjacent = null;
        headingSinceItem = true;
      }
    }

    private ItemBuilder newItem(Span p, Numbering n, Span marker, Optional<Span> heading) {
      ItemBuilder item = new ItemBuilder(p.start(), p.end(), n, marker, heading);
      items.add(item);
      return item;
    }

    private int trimColon(int start, int end) {
      while (end > start && ("：:".indexOf(text.charAt(end - 1)) >= 0
          || Paragraphs.isSpace(text.charAt(end - 1)))) {
        end--;
      }
      return end;
    }

    /** Where two spaces first stand after a title (第一章　发展环境　　“十一五”…), or -1. */
    private int gap(int from, int to) {
      for (int i = from + 2; i + 1 < Math.min(to, from + MAX_TITLE); i++) {
        if (Paragraphs.isSpace(text.charAt(i)) && Paragraphs.isSpace(text.charAt(i + 1))) {
          return i;
        }
      }
      return -1;
    }

    private boolean hasText(int from, int to) {
      for (int i = from; i < to; i++) {
        if (!Paragraphs.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
          return true;
        }
      }
      return false;
    }

    /** The sections, each running to the next heading of the same or a higher level. */
    List<Section> sections() {
      int count = headings.size();
      int[] end = new int[count];
      int[] parent = new int[count];
      int[] stack = new int[count];
      int depth = 0;
      for (int i = 0; i < count; i++) {
        int level = headings.get(i).level();
        while (depth > 0 && headings.get(stack[depth - 1]).level() >= level) {
          end[stack[--depth]] = headings.get(i).heading.start();
        }
        parent[i] = depth > 0 ? stack[depth - 1] : -1;
        stack[depth++] = i;
      }
      while (depth > 0) {
        end[stack[--depth]] = text.length();
      }
      List<Section> sections = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        Heading h = headings.get(i);
        List<Section> ancestors = parent[i] < 0 ? List.of() : sections.get(parent[i]).path();
        sections.add(new Section(new Span(h.heading.start(), end[i]), h.heading, h.title, h.body,
            h.level(), h.numbering, h.runIn, ancestors));
      }
      return sections;
    }

    List<Item> items() {
      List<Item> out = new ArrayList<>(items.size());
      for (ItemBuilder b : items) {
        Span span = new Span(b.start, b.end);
        List<Attribution> found = new ArrayList<>();
        Span lastInline = b.found.stream().filter(f -> !f.ownLine).reduce((x, y) -> y)
            .map(f -> f.found.bracket()).orElse(null);
        int from = b.start;
        Span bracket = null;
        for (Pending f : b.found) {
          Span scope;
          if (f.ownLine) {
            scope = new Span(b.runStart, b.end);
          } else {
            // a bracket inside the paragraph covers the text since the bracket before it
            if (!f.found.bracket().equals(bracket)) {
              from = bracket == null ? b.start : bracket.end();
              bracket = f.found.bracket();
            }
            scope = new Span(from, bracket.equals(lastInline) ? b.end : bracket.end());
          }
          found.add(new Attribution(f.found.span(), f.found.label(), f.found.value(), span, scope,
              f.ownLine));
        }
        out.add(new Item(span, b.numbering, b.marker, b.heading, found));
      }
      return out;
    }
  }

  /** A heading as found, before its section's end is known. */
  private record Heading(Span heading, Span title, Span body, Numbering numbering, boolean runIn) {
    int level() {
      return numbering.level();
    }
  }

  /** An attribution as found, before its item's end is known. */
  private record Pending(AttributionReader.Found found, boolean ownLine) {}

  /** An item that may still grow. */
  private static final class ItemBuilder {
    private final int start;
    private int end;
    private int runStart;
    private final Numbering numbering;
    private final Span marker;
    private final Optional<Span> heading;
    private final List<Pending> found = new ArrayList<>();

    ItemBuilder(int start, int end, Numbering numbering, Span marker, Optional<Span> heading) {
      this.start = start;
      this.end = end;
      this.runStart = start;
      this.numbering = numbering;
      this.marker = marker;
      this.heading = heading;
    }
  }
}
