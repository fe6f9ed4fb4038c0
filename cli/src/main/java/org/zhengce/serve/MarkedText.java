package org.zhengce.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.zhengce.clean.CleanDocument;
import org.zhengce.clean.Noise;
import org.zhengce.extract.Commitment;
import org.zhengce.extract.Deadline;
import org.zhengce.extract.Extraction;
import org.zhengce.extract.Party;
import org.zhengce.extract.Target;
import org.zhengce.format.RecordsJson;

/**
 * A document's original text as HTML with its records marked in place: commitments ({@code c}),
 * parties ({@code p}), deadlines ({@code d}) and targets ({@code t}) each a class the stylesheet
 * colours, noise regions ({@code noise}) greyed. Records nest and overlap (a target inside its
 * commitment), so the text is cut at every record's start and end and each piece carries the
 * classes of the records that cover it, with the records described in its {@code title}; an empty
 * anchor {@code r-ID} stands where each record starts. The target whose text is {@code focus} is
 * marked {@code focus} too, with the anchor {@code focus}. Stateless.
 */
final class MarkedText {

  /** A marked region: where, its class, its record id (null for noise) and its description. */
  private record Layer(int start, int end, String cls, String id, String title) {}

  /** The classes in the order the stylesheet layers them. */
  private static final List<String> ORDER = List.of("noise", "c", "p", "d", "t", "focus");

  private MarkedText() {}

  static String html(CleanDocument doc, Extraction x, String focus) {
    String text = doc.original();
    List<Layer> layers = layers(doc, x, focus);
    layers.sort(Comparator.comparingInt(Layer::start));
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Layer l : layers) {
      cuts.add(l.start());
      cuts.add(l.end());
    }
    StringBuilder html = new StringBuilder(text.length() * 2);
    List<Layer> active = new ArrayList<>();
    int next = 0;
    int from = 0;
    for (int to : cuts.tailSet(0, false)) {
      while (next < layers.size() && layers.get(next).start() <= from) {
        Layer l = layers.get(next++);
        if (l.end() > from) {
          active.add(l);
        }
        if (l.id() != null) {
          html.append("<a class=\"anchor\" id=\"").append(l.id().equals("focus") ? "focus" : "r-" + l.id())
              .append("\"></a>");
        }
      }
      int at = from;
      active.removeIf(l -> l.end() <= at);
      String piece = Html.esc(text.substring(from, to));
      if (active.isEmpty()) {
        html.append(piece);
      } else {
        html.append("<span class=\"").append(classes(active)).append("\" title=\"")
            .append(Html.esc(String.join("\n", active.stream().map(Layer::title).distinct().toList())))
            .append("\">").append(piece).append("</span>");
      }
      from = to;
    }
    return html.toString();
  }

  private static String classes(List<Layer> active) {
    List<String> out = new ArrayList<>();
    for (String cls : ORDER) {
      if (active.stream().anyMatch(l -> l.cls().equals(cls))) {
        out.add(cls);
      }
    }
    return String.join(" ", out);
  }

  private static List<Layer> layers(CleanDocument doc, Extraction x, String focus) {
    int length = doc.original().length();
    List<Layer> out = new ArrayList<>();
    for (Noise n : doc.noise()) {
      add(out, length, n.span().start(), n.span().end(), "noise", null, "left out of analysis: " + n.reason());
    }
    for (Commitment c : x.commitments()) {
      add(out, length, c.span().start(), c.span().end(), "c", c.id(), "commitment " + c.id() + " · "
          + c.modality().label() + (c.action().isBlank() ? "" : " · " + c.action()));
    }
    for (Party p : x.parties()) {
      add(out, length, p.span().start(), p.span().end(), "p", p.id(), "party " + p.id() + " · " + p.name()
          + " · " + p.role().label());
    }
    for (Deadline d : x.deadlines()) {
      add(out, length, d.span().start(), d.span().end(), "d", d.id(), "deadline " + d.id() + " · "
          + d.kind().label() + (d.due() == null ? "" : " · due " + d.due()));
    }
    boolean focused = false;
    for (Target t : x.targets()) {
      add(out, length, t.span().start(), t.span().end(), "t", t.id(), "target " + t.id() + " · " + describe(t));
      if (!focused && focus != null && t.text().equals(focus)) {
        add(out, length, t.span().start(), t.span().end(), "focus", "focus", "the value you followed");
        focused = true;
      }
    }
    return out;
  }

  /** PM2.5平均浓度 decrease 10% (at_most). */
  static String describe(Target t) {
    return t.indicator() + " " + t.direction().label() + " " + RecordsJson.number(t.value())
        + (t.valueMax() == null ? "" : "–" + RecordsJson.number(t.valueMax())) + (t.unit() == null ? "" : t.unit())
        + (t.qualifier().label().equals("exact") ? "" : " (" + t.qualifier().label() + ")");
  }

  private static void add(List<Layer> out, int length, int start, int end, String cls, String id, String title) {
    int s = Math.max(0, Math.min(start, length));
    int e = Math.max(s, Math.min(end, length));
    if (e > s) {
      out.add(new Layer(s, e, cls, id, title));
    }
  }
}
