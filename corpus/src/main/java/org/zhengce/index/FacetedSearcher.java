package org.zhengce.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * A searcher over one point-in-time reader of the index, with the facet state of that reader (the
 * ordinal map of place, year, kind, script and indicator across segments) built once, on first use,
 * instead of for every query. {@link Factory} makes one for each reader a {@code SearcherManager}
 * opens after the first, checking the checksums of the segments the previous reader did not have
 * (deletions alone leave a segment's files as they were). Thread-safe.
 */
final class FacetedSearcher extends IndexSearcher {

  /** The state when the index holds no facet values yet. */
  private static final Object NONE = new Object();
  private volatile Object facets;
  /** Whether every document holds the pairs of common words (null until asked). */
  private volatile Boolean pairs;

  FacetedSearcher(IndexReader reader) {
    super(reader);
  }

  /** The facet state of this reader, or null when no document has a facet value. */
  SortedSetDocValuesReaderState facets() throws IOException {
    Object state = facets;
    if (state == null) {
      synchronized (this) {
        state = facets;
        if (state == null) {
          try {
            state = new DefaultSortedSetDocValuesReaderState(getIndexReader(), IndexFields.facets());
          } catch (IllegalArgumentException noFacetValues) {
            state = NONE;
          }
          facets = state;
        }
      }
    }
    return state == NONE ? null : (SortedSetDocValuesReaderState) state;
  }

  /**
   * Whether every document of this reader holds the pairs of common words ({@link WordPairs}):
   * then a phrase of common words reads the positions of about the documents it matches, and
   * counting it apart from ranking it pays; an older index's phrases are searched in one pass.
   */
  boolean pairs() throws IOException {
    Boolean known = pairs;
    if (known == null) {
      known = WordPairs.standard().indexedIn(getIndexReader());
      pairs = known;
    }
    return known;
  }

  /** Every match of a query in the facet collector, the first {@code n} of them by score, and their number. */
  record Found(FacetsCollector facets, TopDocs top, long total) {}

  /**
   * Above this many estimated matches, a query of phrases is searched twice: once without scores
   * for the facets, once for the first hits by score. A phrase is counted by its first occurrence
   * in a document but scored by all of them, and the first hits alone let the scorer skip the
   * documents that cannot be among them: a quoted "生态环境保护" (8,151 of 100,000 documents) takes
   * 0.7 + 1.4 ms so, 2.7 ms in one pass. Below it, or for other queries, whose scorers skip little,
   * or without the pairs (each pass would read the positions of every document with the words),
   * one pass that does both costs less.
   */
  static final long TWO_PASSES = 2_000;

  /**
   * The matches of {@code query} for the facets and its first {@code n} hits by score, in two
   * passes when it is estimated to match more than {@code twoPassesAbove} documents ({@link
   * #TWO_PASSES} for a query of phrases, {@code Long.MAX_VALUE} for one pass always).
   */
  Found collect(Query query, int n, long twoPassesAbove) throws IOException {
    Query rewritten = rewrite(query);
    Weight scored = createWeight(rewritten, ScoreMode.COMPLETE, 1f);
    FacetsCollector facets = new FacetsCollector();
    TopScoreDocCollector top;
    if (twoPassesAbove == Long.MAX_VALUE || cost(scored) <= twoPassesAbove) {
      top = new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, false).newCollector();
      search(leafContexts, scored, MultiCollector.wrap(top, facets));
    } else {
      search(leafContexts, createWeight(rewritten, facets.scoreMode(), 1f), facets);
      top = new TopScoreDocCollectorManager(n, null, n, false).newCollector();
      search(leafContexts, createWeight(rewritten, top.scoreMode(), 1f), top);
    }
    long total = 0;
    for (FacetsCollector.MatchingDocs m : facets.getMatchingDocs()) {
      total += m.totalHits;
    }
    return new Found(facets, top.topDocs(), total);
  }

  /** How many documents {@code weight} is estimated to match. */
  private long cost(Weight weight) throws IOException {
    long cost = 0;
    for (LeafReaderContext leaf : leafContexts) {
      ScorerSupplier s = weight.scorerSupplier(leaf);
      cost += s == null ? 0 : s.cost();
    }
    return cost;
  }

  /** Makes the searchers of a {@code SearcherManager}, the segments of each new reader verified. */
  static final class Factory extends SearcherFactory {

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      if (previous != null) { // the first reader is verified as the index is opened
        Set<String> known = new HashSet<>();
        for (LeafReaderContext leaf : previous.leaves()) {
          known.add(segment(leaf));
        }
        for (LeafReaderContext leaf : reader.leaves()) {
          if (!known.contains(segment(leaf))) {
            leaf.reader().checkIntegrity();
          }
        }
      }
      return new FacetedSearcher(reader);
    }

    private static String segment(LeafReaderContext leaf) {
      return leaf.reader() instanceof SegmentReader s ? s.getSegmentName()
          : String.valueOf(leaf.reader().getCoreCacheHelper().getKey());
    }
  }
}
