package org.zhengce.index;

import static org.zhengce.index.IndexFields.BODY;
import static org.zhengce.index.IndexFields.TITLE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user typed into a query over title and body. Plain text (河长制/湖长制, PM2.5!,
 * [十四五], an unbalanced quote, a lone AND) is read as words, never as syntax; text with operators
 * (quotes, AND/OR/NOT, +word/-word, title:…, 环*, ~, ^, ranges) is read with Lucene's classic
 * syntax. Either way the words of one unspaced chunk (雄安新區 → 雄 安 新区) must all occur, in
 * the title or the body, and the chunk as a phrase ranks higher; a query made only of a negation
 * (NOT 香港) means everything else. Thread-safe.
 */
final class QueryReader {

  /** The most distinct words a query may hold. */
  static final int MAX_WORDS = 400;
  static final Set<String> FIELDS = Set.of(TITLE, BODY);
  private static final Pattern SYNTAX = Pattern.compile(
      "\"[^\"]+\"" // a quoted phrase
          + "|\\S\\s+(AND|OR|&&|\\|\\|)\\s+\\S" // a binary operator between two words
          + "|(^|\\s)(NOT|!)\\s*[^\\s!]" // a negation before a word
          + "|(^|[\\s(])[+-][^\\s+-]" // a required or excluded word
          + "|(^|[\\s(])(title|body):\\S" // a field of the index
          + "|[^\\s*?][*?](\\s|$)" // a wildcard at the end of a word
          + "|[^\\s~]~\\d*(\\.\\d+)?(\\s|$)|[^\\s^]\\^\\d" // fuzzy, proximity or boost
          + "|[\\[{]\\S+ TO \\S+[\\]}]" // a range
          + "|(^|\\s)/[^/\\s]+/(\\s|$)"); // a regular expression
  private static final Pattern OPERATOR_WORD = Pattern.compile("\\b(AND|OR|NOT)\\b");
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  private final Analyzer analyzer;

  QueryReader(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Whether {@code text} uses query syntax rather than being plain words. */
  static boolean usesSyntax(String text) {
    return SYNTAX.matcher(text).find();
  }

  /**
   * The query {@code text} means.
   *
   * @throws IllegalArgumentException with one line, for an empty, malformed or too long query
   */
  Query read(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty query: give one or more words to look for");
    }
    String input = usesSyntax(text) ? protectPlainCharacters(text) : plain(text);
    Query query;
    try {
      query = new SyntaxParser(analyzer, this::chunk).parse(input);
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException(reason(e));
    }
    return everythingBut(query);
  }

  /** Plain text, escaped so that no character is syntax and AND/OR/NOT are words. */
  private static String plain(String text) {
    Matcher m = OPERATOR_WORD.matcher(QueryParser.escape(text));
    return m.replaceAll(r -> r.group().toLowerCase(java.util.Locale.ROOT));
  }

  /** A query with syntax, with the characters that are text in Chinese writing escaped. */
  private static String protectPlainCharacters(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char before = i == 0 ? ' ' : text.charAt(i - 1);
      quoted ^= c == '"';
      boolean insideWord = !Character.isWhitespace(before) && before != '(';
      if (!quoted && ((c == '/' && insideWord) || (c == '!' && insideWord) || c == '\\'
          || (c == ':' && !FIELDS.contains(wordBefore(text, i))))) {
        out.append('\\');
      }
      out.append(c);
    }
    if (quoted) { // an unbalanced quote is text
      int last = out.lastIndexOf("\"");
      out.insert(last, '\\');
    }
    return out.toString();
  }

  private static String wordBefore(String text, int end) {
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  /** A query of negations only matches nothing in Lucene; here it means all other documents. */
  private static Query everythingBut(Query query) {
    if (query instanceof BooleanQuery b && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT)) {
      BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
      b.clauses().forEach(all::add);
      return all.build();
    }
    return query;
  }

  private static String reason(Exception e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("query too long")) {
      return e.getMessage();
    }
    if (cause instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses || String.valueOf(e.getMessage()).contains("too many boolean clauses")) {
      return "query too long: at most " + MAX_WORDS + " different words";
    }
    Matcher column = COLUMN.matcher(String.valueOf(e.getMessage()));
    return "malformed query" + (column.find() ? " near character " + column.group(1) : "")
        + ": check its quotes, brackets and AND/OR/NOT, or put text in quotes to find it as written";
  }

  /** Words at their positions in one unspaced chunk: several words at one position are alternatives. */
  private List<Set<String>> positions(String field, String chunk) {
    List<Set<String>> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, chunk)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || out.isEmpty()) {
          out.add(new LinkedHashSet<>());
        }
        out.get(out.size() - 1).add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new IllegalStateException(e); // a string reader does not fail
    }
    return out;
  }

  /** Every word of {@code chunk} in one of {@code fields}; the chunk as a phrase scores higher. */
  Query chunk(List<String> fields, String chunk) {
    List<Set<String>> words = positions(BODY, chunk);
    if (words.isEmpty()) {
      return null;
    }
    if (new LinkedHashSet<>(words).size() > MAX_WORDS) {
      throw new IllegalArgumentException("query too long: at most " + MAX_WORDS + " different words");
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Set<String> alternatives : new LinkedHashSet<>(words)) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String field : fields) {
        for (String word : alternatives) {
          any.add(boosted(field, new TermQuery(new Term(field, word))), Occur.SHOULD);
        }
      }
      all.add(any.build(), Occur.MUST);
    }
    if (words.size() > 1 && words.size() <= 16) {
      for (String field : fields) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
          phrase.add(new Term(field, words.get(i).iterator().next()), i);
        }
        all.add(boosted(field, phrase.build()), Occur.SHOULD);
      }
    }
    return all.build();
  }

  private static Query boosted(String field, Query q) {
    return field.equals(TITLE) ? new BoostQuery(q, 2f) : q;
  }

}
