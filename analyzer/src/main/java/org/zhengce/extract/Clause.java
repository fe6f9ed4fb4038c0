package org.zhengce.extract;

/**
 * A clause of normalized text: a span between commas, colons or sentence ends, the sentence it
 * belongs to, and the length of a leading enumeration marker (一是, 第二, (三), 1.) if any.
 */
public record Clause(int start, int end, int sentence, int markerLength) {

  public String of(String text) {
    return text.substring(start, end);
  }

  /** Where the clause's own words begin, after its enumeration marker. */
  public int bodyStart() {
    return start + markerLength;
  }
}
