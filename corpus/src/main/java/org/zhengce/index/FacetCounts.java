package org.zhengce.index;

import static org.zhengce.index.IndexFields.*;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * Facet counts (label → documents) by place, year, kind, script and indicator, the top 50 of each,
 * over the facet state a {@link FacetedSearcher} keeps for its reader. Stateless.
 */
final class FacetCounts {

  private FacetCounts() {}

  /** The counts of the documents {@code collector} gathered; none without a {@code state} (no facet values yet). */
  static Map<String, Map<String, Integer>> of(SortedSetDocValuesReaderState state, FacetsCollector collector)
      throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    if (state == null) {
      return out;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
    for (String dim : new String[] {PLACE, YEAR, KIND, SCRIPT, INDICATOR}) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      FacetResult r;
      try {
        r = facets.getTopChildren(50, dim);
      } catch (IllegalArgumentException notIndexed) {
        r = null;
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          counts.put(lv.label, lv.value.intValue());
        }
      }
      out.put(dim, counts);
    }
    return out;
  }
}
