package org.zhengce.structure;

import java.util.List;
import org.zhengce.text.Span;

/**
 * A heading and the text it rules: {@code span} runs from the heading to the next heading of the
 * same or a higher level. {@code heading} is the heading as written with its number (a run-in
 * heading stops before its 。 or ：), {@code title} the same without the number, {@code body} the
 * text after a run-in heading in its own paragraph (empty at the heading's end otherwise).
 * {@code ancestors} are the enclosing sections, outermost first. Made by {@link OutlineParser}.
 */
public record Section(
    Span span, Span heading, Span title, Span body, int level, Numbering numbering, boolean runIn,
    List<Section> ancestors) {

  public Section {
    ancestors = List.copyOf(ancestors);
  }

  /** The ancestors and this section, outermost first. */
  public List<Section> path() {
    var path = new java.util.ArrayList<>(ancestors);
    path.add(this);
    return List.copyOf(path);
  }
}
