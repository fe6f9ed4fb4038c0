package org.zhengce.extract;

import java.time.LocalDate;
import java.util.Objects;
import org.zhengce.structure.Outline;

/**
 * What extraction knows of a document beyond its text: the date that 今年, 年底前… resolve against
 * (null when unknown), the canonical place (衡水市; null when unknown), the kind, the profile of
 * rules chosen for that kind, and the document's outline (headings, items and their attributions,
 * table rows, the parts of a work report), in positions of the normalized text extraction reads.
 * Immutable.
 */
public record DocumentContext(LocalDate date, String place, Kind kind, ExtractionProfile profile,
    Outline outline) {

  public DocumentContext {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(outline, "outline");
  }

  /** The context of a document of {@code kind} with its outline, and the profile for that kind. */
  public static DocumentContext of(LocalDate date, String place, Kind kind, Outline outline) {
    return new DocumentContext(date, place, kind, ExtractionProfile.forKind(kind), outline);
  }

  /** A speech without known structure: the rules the seeds were written on. */
  public static DocumentContext speech(LocalDate date, String place) {
    return of(date, place, Kind.SPEECH, Outline.none());
  }
}
