package org.zhengce.index;

import java.util.ArrayDeque;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.zhengce.pipeline.SourceToken;

/**
 * The body's words as the pipeline segmented them, as a token stream: what {@code
 * ZhengceAnalyzer.forIndexing()} would make of the original, without segmenting it again — each
 * word with its offsets in the original, each compound followed by the words inside it at the
 * same position. One per field value.
 */
final class BodyTokenStream extends TokenStream {

  private final List<SourceToken> words;
  private final int length;
  private final ArrayDeque<SourceToken> inside = new ArrayDeque<>();
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private int next;

  /** @param length the length of the original, where the stream ends */
  BodyTokenStream(List<SourceToken> words, int length) {
    this.words = words;
    this.length = length;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    SourceToken w;
    if (!inside.isEmpty()) {
      w = inside.poll();
      position.setPositionIncrement(0);
    } else if (next < words.size()) {
      w = words.get(next++);
      inside.addAll(w.inside());
    } else {
      return false;
    }
    term.setEmpty().append(w.text());
    offset.setOffset(w.start(), w.end());
    type.setType(w.pos());
    return true;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offset.setOffset(length, length);
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
    inside.clear();
  }
}
