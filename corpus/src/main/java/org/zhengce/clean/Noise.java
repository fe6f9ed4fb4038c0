package org.zhengce.clean;

import org.zhengce.text.Span;

/**
 * A region of a document's original text that analysis leaves out: site navigation and footers,
 * a truncation notice, or garbled characters. The original keeps it; normalization masks it.
 */
public record Noise(Span span, Kind kind, String reason) {

  /** What the region is; each kind sets one document flag of records.md. */
  public enum Kind {
    BOILERPLATE("boilerplate"),
    /** Page numbers and running headers, left out by the layout repair of normalization. */
    PAGE_FURNITURE("boilerplate"),
    TRUNCATION("truncated"),
    GARBLED("garbled"),
    /** Header fields (发布日期, 来源, 点击…) and bare date lines: metadata, not body; no flag. */
    METADATA(null);

    private final String flag;

    Kind(String flag) {
      this.flag = flag;
    }

    /** The document flag this kind sets, null for none. */
    public String flag() {
      return flag;
    }
  }
}
