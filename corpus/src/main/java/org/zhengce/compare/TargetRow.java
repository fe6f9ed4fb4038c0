package org.zhengce.compare;

/**
 * One target as the comparison shows it: where and when (place, the document's year), in what sort
 * of document (its kind: a plan's goal reads otherwise than a report's figure), what (the canonical
 * indicator id and name, or the phrase as written when no canonical indicator fits), how much
 * (direction, value, value max, unit, qualifier), by when and from when (due date, baseline year),
 * and where it was said (document title, path, and the quote).
 */
public record TargetRow(String place, Integer year, String kind, String indicatorId, String indicator,
    String phrase, String direction, double value, Double valueMax, String unit, String qualifier,
    String due, Integer baselineYear, String title, String path, String quote) {

  /** The column a value belongs in: values of another direction or unit are never compared. */
  public String column() {
    return direction + (unit == null ? "" : " (" + unit + ")");
  }
}
