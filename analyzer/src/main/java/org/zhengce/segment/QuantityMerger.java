package org.zhengce.segment;

import java.util.ArrayList;
import java.util.List;
import org.zhengce.number.QuantityParser;
import org.zhengce.text.Span;

/**
 * Keeps numbers with their units as single tokens after segmentation: {@code PM2.5}, {@code 10%},
 * {@code 3.4个百分点}, {@code 15万亩}, {@code 1000余万元}, {@code 三至五年}, {@code 2020年}. The spans
 * come from {@link QuantityParser#numberSpans(String)}, the one number grammar, so the tokens and
 * the extracted quantities agree ({@code 统一年度} stays apart because the grammar reads no number
 * there). Tokens inside a span are merged, tokens crossing its edge are cut there. Immutable and
 * thread-safe.
 */
final class QuantityMerger {

  private final QuantityParser parser = new QuantityParser();

  /** The spans of {@code text} that stay whole. */
  List<Span> spans(String text) {
    return parser.numberSpans(text);
  }

  /** {@code tokens} of {@code text} with those inside each of {@code spans} merged. */
  List<Token> merge(String text, List<Token> tokens, List<Span> spans) {
    if (spans.isEmpty()) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    int s = 0;
    Span span = spans.get(0);
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      while (span != null && span.end() <= tok.start()) {
        span = ++s < spans.size() ? spans.get(s) : null;
      }
      if (span == null || tok.end() <= span.start()) {
        out.add(tok);
        continue;
      }
      if (tok.start() < span.start()) { // the token crosses into the quantity: keep its head
        out.add(cut(text, tok, tok.start(), span.start()));
      }
      int qEnd = span.end();
      int last = t;
      while (last + 1 < tokens.size() && tokens.get(last + 1).start() < qEnd) {
        last++;
      }
      int from = Math.max(span.start(), tok.start());
      out.add(new Token(text.substring(from, Math.min(qEnd, tokens.get(last).end())), from,
          Math.min(qEnd, tokens.get(last).end()), "mq"));
      Token tail = tokens.get(last);
      if (tail.end() > qEnd) { // the last token runs past the quantity: keep its tail
        out.add(cut(text, tail, qEnd, tail.end()));
      }
      t = last;
      span = ++s < spans.size() ? spans.get(s) : null;
    }
    return out;
  }

  private static Token cut(String text, Token tok, int from, int to) {
    return new Token(text.substring(from, to), from, to, tok.pos());
  }
}
