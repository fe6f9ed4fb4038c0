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
 * that every token offset points into the text as stored. Reads its input whole on first use.
 * Not thread-safe, like every Lucene CharFilter: one per token stream.
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

  /** The original offset where normalized text ending at {@code currentOff} ends. */
  int correctEnd(int currentOff) {
    if (text == null) {
      return currentOff;
    }
    return text.offsets().toOriginalEnd(Math.min(currentOff, text.normalized().length()));
  }
}
