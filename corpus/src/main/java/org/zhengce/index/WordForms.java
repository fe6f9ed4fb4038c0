package org.zhengce.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A word and the longer words that documents write for it, read from the terms of the index: the
 * word followed by one of the {@link WordEndings} (济南 → 济南市) or, for a number, by its unit
 * (1100万 → 1100万人, never 11000 or 1100万亿). One pass over the terms that begin with the word,
 * without an automaton to compile; scored as one word. Immutable.
 */
final class WordForms extends MultiTermQuery {

  /** What may follow the word. */
  enum Continuation {
    /** One ending of the table. */
    ENDING,
    /** Up to three characters, none a digit, a numeral, a point or a magnitude. */
    UNIT;

    boolean accepts(String rest) {
      return switch (this) {
        case ENDING -> WordEndings.standard().endings().contains(rest);
        case UNIT -> rest.length() <= 3
            && rest.chars().noneMatch(c -> Character.isDigit(c) || "．.〇零一二两三四五六七八九十百千万亿兆".indexOf(c) >= 0);
      };
    }
  }

  /** The most forms one word stands for. */
  static final int MAX_FORMS = 16;

  private final String word;
  private final BytesRef prefix;
  private final Continuation continuation;

  WordForms(String field, String word, Continuation continuation) {
    super(field, new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_FORMS));
    this.word = word;
    this.prefix = new BytesRef(word);
    this.continuation = continuation;
  }

  /** The same as a span, for nearness. */
  static SpanQuery span(String field, String word, Continuation continuation) {
    SpanMultiTermQueryWrapper<WordForms> span = new SpanMultiTermQueryWrapper<>(new WordForms(field, word, continuation));
    span.setRewriteMethod(new SpanMultiTermQueryWrapper.TopTermsSpanBooleanQueryRewrite(MAX_FORMS));
    return span;
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    return new FilteredTermsEnum(terms.iterator()) {
      {
        setInitialSeekTerm(prefix);
      }

      @Override
      protected AcceptStatus accept(BytesRef term) {
        if (!StringHelper.startsWith(term, prefix)) {
          return AcceptStatus.END;
        }
        if (term.length == prefix.length) {
          return AcceptStatus.YES;
        }
        String rest = new BytesRef(term.bytes, term.offset + prefix.length, term.length - prefix.length).utf8ToString();
        return continuation.accepts(rest) ? AcceptStatus.YES : AcceptStatus.NO;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String f) {
    return (field.equals(f) ? "" : field + ":") + word + "+" + continuation.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return super.equals(o) && o instanceof WordForms w && w.word.equals(word) && w.continuation == continuation;
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), word, continuation);
  }
}
