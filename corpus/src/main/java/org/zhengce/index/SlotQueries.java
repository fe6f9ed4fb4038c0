package org.zhengce.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.zhengce.index.ChunkReadings.Group;
import org.zhengce.index.ChunkReadings.Slot;

/**
 * The Lucene form of a {@link Slot} in one field: a word as one term (with its endings, a number
 * with its unit, scored as one word), or as its parts next to each other (两高 项目) at a weight
 * shared among them; a form as a phrase; and as spans, for the words of a chunk near each other.
 * Stateless.
 */
final class SlotQueries {

  private SlotQueries() {}

  /** The slot as a query. */
  static Query query(String field, Slot s) {
    if (s.words().size() > 1) {
      return new BoostQuery(phrase(field, s), 1f / s.words().size());
    }
    ChunkWords.Word w = s.words().get(0);
    if (w.quantity()) {
      return new WordForms(field, w.term(), WordForms.Continuation.UNIT);
    }
    Query whole = !s.endings() ? new TermQuery(new Term(field, w.term()))
        : new WordForms(field, w.term(), WordForms.Continuation.ENDING);
    if (w.tiling().isEmpty() || field.equals(IndexFields.TITLE)) { // a title is read as written
      return whole;
    }
    PhraseQuery.Builder parts = new PhraseQuery.Builder();
    int position = 0;
    for (String part : w.tiling()) {
      if (!part.isEmpty()) {
        parts.add(new Term(field, part), position);
      }
      position++;
    }
    Query apart = new BoostQuery(parts.build(), 1f / w.tiling().size());
    return new BooleanQuery.Builder().add(whole, Occur.SHOULD).add(apart, Occur.SHOULD).build();
  }

  /** The words of a form next to each other: a phrase, or spans when a word has forms of its own. */
  private static Query phrase(String field, Slot s) {
    if (s.words().stream().anyMatch(w -> w.quantity() || !w.tiling().isEmpty())) {
      return span(field, s);
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    int first = s.first();
    s.words().forEach(w -> phrase.add(new Term(field, w.term()), w.position() - first));
    return phrase.build();
  }

  /** Groups in order with at most {@code slop} other words among them, gaps where words were left out. */
  static SpanQuery sequence(String field, List<Group> groups, int slop) {
    if (groups.size() == 1) {
      return span(field, groups.get(0));
    }
    SpanNearQuery.Builder near = new SpanNearQuery.Builder(field, true).setSlop(slop);
    int last = -1;
    for (Group g : groups) {
      if (last >= 0 && g.first() - last > 1) {
        near.addGap(g.first() - last - 1);
      }
      near.addClause(span(field, g));
      last = g.last();
    }
    return near.build();
  }

  /** A group as a span: its slots as written next to each other, or one of its forms. */
  private static SpanQuery span(String field, Group g) {
    SpanQuery written = g.slots().size() == 1 ? span(field, g.slots().get(0))
        : sequence(field, g.slots().stream().map(s -> new Group(List.of(s), List.of())).toList(), 0);
    if (g.forms().isEmpty()) {
      return written;
    }
    List<SpanQuery> any = new ArrayList<>(List.of(written));
    g.forms().forEach(f -> any.add(span(field, f)));
    return new SpanOrQuery(any.toArray(SpanQuery[]::new));
  }

  /** The slot as a span. */
  static SpanQuery span(String field, Slot s) {
    if (s.words().size() > 1) {
      return sequence(field, s.words().stream().map(w -> new Group(List.of(new Slot(List.of(w))), List.of())).toList(),
          0);
    }
    ChunkWords.Word w = s.words().get(0);
    if (w.quantity()) {
      return WordForms.span(field, w.term(), WordForms.Continuation.UNIT);
    }
    SpanQuery whole = !s.endings() ? new SpanTermQuery(new Term(field, w.term()))
        : WordForms.span(field, w.term(), WordForms.Continuation.ENDING);
    if (w.tiling().isEmpty()) {
      return whole;
    }
    SpanNearQuery.Builder parts = new SpanNearQuery.Builder(field, true);
    int gap = 0;
    for (String part : w.tiling()) {
      if (part.isEmpty()) {
        gap++;
        continue;
      }
      if (gap > 0) {
        parts.addGap(gap);
        gap = 0;
      }
      parts.addClause(new SpanTermQuery(new Term(field, part)));
    }
    return new SpanOrQuery(whole, parts.build());
  }
}
