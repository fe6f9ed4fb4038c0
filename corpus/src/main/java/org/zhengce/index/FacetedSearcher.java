package org.zhengce.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

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
