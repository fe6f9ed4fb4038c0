package org.zhengce.structure;

import java.util.List;
import java.util.Optional;
import org.zhengce.text.Span;

/**
 * A task item of a plan or task list: a numbered paragraph (or an unnumbered one that closes with
 * an attribution), with the paragraphs of its body and the attributions that close it.
 * {@code span} covers all of it; {@code marker} is its number (empty when {@link Numbering#NONE});
 * {@code heading} is its run-in heading, when it opens with one. Made by {@link OutlineParser}.
 */
public record Item(
    Span span, Numbering numbering, Span marker, Optional<Span> heading,
    List<Attribution> attributions) {

  public Item {
    attributions = List.copyOf(attributions);
  }
}
