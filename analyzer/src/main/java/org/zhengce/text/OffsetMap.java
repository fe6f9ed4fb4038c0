package org.zhengce.text;

import java.util.Arrays;

/**
 * Maps positions of a normalized text back to the original it was made from. The map is a
 * sequence of segments, each pairing a range of normalized text with the range of original text
 * it came from: <em>linear</em> segments map position by position (kept, or replaced character
 * for character), other segments map only as a whole (a phrase replaced by one of another
 * length). Deleted original text has no normalized segment. Maps are immutable, built while
 * writing with {@link Builder#keep} and {@link Builder#replace}, and compose stage by stage with
 * {@link #andThen}. Mapped spans always lie inside the original and keep their order.
 */
public final class OffsetMap {

  private final int[] normStart;
  private final int[] normEnd;
  private final int[] origStart;
  private final int[] origEnd;
  private final boolean[] linear;
  private final int size;
  private final int normalizedLength;
  private final int originalLength;

  private OffsetMap(Builder b) {
    this.size = b.size;
    this.normStart = Arrays.copyOf(b.normStart, size);
    this.normEnd = Arrays.copyOf(b.normEnd, size);
    this.origStart = Arrays.copyOf(b.origStart, size);
    this.origEnd = Arrays.copyOf(b.origEnd, size);
    this.linear = Arrays.copyOf(b.linear, size);
    this.normalizedLength = b.norm;
    this.originalLength = b.orig;
  }

  /** The map of a text to itself. */
  public static OffsetMap identity(int length) {
    return new Builder().keep(length).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public int normalizedLength() {
    return normalizedLength;
  }

  public int originalLength() {
    return originalLength;
  }

  /** The original position where the normalized character at {@code position} starts. */
  public int toOriginalStart(int position) {
    checkPosition(position);
    int k = segmentStartingAtOrBefore(position);
    if (k < 0) {
      return 0;
    }
    if (position >= normEnd[k]) { // at or past the end of the last segment
      return k + 1 < size ? origStart[k + 1] : originalLength;
    }
    return linear[k] ? origStart[k] + (position - normStart[k]) : origStart[k];
  }

  /** The original position where normalized text ending at {@code position} ends. */
  public int toOriginalEnd(int position) {
    checkPosition(position);
    int k = segmentStartingAtOrBefore(position - 1);
    if (k < 0) {
      return size > 0 ? origStart[0] : 0;
    }
    return linear[k] ? origStart[k] + (position - normStart[k]) : origEnd[k];
  }

  /** The span of the original that the normalized span came from. */
  public Span toOriginal(Span normalized) {
    return toOriginal(normalized.start(), normalized.end());
  }

  public Span toOriginal(int start, int end) {
    if (start == end) {
      int p = toOriginalStart(start);
      return new Span(p, p);
    }
    int s = toOriginalStart(start);
    int e = toOriginalEnd(end);
    return new Span(s, Math.max(s, e));
  }

  /**
   * The normalized span that the original span {@code [start, end)} became: the inverse of {@link
   * #toOriginal(int, int)} for spans made of whole segments. Original text that was deleted maps
   * to an empty span where it stood.
   */
  public Span toNormalized(int start, int end) {
    int s = normalizedAt(start, true);
    int e = Math.max(s, normalizedAt(end, false));
    return new Span(s, e);
  }

  /** Where original position {@code p} falls in the normalized text. */
  private int normalizedAt(int p, boolean isStart) {
    // the last segment whose original range starts at or before p
    int lo = 0;
    int hi = size - 1;
    int k = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (origStart[mid] <= p) {
        k = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (k < 0) {
      return 0;
    }
    if (p >= origEnd[k]) { // after segment k: at its end (text between was deleted)
      return normEnd[k];
    }
    if (linear[k]) {
      return normStart[k] + (p - origStart[k]);
    }
    return isStart || p == origStart[k] ? normStart[k] : normEnd[k];
  }

  /**
   * This map followed by {@code next}, where {@code next} maps a further normalization of this
   * map's normalized text: the result maps {@code next}'s normalized text to this map's original.
   */
  public OffsetMap andThen(OffsetMap next) {
    if (next.originalLength != normalizedLength) {
      throw new IllegalArgumentException(
          "map of " + next.originalLength + " chars cannot follow one of " + normalizedLength);
    }
    Builder b = new Builder();
    for (int j = 0; j < next.size; j++) {
      int ns = next.normStart[j];
      int ne = next.normEnd[j];
      int ms = next.origStart[j];
      int me = next.origEnd[j];
      if (!next.linear[j] || ms == me) {
        int os = toOriginalStart(ms);
        int oe = ms == me ? os : toOriginalEnd(me);
        b.segment(ns, ne, os, Math.max(os, oe), false);
        continue;
      }
      int pos = ms;
      while (pos < me) {
        int k = segmentStartingAtOrBefore(pos);
        int pieceEnd = Math.min(me, normEnd[k]);
        int outStart = ns + (pos - ms);
        int outEnd = ns + (pieceEnd - ms);
        if (linear[k]) {
          int os = origStart[k] + (pos - normStart[k]);
          b.segment(outStart, outEnd, os, os + (outEnd - outStart), true);
        } else {
          b.segment(outStart, outEnd, origStart[k], origEnd[k], false);
        }
        pos = pieceEnd;
      }
    }
    b.norm = next.normalizedLength;
    b.orig = originalLength;
    return new OffsetMap(b);
  }

  private int segmentStartingAtOrBefore(int position) {
    int lo = 0;
    int hi = size - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (normStart[mid] <= position) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private void checkPosition(int position) {
    if (position < 0 || position > normalizedLength) {
      throw new IndexOutOfBoundsException(
          "position " + position + " outside normalized text of " + normalizedLength);
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("OffsetMap[");
    for (int k = 0; k < size; k++) {
      sb.append(k == 0 ? "" : ", ")
          .append(normStart[k]).append('-').append(normEnd[k])
          .append(linear[k] ? "=" : "~")
          .append(origStart[k]).append('-').append(origEnd[k]);
    }
    return sb.append(']').toString();
  }

  /**
   * Builds a map while a normalizer writes its output: {@code keep(n)} for text copied (or
   * replaced character for character), {@code replace(a, b)} for {@code a} original characters
   * that became {@code b} normalized ones.
   */
  public static final class Builder {
    private int[] normStart = new int[16];
    private int[] normEnd = new int[16];
    private int[] origStart = new int[16];
    private int[] origEnd = new int[16];
    private boolean[] linear = new boolean[16];
    private int size;
    private int norm;
    private int orig;

    private Builder() {}

    /** {@code n} characters that map position by position. */
    public Builder keep(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("negative length " + n);
      }
      if (n > 0) {
        segment(norm, norm + n, orig, orig + n, true);
      }
      norm += n;
      orig += n;
      return this;
    }

    /** {@code originalLength} characters replaced, as a whole, by {@code normalizedLength}. */
    public Builder replace(int originalLength, int normalizedLength) {
      if (originalLength < 0 || normalizedLength < 0) {
        throw new IllegalArgumentException("negative length");
      }
      if (normalizedLength > 0) {
        segment(norm, norm + normalizedLength, orig, orig + originalLength, false);
      }
      norm += normalizedLength;
      orig += originalLength;
      return this;
    }

    private void segment(int ns, int ne, int os, int oe, boolean lin) {
      if (ns == ne) {
        return;
      }
      if (size > 0 && lin && linear[size - 1] && normEnd[size - 1] == ns && origEnd[size - 1] == os) {
        normEnd[size - 1] = ne;
        origEnd[size - 1] = oe;
        return;
      }
      if (size == normStart.length) {
        int cap = size * 2;
        normStart = Arrays.copyOf(normStart, cap);
        normEnd = Arrays.copyOf(normEnd, cap);
        origStart = Arrays.copyOf(origStart, cap);
        origEnd = Arrays.copyOf(origEnd, cap);
        linear = Arrays.copyOf(linear, cap);
      }
      normStart[size] = ns;
      normEnd[size] = ne;
      origStart[size] = os;
      origEnd[size] = oe;
      linear[size] = lin;
      size++;
    }

    public OffsetMap build() {
      return new OffsetMap(this);
    }
  }
}
