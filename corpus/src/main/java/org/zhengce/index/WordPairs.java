package org.zhengce.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.zhengce.pipeline.SourceToken;
import org.zhengce.text.TsvRows;

/**
 * Pairs of common words next to each other in the body ({@code common-words.tsv}: 生态 环境, 环境
 * 保护), indexed in a field of their own with documents only, so that a phrase of common words
 * looks at the positions of the few documents that hold its pairs, not of every document that
 * holds its words: a quoted "生态环境保护" written 生态 环境 保护 has 16,892 such documents in an
 * index of 100,000 and 160 with both pairs. A pair is two terms at positions one apart, a
 * compound's inner words at its position included; a function word left out (a gap) makes no
 * pair. Every document's pair field holds the table's mark, a term made from its words, so that a
 * segment written before the field existed, or with another table, is known, and the index that
 * holds one is searched by the phrases alone, as before. Immutable, thread-safe.
 */
final class WordPairs {

  /** Before the mark; a pair term is two characters from {@value #FIRST_CODE} on, one per word. */
  private static final char SEPARATOR = '\u001f';
  private static final char FIRST_CODE = '\u0100';
  /** The way pair terms are written, part of the mark: to be changed with it. */
  private static final String FORMAT = "pairs1:";

  private static final WordPairs STANDARD = new WordPairs(TsvRows.read(WordPairs.class, "common-words.tsv", 1)
      .stream().map(r -> r[0].strip()).filter(w -> !w.isEmpty() && !w.equals("word")).toList());

  /** Each common word's number, its place in the table; the words as the index holds them (lower case). */
  private final Map<String, Integer> codes;
  /** Whether a word of the table has letters in two cases, so that a word is looked up in lower case. */
  private final boolean cased;
  /** The term each document's pair field holds, whatever its text: the table's. */
  private final String mark;

  WordPairs(List<String> common) {
    Map<String, Integer> codes = new HashMap<>();
    for (String w : common) {
      codes.putIfAbsent(w.toLowerCase(Locale.ROOT), codes.size());
    }
    if (codes.size() > Character.MAX_VALUE - FIRST_CODE) {
      throw new IllegalArgumentException("too many common words: " + codes.size());
    }
    this.codes = codes; // never written again: a HashMap looks up faster than an immutable copy
    this.cased = common.stream().anyMatch(w -> !w.equals(w.toUpperCase(Locale.ROOT)) || !w.equals(w.toLowerCase(Locale.ROOT)));
    this.mark = SEPARATOR + FORMAT + Integer.toHexString(common.hashCode());
  }

  static WordPairs standard() {
    return STANDARD;
  }

  /** The pair terms of the words the pipeline segmented (as the body holds them), the mark first. */
  TokenStream stream(List<SourceToken> words) {
    Pairs pairs = new Pairs();
    for (int i = 0; i < words.size(); i++) { // a word and the words inside it at one place, as BodyTokenStream gives them
      SourceToken w = words.get(i);
      pairs.next(1);
      pairs.word(w.text());
      List<SourceToken> inside = w.inside();
      for (int j = 0; j < inside.size(); j++) {
        pairs.word(inside.get(j).text());
      }
    }
    return new PairStream(pairs.all(), mark);
  }

  /** The pair terms of {@code terms}, an analyzed stream of the body, the mark first. */
  TokenStream stream(TokenStream terms) throws IOException {
    Gathered gathered = new Gathered();
    try (TokenStream recording = recording(terms, gathered)) {
      recording.reset();
      while (recording.incrementToken()) {
        // gathered as they pass
      }
      recording.end();
    }
    return stream(gathered);
  }

  /** The pair terms {@code gathered} from a stream as the body was indexed, the mark first. */
  TokenStream stream(Gathered gathered) {
    if (gathered.pairs == null) {
      throw new IllegalStateException("the body's terms have not been read yet");
    }
    return new PairStream(gathered.pairs, mark);
  }

  /** The pairs of a stream of the body's terms, gathered while the stream is read for the body. */
  static final class Gathered {
    private IntList pairs;

    boolean done() {
      return pairs != null;
    }
  }

  /** {@code terms} as they are, their pairs gathered into {@code gathered} as they pass (positions one apart). */
  TokenStream recording(TokenStream terms, Gathered gathered) {
    return new TokenFilter(terms) {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
      private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
      private Pairs pairs = new Pairs();

      @Override
      public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
          gathered.pairs = pairs.all();
          return false;
        }
        pairs.next(increment.getPositionIncrement());
        pairs.word(term.toString());
        return true;
      }

      @Override
      public void reset() throws IOException {
        super.reset();
        pairs = new Pairs();
      }
    };
  }

  /**
   * The pairs of one document's terms, place by place, each the codes of its two words in an int.
   * A function word is never common, so the gap it leaves ends a run of pairs.
   */
  private final class Pairs {
    private final IntList out = new IntList(64);
    private IntList before = new IntList(4);
    private IntList here = new IntList(4);

    /** The terms that follow stand {@code step} places after the last (0: at its place). */
    void next(int step) {
      if (step > 0) {
        cross(before, here, out);
        IntList last = before;
        before = here;
        here = last;
        here.clear();
        if (step > 1) {
          before.clear();
        }
      }
    }

    /** A term at the current place: counted when it is common (a word without letters in two cases as it is). */
    void word(String term) {
      Integer code = codes.get(cased ? term.toLowerCase(Locale.ROOT) : term);
      if (code != null) {
        here.add(code);
      }
    }

    IntList all() {
      cross(before, here, out);
      before.clear();
      here.clear();
      return out;
    }
  }

  private static void cross(IntList before, IntList here, IntList out) {
    for (int i = 0; i < before.size; i++) {
      for (int j = 0; j < here.size; j++) {
        out.add(before.values[i] << 16 | here.values[j]);
      }
    }
  }

  /** The term of a pair: a character for each of its words' numbers. */
  private static String term(int pair) {
    return new String(new char[] {(char) (FIRST_CODE + (pair >>> 16)), (char) (FIRST_CODE + (pair & 0xffff))});
  }

  /**
   * The phrase, with the pairs of its common words next to each other required when the index has
   * them: the same documents, the same scores. The phrase itself when it has no such pair.
   */
  Query filtered(PhraseQuery phrase) {
    if (phrase.getSlop() != 0 || !phrase.getField().equals(IndexFields.BODY)) {
      return phrase;
    }
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    List<Term> pairs = new ArrayList<>();
    for (int i = 0; i < terms.length; i++) {
      Integer first = codes.get(terms[i].text());
      for (int j = 0; first != null && j < terms.length; j++) {
        Integer second = codes.get(terms[j].text());
        if (positions[j] == positions[i] + 1 && second != null) {
          pairs.add(new Term(IndexFields.PAIRS, term(first << 16 | second)));
        }
      }
    }
    return pairs.isEmpty() ? phrase : new Filtered(phrase, List.copyOf(pairs), new Term(IndexFields.PAIRS, mark));
  }

  /** Whether every document of {@code reader} holds the pairs of this table. */
  boolean indexedIn(IndexReader reader) throws IOException {
    return indexed(reader, new Term(IndexFields.PAIRS, mark));
  }

  /**
   * Whether every document of {@code reader} has {@code mark} in its pair field: written by this
   * version with this table. A segment of an older index, or merged with one, has not.
   */
  static boolean indexed(IndexReader reader, Term mark) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      if (leaf.reader().docFreq(mark) != leaf.reader().maxDoc()) {
        return false;
      }
    }
    return true;
  }

  /** A phrase and its pairs, rewritten to the phrase with its pairs as filters where the index has them. */
  static final class Filtered extends Query {
    private final PhraseQuery phrase;
    private final List<Term> pairs;
    private final Term mark;

    Filtered(PhraseQuery phrase, List<Term> pairs, Term mark) {
      this.phrase = phrase;
      this.pairs = pairs;
      this.mark = mark;
    }

    PhraseQuery phrase() {
      return phrase;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
      if (!indexed(searcher.getIndexReader(), mark)) {
        return phrase;
      }
      BooleanQuery.Builder all = new BooleanQuery.Builder().add(phrase, Occur.MUST);
      pairs.forEach(p -> all.add(new TermQuery(p), Occur.FILTER));
      return all.build();
    }

    @Override
    public void visit(QueryVisitor visitor) {
      phrase.visit(visitor);
    }

    @Override
    public String toString(String field) {
      return phrase.toString(field);
    }

    @Override
    public boolean equals(Object o) {
      return sameClassAs(o) && phrase.equals(((Filtered) o).phrase) && pairs.equals(((Filtered) o).pairs)
          && mark.equals(((Filtered) o).mark);
    }

    @Override
    public int hashCode() {
      return Objects.hash(classHash(), phrase, pairs, mark);
    }
  }

  /** A growing list of ints. */
  private static final class IntList {
    int[] values;
    int size;

    IntList(int capacity) {
      values = new int[capacity];
    }

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void clear() {
      size = 0;
    }
  }

  /**
   * The pair terms of a document: the mark, then each pair once. Positions and offsets are of no
   * use in a field of documents only.
   */
  private static final class PairStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final int[] pairs;
    private final String mark;
    private int next = -1;

    PairStream(IntList pairs, String mark) {
      int[] sorted = Arrays.copyOf(pairs.values, pairs.size);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[distinct++] = sorted[i];
        }
      }
      this.pairs = Arrays.copyOf(sorted, distinct);
      this.mark = mark;
    }

    @Override
    public boolean incrementToken() {
      if (next >= pairs.length) {
        return false;
      }
      clearAttributes();
      if (next < 0) {
        term.setEmpty().append(mark);
      } else {
        term.setEmpty().append(term(pairs[next]));
      }
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = -1;
    }
  }
}
