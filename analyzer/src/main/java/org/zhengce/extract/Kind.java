package org.zhengce.extract;

import java.util.Locale;

/**
 * What sort of text a document is; extraction reads it to choose its {@link ExtractionProfile}.
 * {@link #label()} is the JSON value of records.md's {@code kind}.
 */
public enum Kind {
  SPEECH, MEETING, NOTICE, PLAN, REPORT, NEWS;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
