package org.zhengce.index;

import static org.zhengce.index.IndexFields.TITLE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
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
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.zhengce.normalize.Normalization;

/**
 * The query of one unspaced chunk (城市更新行动, 生态补偿机制, 散乱污企业, 十四五规划). Every word must
 * occur, in the title or the body; a compound also matches its parts written next to each other
 * (“散乱污”企业, 两高 项目), since documents write policy terms apart with quotes and spaces; an
 * abbreviation or full form of {@link Abbreviations} in the chunk gives another reading of it, whose
 * substituted form must occur as a phrase (十四五规划 or 第十四个五年规划). The words near each other,
 * in order, score higher, the closer the more, so that the document that writes the term outranks
 * the long one that scatters its words. Thread-safe.
 */
final class ChunkQuery {

  /** The most readings of a chunk (the chunk as written and its abbreviations substituted). */
  static final int MAX_READINGS = 12;
  /** Chunks of more words than this are read as written and not scored for nearness. */
  static final int MAX_NEAR_WORDS = 16;
  /** How many other words may stand among the words of a chunk for the nearness score. */
  static final int SLOP = 3;
  static final float TITLE_BOOST = 2f;
  /**
   * How the score is made: the chunk as a unit as written (exact), the same with up to {@link
   * #SLOP} other words among its words (near), and its words anywhere at half the weight, so that
   * the document that writes the term outranks the long one that scatters its words.
   */
  static final float EXACT_BOOST = 1f;
  static final float NEAR_BOOST = 1f;
  static final float WORDS_BOOST = 0.5f;

  /**
   * Words that belong together: one word, or the words of a substituted form (strict); {@code
   * endings} are the one word with the endings documents join to it (济南市).
   */
  private record Slot(List<ChunkWords.Word> words, List<String> endings) {

    Slot(List<ChunkWords.Word> words) {
      this(words, List.of());
    }

    int first() {
      return words.get(0).position();
    }

    int last() {
      return words.get(words.size() - 1).position();
    }
  }

  private final Analyzer indexing;
  private final Analyzer words;
  private final Abbreviations abbreviations;
  private final WordEndings endings = WordEndings.standard();

  ChunkQuery(Analyzer words, Analyzer indexing, Abbreviations abbreviations) {
    this.words = words;
    this.indexing = indexing;
    this.abbreviations = abbreviations;
  }

  /** The query of {@code chunk} over {@code fields}; null when it has no searchable word. */
  Query build(List<String> fields, String chunk) {
    String text = Normalization.standard().normalizeString(chunk);
    ChunkWords written = ChunkWords.of(text, indexing, words);
    if (written.words().isEmpty()) {
      return null;
    }
    if (written.words().stream().map(ChunkWords.Word::term).distinct().count() > QueryReader.MAX_WORDS) {
      throw new IllegalArgumentException("query too long: at most " + QueryReader.MAX_WORDS + " different words");
    }
    List<List<Slot>> readings = new ArrayList<>();
    readings.add(slots(written, -1, -1));
    if (written.words().size() == 1) { // 济南 is also 济南市
      ChunkWords.Word w = written.words().get(0);
      readings.set(0, List.of(new Slot(List.of(w), endings.of(w.term()))));
    } else if (!endings.of(text).isEmpty()) { // 一票否决 (一 票 否决) is also 一票否决制
      ChunkWords.Word whole = new ChunkWords.Word(text, 0, text.length(), 0, List.of(), false);
      readings.add(List.of(new Slot(List.of(whole), endings.of(text))));
    }
    ChunkWords joined = written.joiningSingleCharacters();
    if (joined != null && joined.words().size() > 1 && written.words().size() <= MAX_NEAR_WORDS) {
      readings.add(slots(joined, -1, -1)); // 双创示范基地: 双 创 示范 基地, or 双创 示范 基地
    }
    if (written.words().size() <= MAX_NEAR_WORDS) {
      for (Abbreviations.Occurrence o : abbreviations.find(text, written::isBoundary)) {
        for (String other : o.others()) {
          if (readings.size() < MAX_READINGS) {
            String read = text.substring(0, o.start()) + other + text.substring(o.end());
            readings.add(slots(ChunkWords.of(read, indexing, words), o.start(), o.start() + other.length()));
          }
        }
      }
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    readings.forEach(r -> any.add(required(fields, r), Occur.SHOULD));
    Query required = readings.size() == 1 ? required(fields, readings.get(0)) : any.build();
    // one word left of 个税 (个 is a function word) is no reading of the unit: 税 alone is not near
    boolean writtenIsUnit = written.words().size() > 1 || written.holdsEveryCharacter();
    Query exact = near(fields, readings, 0, writtenIsUnit);
    if (exact == null) {
      return required;
    }
    return new BooleanQuery.Builder().add(new BoostQuery(required, WORDS_BOOST), Occur.MUST)
        .add(new BoostQuery(exact, EXACT_BOOST), Occur.SHOULD)
        .add(new BoostQuery(near(fields, readings, SLOP, writtenIsUnit), NEAR_BOOST), Occur.SHOULD).build();
  }

  /** The words of a reading as slots; those overlapping [from, to), a substituted form, are one. */
  private static List<Slot> slots(ChunkWords read, int from, int to) {
    List<Slot> out = new ArrayList<>();
    List<ChunkWords.Word> form = new ArrayList<>();
    for (ChunkWords.Word w : read.words()) {
      if (w.start() < to && w.end() > from) {
        if (form.isEmpty()) {
          out.add(new Slot(form));
        }
        form.add(w);
      } else {
        out.add(new Slot(List.of(w)));
      }
    }
    return out;
  }

  /** Every slot of a reading, each in one of the fields. */
  private static Query required(List<String> fields, List<Slot> reading) {
    Map<String, Slot> distinct = new LinkedHashMap<>();
    for (Slot s : reading) {
      distinct.putIfAbsent(s.words().stream().map(ChunkWords.Word::term).toList().toString(), s);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Slot s : distinct.values()) {
      BooleanQuery.Builder inAnyField = new BooleanQuery.Builder();
      for (String field : fields) {
        inAnyField.add(boosted(field, slot(field, s)), Occur.SHOULD);
      }
      all.add(inAnyField.build(), Occur.MUST);
    }
    return all.build();
  }

  /** One slot in one field: a word (or its parts next to each other), or a form as a phrase. */
  private static Query slot(String field, Slot s) {
    if (s.words().size() > 1) {
      return new BoostQuery(span(field, s), 1f / s.words().size());
    }
    ChunkWords.Word w = s.words().get(0);
    Query whole = new TermQuery(new Term(field, w.term()));
    if (w.quantity()) {
      return Quantities.withUnit(field, w.term());
    }
    if (!s.endings().isEmpty()) {
      SynonymQuery.Builder forms = new SynonymQuery.Builder(field).addTerm(new Term(field, w.term()));
      s.endings().forEach(e -> forms.addTerm(new Term(field, e)));
      whole = forms.build();
    }
    if (w.tiling().isEmpty()) {
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

  /**
   * The chunk as a unit in any of its readings, in any of the fields: the slots of a reading in
   * order with at most {@code slop} other words among them (the chunk as written only when {@code
   * writtenIsUnit}); null when the chunk is one word read one way.
   */
  private static Query near(List<String> fields, List<List<Slot>> readings, int slop, boolean writtenIsUnit) {
    if (readings.size() == 1 && readings.get(0).size() == 1) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : fields) {
      List<SpanQuery> each = new ArrayList<>();
      for (int i = writtenIsUnit ? 0 : 1; i < readings.size(); i++) {
        if (readings.get(i).size() <= MAX_NEAR_WORDS) {
          each.add(sequence(field, readings.get(i), slop));
        }
      }
      if (each.isEmpty()) {
        return null;
      }
      any.add(boosted(field, each.size() == 1 ? each.get(0) : new SpanOrQuery(each.toArray(SpanQuery[]::new))),
          Occur.SHOULD);
    }
    return any.build();
  }

  /** Slots in order with at most {@code slop} other words among them, gaps where words were left out. */
  private static SpanQuery sequence(String field, List<Slot> slots, int slop) {
    if (slots.size() == 1) {
      return span(field, slots.get(0));
    }
    SpanNearQuery.Builder near = new SpanNearQuery.Builder(field, true).setSlop(slop);
    int last = -1;
    for (Slot s : slots) {
      if (last >= 0 && s.first() - last > 1) {
        near.addGap(s.first() - last - 1);
      }
      near.addClause(span(field, s));
      last = s.last();
    }
    return near.build();
  }

  private static SpanQuery span(String field, Slot s) {
    if (s.words().size() > 1) {
      return sequence(field, s.words().stream().map(w -> new Slot(List.of(w))).toList(), 0);
    }
    ChunkWords.Word w = s.words().get(0);
    SpanQuery whole = new SpanTermQuery(new Term(field, w.term()));
    if (w.quantity()) {
      return Quantities.withUnitSpan(field, w.term());
    }
    if (!s.endings().isEmpty()) {
      List<SpanQuery> forms = new ArrayList<>(List.of(whole));
      s.endings().forEach(e -> forms.add(new SpanTermQuery(new Term(field, e))));
      whole = new SpanOrQuery(forms.toArray(SpanQuery[]::new));
    }
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

  private static Query boosted(String field, Query q) {
    return field.equals(TITLE) ? new BoostQuery(q, TITLE_BOOST) : q;
  }
}
