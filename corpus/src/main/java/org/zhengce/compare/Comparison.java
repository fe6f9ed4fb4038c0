package org.zhengce.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.zhengce.index.CorpusSearcher;
import org.zhengce.indicator.Indicator;
import org.zhengce.indicator.IndicatorTable;

/**
 * Targets side by side, read from the records stored in the index: one row per target, mapped
 * to a canonical indicator where the phrase clearly is one, filtered by indicator, places and
 * years, ordered by indicator, place and year. Several targets of one place, year and indicator
 * are all kept, never merged.
 */
public final class Comparison {

  /**
   * What to compare: null means everything. Without an indicator, only targets of a canonical
   * indicator are compared unless {@code freePhrases}: a phrase that names no known indicator is
   * often a fragment (但是, 可能) and never comparable across places.
   */
  public record Filter(String indicator, List<String> places, Integer fromYear, Integer toYear, boolean freePhrases) {

    public Filter(String indicator, List<String> places, Integer fromYear, Integer toYear) {
      this(indicator, places, fromYear, toYear, false);
    }
  }

  private final IndicatorTable table;

  public Comparison(IndicatorTable table) {
    this.table = table;
  }

  public List<TargetRow> rows(CorpusSearcher searcher, Filter filter) throws IOException {
    Optional<Indicator> wanted = filter.indicator() == null ? Optional.empty() : table.find(filter.indicator());
    List<TargetRow> rows = new ArrayList<>();
    for (CorpusSearcher.Stored doc : searcher.allRecords()) {
      if (!inPlaces(doc.place(), filter.places()) || !inYears(doc.year(), filter)) {
        continue;
      }
      JsonNode records = doc.records();
      if (records == null) {
        continue;
      }
      Map<String, String> due = new HashMap<>();
      for (JsonNode d : records.path("deadlines")) {
        due.put(d.path("id").asText(), d.hasNonNull("due") ? d.get("due").asText() : d.path("text").asText());
      }
      for (JsonNode t : records.path("targets")) {
        String phrase = t.path("indicator").asText();
        // the canonical id was settled at extraction; an index written before that has none
        Optional<Indicator> canonical = t.has("indicator_id")
            ? (t.hasNonNull("indicator_id") ? table.find(t.get("indicator_id").asText()) : Optional.empty())
            : table.match(phrase);
        if (filter.indicator() == null && canonical.isEmpty() && !filter.freePhrases()) {
          continue;
        }
        if (filter.indicator() != null) {
          boolean same = wanted.isPresent() ? canonical.map(c -> c.id().equals(wanted.get().id())).orElse(false)
              : phrase.contains(filter.indicator());
          if (!same) {
            continue;
          }
        }
        String deadline = t.hasNonNull("deadline") ? due.get(t.get("deadline").asText()) : null;
        rows.add(new TargetRow(doc.place(), doc.year(), doc.kind(),
            canonical.map(Indicator::id).orElse(null), canonical.map(Indicator::nameZh).orElse(phrase),
            phrase, t.path("direction").asText(), t.path("value").asDouble(),
            t.hasNonNull("value_max") ? t.get("value_max").asDouble() : null,
            t.hasNonNull("unit") ? t.get("unit").asText() : null, t.path("qualifier").asText("exact"),
            deadline, t.hasNonNull("baseline_year") ? t.get("baseline_year").asInt() : null,
            doc.title(), doc.path(), t.path("text").asText()));
      }
    }
    rows.sort(Comparator.comparing((TargetRow r) -> r.indicatorId() == null ? "~" + r.indicator() : r.indicatorId())
        .thenComparing(r -> r.place() == null ? "" : r.place(), java.text.Collator.getInstance(java.util.Locale.CHINA))
        .thenComparing(r -> r.year() == null ? 0 : r.year())
        .thenComparing(TargetRow::column));
    return rows;
  }

  /** Targets per canonical indicator in the whole index. */
  public Map<String, Integer> countsByIndicator(CorpusSearcher searcher) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (TargetRow r : rows(searcher, new Filter(null, null, null, null, false))) {
      if (r.indicatorId() != null) {
        counts.merge(r.indicatorId(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static boolean inPlaces(String place, List<String> places) {
    if (places == null || places.isEmpty()) {
      return true;
    }
    return place != null && places.stream().anyMatch(p -> place.contains(p) || p.contains(place));
  }

  private static boolean inYears(Integer year, Filter f) {
    if (f.fromYear() == null && f.toYear() == null) {
      return true;
    }
    return year != null && (f.fromYear() == null || year >= f.fromYear()) && (f.toYear() == null || year <= f.toYear());
  }
}
