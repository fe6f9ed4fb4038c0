package org.zhengce.index;

import static org.zhengce.index.IndexFields.BODY;
import static org.zhengce.index.IndexFields.TITLE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.zhengce.index.ChunkReadings.Group;
import org.zhengce.index.ChunkReadings.Slot;
import org.zhengce.normalize.Normalization;

/**
 * The query of one unspaced chunk (城市更新行动, 生态补偿机制, 散乱污企业, 十四五规划) over its {@link
 * ChunkReadings}: a document matches a reading when every slot of it occurs, in the title or the
 * body (a compound also as its parts next to each other: “散乱污”企业). The score takes the chunk as
 * a unit: its words in order in the body with up to {@value #SLOP} other words among them, each
 * occurrence the more the closer they stand (as written counts most), and its words anywhere at a
 * lower weight, so that the document that writes the term outranks the long one that scatters its
 * words. Thread-safe.
 */
final class ChunkQuery {

  /** How many other words may stand among the words of a chunk for the near score. */
  static final int SLOP = 3;
  static final float TITLE_BOOST = 2f;
  /** The words of a chunk near each other in the body, each occurrence the more the closer they stand. */
  static final float NEAR_BOOST = 2f;
  /** The words of a chunk anywhere in the title or the body. */
  static final float WORDS_BOOST = 0.5f;
  /** A reading of one slot is near wherever it occurs. */
  static final float UNIT_BOOST = WORDS_BOOST + NEAR_BOOST;

  /**
   * The query that finds the chunk in the body (for passages), the one that finds and ranks it by
   * its words, and the nearness of its words (null for one word), which ranks the best of those again.
   */
  record Built(Query matching, Query words, Query near) {}

  private final Analyzer words;
  private final Analyzer indexing;
  private final Abbreviations abbreviations;
  private final WordEndings endings = WordEndings.standard();

  ChunkQuery(Analyzer words, Analyzer indexing, Abbreviations abbreviations) {
    this.words = words;
    this.indexing = indexing;
    this.abbreviations = abbreviations;
  }

  /** The queries of {@code chunk} over {@code fields}; null when it has no searchable word. */
  Built build(List<String> fields, String chunk) {
    String text = Normalization.standard().normalizeString(chunk);
    ChunkReadings read = ChunkReadings.of(text, words, indexing, abbreviations, endings);
    if (read.groups().isEmpty()) {
      return null;
    }
    List<String> body = fields.contains(BODY) ? List.of(BODY) : fields; // passages are of the body
    List<Query> matching = new ArrayList<>();
    List<Query> scoring = new ArrayList<>();
    List<SpanQuery> units = new ArrayList<>();
    boolean oneWord = read.groups().size() == 1 && read.groups().get(0).slots().size() == 1;
    Query written = required(fields, read.groups(), read.unit());
    matching.add(required(body, read.groups(), read.unit()));
    scoring.add(new BoostQuery(written, oneWord ? UNIT_BOOST : WORDS_BOOST));
    if (!oneWord && read.unit() && read.groups().size() <= ChunkReadings.MAX_WORDS) {
      units.add(SlotQueries.sequence(BODY, read.groups(), SLOP));
    }
    for (List<Slot> other : read.others()) {
      List<Group> groups = other.stream().map(s -> new Group(List.of(s), List.of())).toList();
      Query found = required(fields, groups, true);
      matching.add(required(body, groups, true));
      scoring.add(new BoostQuery(found, other.size() == 1 ? UNIT_BOOST : WORDS_BOOST));
      if (other.size() > 1) {
        units.add(SlotQueries.sequence(BODY, groups, SLOP));
      }
    }
    if (units.isEmpty() || !fields.contains(BODY)) { // title:城市更新行动 is scored by its words
      return new Built(any(matching), any(scoring), null);
    }
    SpanQuery near = units.size() == 1 ? units.get(0) : new SpanOrQuery(units.toArray(SpanQuery[]::new));
    return new Built(any(matching), any(scoring), new BoostQuery(near, NEAR_BOOST));
  }

  /**
   * A quoted phrase as written, a compound in it also as its parts next to each other (“两高”项目
   * for "两高项目"); null when it holds no compound, for Lucene's phrase query to serve.
   */
  Query phrase(List<String> fields, String quoted) {
    ChunkWords read = ChunkWords.of(Normalization.standard().normalizeString(quoted), indexing, words);
    if (read.words().stream().allMatch(w -> w.tiling().isEmpty())) {
      return null;
    }
    List<Query> each = new ArrayList<>();
    for (String f : fields) {
      Query exact = exactPhrases(f, read.words());
      each.add(boosted(f, exact != null ? exact : SlotQueries.sequence(f, read.words().stream()
          .map(w -> new Group(List.of(new Slot(List.of(w))), List.of())).toList(), 0)));
    }
    return any(each);
  }

  /** At most this many exact phrases stand for a quoted phrase; more take the span query. */
  static final int MAX_PHRASES = 16;

  /**
   * The quoted words next to each other as exact phrases, one per way of writing them (each
   * compound whole or as its parts): the same documents as the span query of {@link
   * SlotQueries#sequence} with no slop, found by Lucene's phrase matcher, which is many times
   * cheaper on common words (a quoted "生态环境保护" matches a tenth of a large index, and every
   * match is counted for the facets), their common words' pairs required where the index has them
   * ({@link WordPairs}). Null when a word is a quantity (its unit forms need spans),
   * a compound's parts begin or end with a gap, or the ways are more than {@value #MAX_PHRASES}.
   */
  static Query exactPhrases(String field, List<ChunkWords.Word> words) {
    int ways = 1;
    for (ChunkWords.Word w : words) {
      List<String> t = w.tiling();
      if (w.quantity() || !t.isEmpty() && (t.get(0).isEmpty() || t.get(t.size() - 1).isEmpty())) {
        return null;
      }
      ways *= t.isEmpty() ? 1 : 2;
      if (ways > MAX_PHRASES) {
        return null;
      }
    }
    List<Query> phrases = new ArrayList<>(ways);
    for (int way = 0; way < ways; way++) {
      PhraseQuery.Builder phrase = new PhraseQuery.Builder();
      int position = 0;
      int last = -1;
      int bit = 0;
      for (ChunkWords.Word w : words) {
        if (last >= 0) {
          position += w.position() - last - 1; // words the query left out (的) leave their places
        }
        last = w.position();
        boolean parts = !w.tiling().isEmpty() && (way >> bit++ & 1) == 1;
        for (String part : parts ? w.tiling() : List.of(w.term())) {
          if (!part.isEmpty()) {
            phrase.add(new Term(field, part), position);
          }
          position++;
        }
      }
      phrases.add(WordPairs.standard().filtered(phrase.build()));
    }
    if (phrases.size() == 1) {
      return phrases.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    phrases.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }

  /**
   * One of {@code queries}; held in a required clause, since the classic parser takes the clauses
   * of a query that are all optional for words of their own and requires each (雄安 新区).
   */
  private static Query any(List<Query> queries) {
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    queries.forEach(q -> any.add(q, Occur.SHOULD));
    return new BooleanQuery.Builder().add(any.build(), Occur.MUST).build();
  }

  /**
   * Every group in one of the fields (the title counting double): its slots as written (each
   * anywhere in the field), or one of its forms as a phrase; the slots as written count less when
   * they are not the whole {@code unit}. All in one field, so that each field's words are one
   * conjunction the index can skip through.
   */
  private static Query required(List<String> fields, List<Group> groups, boolean unit) {
    Map<String, Group> distinct = new LinkedHashMap<>();
    for (Group g : groups) {
      distinct.putIfAbsent(g.slots().stream().flatMap(s -> s.words().stream()).map(ChunkWords.Word::term).toList()
          + "" + g.forms().size(), g);
    }
    List<Query> each = new ArrayList<>();
    for (String field : fields) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      distinct.values().forEach(g -> all.add(group(field, g, unit), Occur.MUST));
      each.add(boosted(field, distinct.size() == 1 ? group(field, distinct.values().iterator().next(), unit)
          : all.build()));
    }
    return any(each);
  }

  private static Query group(String field, Group g, boolean unit) {
    Query written;
    if (g.slots().size() == 1) {
      written = SlotQueries.query(field, g.slots().get(0));
    } else {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      g.slots().forEach(s -> all.add(SlotQueries.query(field, s), Occur.MUST));
      written = all.build();
    }
    if (g.forms().isEmpty() || field.equals(TITLE)) { // the title: the words as written
      return written;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder()
        .add(unit ? written : new BoostQuery(written, WORDS_BOOST / UNIT_BOOST), Occur.SHOULD);
    g.forms().forEach(f -> any.add(SlotQueries.query(field, f), Occur.SHOULD));
    return any.build();
  }

  private static Query boosted(String field, Query q) {
    return field.equals(TITLE) ? new BoostQuery(q, TITLE_BOOST) : q;
  }
}
