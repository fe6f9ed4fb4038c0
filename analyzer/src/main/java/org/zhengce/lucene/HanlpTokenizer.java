package org.zhengce.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.segment.Segmenter;
import org.zhengce.segment.Token;

/**
 * A Lucene {@link Tokenizer} over zhengce's {@link Segmenter}: words with their part of speech
 * as type, numbers with their units whole (PM2.5, 10%, 15万亩), punctuation left out. Every start
 * and end offset goes through the whole CharFilter chain ({@code correctOffset}; ends through {@link
 * NormalizingCharFilter#correctEnd} when that filter feeds it, which chains on upstream), as
 * Lucene's SegmentingTokenizerBase does, so an {@code HTMLStripCharFilter} in front is safe. Reads its input whole. Not thread-safe: one per token stream; the
 * segmenter it shares is.
 */
public final class HanlpTokenizer extends Tokenizer {

  private final Segmenter segmenter;
  private final HanlpSegmenter compounds;
  private final java.util.ArrayDeque<Token> inside = new java.util.ArrayDeque<>();
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private List<Token> tokens;
  private int next;
  private int length;

  /** Words only, as the segmenter gives them (at query time). */
  public HanlpTokenizer(Segmenter segmenter) {
    this(segmenter, null);
  }

  /**
   * Words, each compound followed by the shorter words inside it at the same position (at index
   * time: 中央环境保护督察 is found by 环境保护督察).
   */
  public HanlpTokenizer(Segmenter segmenter, HanlpSegmenter compounds) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, segmenter, compounds);
  }

  /** The same with the attribute factory a TokenizerFactory is given; {@code compounds} may be null. */
  public HanlpTokenizer(AttributeFactory factory, Segmenter segmenter, HanlpSegmenter compounds) {
    super(factory);
    this.segmenter = segmenter;
    this.compounds = compounds;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (tokens == null) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      int n;
      while ((n = input.read(buf)) > 0) {
        sb.append(buf, 0, n);
      }
      String text = sb.toString();
      length = text.length();
      tokens = segmenter.segment(text);
    }
    if (!inside.isEmpty()) {
      emit(inside.poll());
      position.setPositionIncrement(0);
      return true;
    }
    while (next < tokens.size()) {
      Token t = tokens.get(next++);
      if (t.isPunctuation() || t.text().isBlank()) {
        continue;
      }
      emit(t);
      if (compounds != null) {
        inside.addAll(compounds.wordsInside(t));
      }
      return true;
    }
    return false;
  }

  private void emit(Token t) {
    term.setEmpty().append(t.text());
    int start = correctOffset(t.start());
    offset.setOffset(start, Math.max(start, correctEnd(t.end())));
    type.setType(t.pos());
  }

  /**
   * An end through the chain: the end semantics of {@link NormalizingCharFilter} when it reads
   * this tokenizer's input (then on through its upstream filters); otherwise Lucene's own {@code
   * correctOffset}, which every CharFilter chains, wherever ours sits further up.
   */
  private int correctEnd(int end) {
    return input instanceof NormalizingCharFilter f ? f.correctEnd(end) : correctOffset(end);
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(length);
    offset.setOffset(last, last);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    tokens = null;
    inside.clear();
    next = 0;
    length = 0;
  }
}
