package org.zhengce.text;

import java.util.Objects;

/**
 * A text side by side with the original it was normalized from, and the {@link OffsetMap} between
 * them. The original is the source of truth: any span found in {@code normalized} is reported
 * through {@link #toOriginal(int, int)}. Immutable; each normalization stage makes a new one.
 */
public record NormalizedText(String original, String normalized, OffsetMap offsets) {

  public NormalizedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(offsets, "offsets");
    if (offsets.originalLength() != original.length()
        || offsets.normalizedLength() != normalized.length()) {
      throw new IllegalArgumentException("offset map does not fit its texts");
    }
  }

  /** A text not normalized yet: the identity map. */
  public static NormalizedText of(String original) {
    return new NormalizedText(original, original, OffsetMap.identity(original.length()));
  }

  /** The span of the original that normalized {@code [start, end)} came from. */
  public Span toOriginal(int start, int end) {
    return offsets.toOriginal(start, end);
  }

  public Span toOriginal(Span normalizedSpan) {
    return offsets.toOriginal(normalizedSpan);
  }

  /** The original text that normalized {@code [start, end)} came from. */
  public String originalOf(int start, int end) {
    return offsets.toOriginal(start, end).of(original);
  }

  /** This text normalized once more by {@code stage}. */
  public NormalizedText then(TextNormalizer stage) {
    return stage.apply(this);
  }
}
