package org.zhengce.index;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;

/**
 * The second ranking of a search: the documents first ranked by the words of the query, the best
 * of them, scored again with the nearness of the words of each chunk added, so that the document
 * that writes the term outranks the one that scatters its words, at the cost of reading positions
 * for those few documents only. Stateless.
 */
final class Nearness {

  private Nearness() {}

  /** The first {@code n} of {@code first} when {@code near} is added to their scores. */
  static TopDocs rank(IndexSearcher searcher, TopDocs first, Query near, int n) throws IOException {
    return new QueryRescorer(near) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
      }
    }.rescore(searcher, first, n);
  }
}
