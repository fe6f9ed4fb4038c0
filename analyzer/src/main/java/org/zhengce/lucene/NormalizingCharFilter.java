package org.zhengce.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.CharFilter;
import org.zhengce.normalize.Normalization;
import org.zhengce.text.NormalizedText;

/**
 * Applies zhengce's {@link Normalization} (simplified script, pinyin annotations repaired,
 * full-width folded) to a field's text, with {@link #correctOffset} backed by the offset map, so
 * that every token offset points into the text as stored. Works anywhere in a chain: offsets go on
 * through the CharFilters upstream of it ({@code HTMLStripCharFilter}, {@code MappingCharFilter}),
 * starts through {@link #correctOffset} and ends through {@link #correctEnd}. Reads its input
 * whole on first use. Not thread-safe, like every Lucene CharFilter: one per token stream.
 */
public final class NormalizingCharFilter extends CharFilter {

  private final Normalization normalization;
  private NormalizedText text;
  private StringReader normalized;

  public NormalizingCharFilter(Reader input, Normalization normalization) {
    super(input);
    this.normalization = normalization;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (normalized == null) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      int n;
      while ((n = input.read(buf)) > 0) {
        sb.append(buf, 0, n);
      }
      text = normalization.normalize(sb.toString());
      normalized = new StringReader(text.normalized());
    }
    return normalized.read(cbuf, off, len);
  }

  /** The original offset where the normalized character at {@code currentOff} starts. */
  @Override
  protected int correct(int currentOff) {
    if (text == null) {
      return currentOff;
    }
    return text.offsets().toOriginalStart(Math.min(currentOff, text.normalized().length()));
  }

  /**
   * The offset in the text as given where normalized text ending at {@code currentOff} ends:
   * through the offset map's end semantics (a replaced or repaired piece ends where its original
   * ends), then through every CharFilter upstream ({@code HTMLStripCharFilter}…), as {@link
   * #correctOffset} chains a start. Never before the start of the same position.
   */
  public int correctEnd(int currentOff) {
    if (text == null) {
      return correctOffset(currentOff);
    }
    int end = text.offsets().toOriginalEnd(Math.min(currentOff, text.normalized().length()));
    return input instanceof CharFilter upstream ? upstream.correctOffset(end) : end;
  }
}
