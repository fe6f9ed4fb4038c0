package org.zhengce.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;

/**
 * A number of a query as documents write it: the index holds a number with its unit as one word
 * (1100万人, 18.18亿亩), so a query's 1100万 also matches the words that go on with a unit (1100万人),
 * never with more digits or a larger magnitude (11000, 1100万亿). Stateless.
 */
final class Quantities {

  /** What may follow the number: up to three characters, none a digit, a point or a magnitude. */
  private static final String UNIT = "[^0-9.十百千万亿兆]{0,3}";
  /** The most unit forms one number stands for. */
  private static final int MAX_FORMS = 16;

  private Quantities() {}

  /** {@code number} and the words that go on from it with a unit, scored as one word. */
  static Query withUnit(String field, String number) {
    return new RegexpQuery(new Term(field, escaped(number) + UNIT), RegExp.NONE, 0, RegexpQuery.DEFAULT_PROVIDER,
        Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_FORMS));
  }

  /** The same as a span, for nearness. */
  static SpanQuery withUnitSpan(String field, String number) {
    SpanMultiTermQueryWrapper<RegexpQuery> span = new SpanMultiTermQueryWrapper<>(
        new RegexpQuery(new Term(field, escaped(number) + UNIT), RegExp.NONE));
    span.setRewriteMethod(new SpanMultiTermQueryWrapper.TopTermsSpanBooleanQueryRewrite(MAX_FORMS));
    return span;
  }

  private static String escaped(String literal) {
    StringBuilder out = new StringBuilder(literal.length() + 4);
    literal.codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c)) {
        out.appendCodePoint(c);
      } else {
        out.append('\\').appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
