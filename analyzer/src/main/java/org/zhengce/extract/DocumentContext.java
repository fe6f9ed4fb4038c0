package org.zhengce.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What extraction knows of a document beyond its text: the date that 今年, 年底前… resolve against
 * (null when unknown), the canonical place (衡水市; null when unknown), the kind, and the profile of
 * rules chosen for that kind. Immutable.
 */
public record DocumentContext(LocalDate date, String place, Kind kind, ExtractionProfile profile) {

  public DocumentContext {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(profile, "profile");
  }

  /** The context of a document of {@code kind}, with the profile for that kind. */
  public static DocumentContext of(LocalDate date, String place, Kind kind) {
    return new DocumentContext(date, place, kind, ExtractionProfile.forKind(kind));
  }

  /** A speech of unknown kind: the rules the seeds were written on. */
  public static DocumentContext speech(LocalDate date, String place) {
    return of(date, place, Kind.SPEECH);
  }
}
