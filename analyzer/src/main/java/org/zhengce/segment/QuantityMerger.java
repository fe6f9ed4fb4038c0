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

  /**
   * {@code tokens} of {@code text} with those inside each of {@code spans} merged. The tokens
   * between two spans are copied as they are, found by binary search, not one by one.
   */
  List<Token> merge(String text, List<Token> tokens, List<Span> spans) {
    if (spans.isEmpty()) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    int t = 0;
    for (Span span : spans) {
      int first = firstEndingAfter(tokens, t, span.start());
      out.addAll(tokens.subList(t, first));
      t = first;
      if (first == tokens.size() || tokens.get(first).start() >= span.end()) {
        continue; // no token left in the span
      }
      Token tok = tokens.get(first);
      if (tok.start() < span.start()) { // the token crosses into the quantity: keep its head
        out.add(cut(text, tok, tok.start(), span.start()));
      }
      int qEnd = span.end();
      int last = first;
      while (last + 1 < tokens.size() && tokens.get(last + 1).start() < qEnd) {
        last++;
      }
      int from = Math.max(span.start(), tok.start());
      int to = Math.min(qEnd, tokens.get(last).end());
      out.add(new Token(text.substring(from, to), from, to, "mq"));
      Token tail = tokens.get(last);
      if (tail.end() > qEnd) { // the last token runs past the quantity: keep its tail
        out.add(cut(text, tail, qEnd, tail.end()));
      }
      t = last + 1;
    }
    out.addAll(tokens.subList(t, tokens.size()));
    return out;
  }

  /** The first token from {@code from} on that ends after {@code position} (tokens are in order). */
  private static int firstEndingAfter(List<Token> tokens, int from, int position) {
    int lo = from;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static Token cut(String text, Token tok, int from, int to) {
    return new Token(text.substring(from, to), from, to, tok.pos());
  }
}
