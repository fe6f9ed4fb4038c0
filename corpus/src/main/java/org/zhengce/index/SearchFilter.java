package org.zhengce.index;

import static org.zhengce.index.IndexFields.KIND;
import static org.zhengce.index.IndexFields.PLACE;
import static org.zhengce.index.IndexFields.YEAR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.zhengce.clean.Gazetteer;
import org.zhengce.clean.Place;
import org.zhengce.extract.Kind;

/**
 * The filters of a search, read like the data they filter: a place through the {@link Gazetteer}
 * as extraction resolves it (北京 → 北京市, 海拉尔区 → 呼伦贝尔市海拉尔区), a kind checked against
 * the kinds there are, a year range checked for order. Immutable.
 */
record SearchFilter(String place, Integer fromYear, Integer toYear, String kind) {

  /** The filters a user gave, resolved and checked. */
  static SearchFilter of(CorpusSearcher.Filters given, Gazetteer gazetteer) {
    String place = given.place() == null || given.place().isBlank() ? null
        : gazetteer.lookup(given.place()).map(Place::canonical).orElse(given.place().strip());
    String kind = given.kind() == null ? null : kind(given.kind());
    if (given.fromYear() != null && given.toYear() != null && given.fromYear() > given.toYear()) {
      throw new IllegalArgumentException("--from " + given.fromYear() + " is after --to " + given.toYear());
    }
    return new SearchFilter(place, given.fromYear(), given.toYear(), kind);
  }

  private static String kind(String given) {
    String k = given.strip().toLowerCase(Locale.ROOT);
    if (Arrays.stream(Kind.values()).noneMatch(v -> v.label().equals(k))) {
      throw new IllegalArgumentException("unknown kind '" + given + "'; the kinds are "
          + Arrays.stream(Kind.values()).map(Kind::label).collect(Collectors.joining(", ")));
    }
    return k;
  }

  boolean byYear() {
    return fromYear != null || toYear != null;
  }

  /** {@code query} with these filters. */
  Query apply(Query query) {
    BooleanQuery.Builder out = new BooleanQuery.Builder().add(query, Occur.MUST);
    for (Query f : clauses(true)) {
      out.add(f, Occur.FILTER);
    }
    return out.build();
  }

  /** {@code query} with every filter but the years, on documents without a year. */
  Query undated(Query query) {
    BooleanQuery.Builder out = new BooleanQuery.Builder().add(query, Occur.MUST)
        .add(new FieldExistsQuery(YEAR), Occur.MUST_NOT);
    for (Query f : clauses(false)) {
      out.add(f, Occur.FILTER);
    }
    return out.build();
  }

  private List<Query> clauses(boolean withYears) {
    List<Query> out = new ArrayList<>();
    if (place != null) {
      out.add(new TermQuery(new Term(PLACE, place)));
    }
    if (withYears && byYear()) {
      out.add(IntPoint.newRangeQuery(YEAR, fromYear == null ? Integer.MIN_VALUE : fromYear,
          toYear == null ? Integer.MAX_VALUE : toYear));
    }
    if (kind != null) {
      out.add(new TermQuery(new Term(KIND, kind)));
    }
    return out;
  }
}
