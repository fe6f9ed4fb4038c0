package org.zhengce.index;

import static org.zhengce.index.IndexFields.BODY;
import static org.zhengce.index.IndexFields.TITLE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a user typed into a query over title and body. Plain text (河长制/湖长制, PM2.5!,
 * [十四五], an unbalanced quote, a lone AND) is read as words, never as syntax; text with operators
 * (quotes, AND/OR/NOT, +word/-word, title:…, 环*, ~, ^, ranges) is read with Lucene's classic
 * syntax. Either way the words of one unspaced chunk (雄安新區 → 雄 安 新区) must all occur, in
 * the title or the body, compounds also written apart and abbreviations also in full ({@link
 * ChunkQuery}), and the words near each other rank higher; a query made only of a negation (NOT
 * 香港) means everything else. Thread-safe.
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
  private final ChunkQuery chunks;

  /** Queries read with {@code analyzer}, compounds split by {@code indexing}, {@code abbreviations} applied. */
  QueryReader(Analyzer analyzer, Analyzer indexing, Abbreviations abbreviations) {
    this.analyzer = analyzer;
    this.chunks = new ChunkQuery(analyzer, indexing, abbreviations);
  }

  /** Whether {@code text} uses query syntax rather than being plain words. */
  static boolean usesSyntax(String text) {
    return SYNTAX.matcher(text).find();
  }

  /**
   * What a query means: the query that finds and ranks the documents by their words, the nearness
   * of the words of its chunks that ranks the best of them again (null when no chunk has two
   * words), the query that marks their passages, and whether the query holds a quoted phrase.
   */
  record Read(Query words, Query near, Query passages, boolean phrases) {}

  /**
   * The query {@code text} means, as the search finds and ranks documents and as passages mark it.
   *
   * @throws IllegalArgumentException with one line, for an empty, malformed or too long query
   */
  Read read(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty query: give one or more words to look for");
    }
    String input = usesSyntax(text) ? protectPlainCharacters(text) : plain(text);
    Map<List<String>, ChunkQuery.Built> built = new HashMap<>(); // each chunk read once for both queries
    Function<List<String>, ChunkQuery.Built> chunk = k -> built.computeIfAbsent(k,
        key -> chunks.build(key.subList(1, key.size()), key.get(0)));
    Map<List<String>, Optional<Query>> phrases = new HashMap<>(); // each quoted phrase read once too
    BiFunction<List<String>, String, Query> phrase = (fields, quoted) -> phrases.computeIfAbsent(
        Stream.concat(Stream.of(quoted), fields.stream()).toList(),
        k -> Optional.ofNullable(chunks.phrase(fields, quoted))).orElse(null);
    Query words;
    Query passages;
    try {
      words = new SyntaxParser(analyzer, (fields, c) -> query(chunk, fields, c, true), phrase, List.of(TITLE, BODY))
          .parse(input);
      passages = new SyntaxParser(analyzer, (fields, c) -> query(chunk, fields, c, false), phrase, List.of(BODY))
          .parse(input); // passages are of the body: a phrase's title clauses would be matched for nothing
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException(reason(e));
    }
    BooleanQuery.Builder near = new BooleanQuery.Builder();
    built.values().stream().filter(b -> b != null && b.near() != null).forEach(b -> near.add(b.near(), Occur.SHOULD));
    BooleanQuery nearness = near.build();
    return new Read(everythingBut(words), nearness.clauses().isEmpty() ? null : nearness, everythingBut(passages),
        !phrases.isEmpty());
  }

  private static Query query(Function<List<String>, ChunkQuery.Built> chunk, List<String> fields, String text,
      boolean scoring) {
    List<String> key = new java.util.ArrayList<>();
    key.add(text);
    key.addAll(fields);
    ChunkQuery.Built b = chunk.apply(key);
    return b == null ? null : scoring ? b.words() : b.matching();
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

}
