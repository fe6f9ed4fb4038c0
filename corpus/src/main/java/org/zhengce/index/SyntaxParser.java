package org.zhengce.index;

import static org.zhengce.index.IndexFields.BODY;
import static org.zhengce.index.IndexFields.TITLE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax for {@link QueryReader}: the words of each field query are read as
 * one chunk over title and body (all must occur), an unknown field ({@code COD:减排}) is text, and
 * prefix, wildcard, fuzzy, regular-expression and range queries without a field look in title and
 * body. One instance a query.
 */
final class SyntaxParser extends QueryParser {

  static final String ANY = "\u0000any";
  private final BiFunction<List<String>, String, Query> chunk;
  private final BiFunction<List<String>, String, Query> phrase;
  private final List<String> phraseFields;

  /**
   * A parser whose unquoted words are read by {@code chunk} and whose quoted phrases by {@code
   * phrase} (null: Lucene's phrase query); a quoted phrase without a field is looked for in {@code
   * phraseFields} (title and body to find documents, the body alone to mark passages).
   */
  SyntaxParser(Analyzer analyzer, BiFunction<List<String>, String, Query> chunk,
      BiFunction<List<String>, String, Query> phrase, List<String> phraseFields) {
    super(ANY, analyzer);
    this.chunk = chunk;
    this.phrase = phrase;
    this.phraseFields = phraseFields;
    setDefaultOperator(Operator.AND);
    setAutoGeneratePhraseQueries(false);
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (!field.equals(ANY) && !QueryReader.FIELDS.contains(field)) { // COD:减排 is text, not a field
      return getFieldQuery(ANY, field + ":" + text, quoted);
    }
    List<String> fields = field.equals(ANY) ? List.of(TITLE, BODY) : List.of(field);
    if (!quoted) {
      return chunk.apply(fields, text);
    }
    Query asWritten = phrase.apply(fields, text);
    if (asWritten != null) {
      return asWritten;
    }
    return either(fields, f -> {
      try {
        Query q = super.getFieldQuery(f, text, true);
        return q instanceof PhraseQuery p ? WordPairs.standard().filtered(p) : q;
      } catch (ParseException e) {
        throw new IllegalArgumentException(e);
      }
    });
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    if (!field.equals(ANY)) {
      return super.getFieldQuery(field, text, slop);
    }
    List<Query> each = new ArrayList<>();
    for (String f : phraseFields) {
      each.add(super.getFieldQuery(f, text, slop));
    }
    return either(each);
  }

  @Override
  protected Query getPrefixQuery(String field, String text) throws ParseException {
    return field.equals(ANY) ? either(List.of(super.getPrefixQuery(TITLE, text), super.getPrefixQuery(BODY, text)))
        : super.getPrefixQuery(field, text);
  }

  @Override
  protected Query getWildcardQuery(String field, String text) throws ParseException {
    return field.equals(ANY) ? either(List.of(super.getWildcardQuery(TITLE, text), super.getWildcardQuery(BODY, text)))
        : super.getWildcardQuery(field, text);
  }

  @Override
  protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
    return field.equals(ANY)
        ? either(List.of(super.getFuzzyQuery(TITLE, text, similarity), super.getFuzzyQuery(BODY, text, similarity)))
        : super.getFuzzyQuery(field, text, similarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String text) throws ParseException {
    return field.equals(ANY) ? either(List.of(super.getRegexpQuery(TITLE, text), super.getRegexpQuery(BODY, text)))
        : super.getRegexpQuery(field, text);
  }

  @Override
  protected Query getRangeQuery(String field, String a, String b, boolean startInc, boolean endInc)
      throws ParseException {
    return field.equals(ANY)
        ? either(List.of(super.getRangeQuery(TITLE, a, b, startInc, endInc), super.getRangeQuery(BODY, a, b, startInc, endInc)))
        : super.getRangeQuery(field, a, b, startInc, endInc);
  }

  private static Query either(List<String> fields, Function<String, Query> each) {
    return either(fields.stream().map(each).toList());
  }

  private static Query either(List<Query> queries) {
    List<Query> found = queries.stream().filter(q -> q != null).toList();
    if (found.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    found.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
    return any.build();
  }
}
