package org.zhengce.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.zhengce.extract.Kind;

/**
 * What a document says about itself: the {@code document} object of records.md without its flags.
 * {@code title}, {@code issuer}, {@code place} and {@code speakers} are normalized (simplified,
 * artifacts repaired); {@code date}, {@code title}, {@code issuer} and {@code place} are null when
 * unknown. Made by {@link MetadataExtractor}. Immutable.
 */
public record DocumentMetadata(String title, LocalDate date, String issuer, String place,
    List<String> speakers, Kind kind, Script script) {

  /** The script of the original; {@link #label()} is the JSON value. */
  public enum Script {
    SIMPLIFIED, TRADITIONAL, MIXED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public DocumentMetadata {
    speakers = List.copyOf(speakers);
  }

  /** The date as records.md writes it (2016-06-30), or null. */
  public String isoDate() {
    return date == null ? null : date.toString();
  }
}
