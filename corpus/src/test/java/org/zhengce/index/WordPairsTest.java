package org.zhengce.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengce.lucene.ZhengceAnalyzer;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.pipeline.SourceToken;

/**
 * A phrase of common words is found through the pairs of its words next to each other, and finds
 * exactly what the phrase alone finds, on sentences of ../shared/corpus indexed both ways the index
 * takes a body (the pipeline's words, or the text analyzed again); counted and ranked in two
 * passes, a query finds and ranks what one pass does.
 */
class WordPairsTest {

  @TempDir static Path dir;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;
  private static final DocumentPipeline PIPELINE = DocumentPipeline.standard();

  private static final String[][] DOCS = {
      // xinwenlianbo/xwlb_20230815: 生态 环境保护, the compound whole
      {"xwlb.txt", "中央生态环境保护督察制度成为推动地方党委和政府落实生态环境保护责任的硬招实招"},
      // env_carbon_plans_pdf/463、大同市“十四五”生态环境保护规划: 生态 环境 保护 as three words
      {"datong.txt", "加强黄河流域生态环境保护修复，推进生态环境保护工作。"},
      // five_year_plans/全国_第十一个五年规划纲要_2006: the words in one sentence, not next to each other
      {"plan11.txt", "因地制宜发展资源环境可承载的特色产业，加强生态修复和环境保护，引导超载人口逐步有序转移。"},
      // city_gwr_2024/2024_南京_政府工作报告
      {"nanjing.txt", "纵深推进长江大保护。持续抓好中央生态环保督察反馈问题整改。全面推进美丽南京建设。"},
      // city_gwr_2024/2024_天门_政府工作报告: 全面 and 推进 apart
      {"tianmen.txt", "严格落实河湖长制，全面 推进林长制，全面深化改革。"},
  };

  private static final String[] PHRASES = {"生态环境保护", "生态环境", "环境保护", "全面推进", "推进生态环境保护工作",
      "落实生态环境保护责任", "加强生态", "生态修复", "环境保护督察", "全面深化改革", "深化改革"};

  @BeforeAll
  static void index() throws Exception {
    try (CorpusIndex index = CorpusIndex.open(dir.resolve("index"))) {
      for (String[] doc : DOCS) {
        byte[] bytes = doc[1].getBytes(StandardCharsets.UTF_8);
        ProcessedDocument words = PIPELINE.processWithWords(PIPELINE.read(doc[0], bytes));
        index.put("words/" + doc[0], CorpusIndex.id(bytes), words);
        ProcessedDocument analyzed = PIPELINE.process(PIPELINE.read(doc[0], bytes));
        index.put("analyzed/" + doc[0], CorpusIndex.id(bytes), analyzed.document(), analyzed.extraction());
      }
    }
    reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")));
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  /** Each way the query reader writes the phrase: the exact phrases of its words, compounds whole or apart. */
  private static List<PhraseQuery> phrases(String text) {
    ChunkWords read = ChunkWords.of(text, ZhengceAnalyzer.forIndexing(), new ZhengceAnalyzer());
    List<PhraseQuery> out = new ArrayList<>();
    collect(ChunkQuery.exactPhrases(IndexFields.BODY, read.words()), out);
    return out;
  }

  private static void collect(Query q, List<PhraseQuery> out) {
    if (q instanceof WordPairs.Filtered f) {
      out.add(f.phrase());
    } else if (q instanceof PhraseQuery p) {
      out.add(p);
    } else if (q instanceof org.apache.lucene.search.BooleanQuery b) {
      b.clauses().forEach(c -> collect(c.getQuery(), out));
    }
  }

  @Test
  void aPhraseOfCommonWordsFindsWhatThePhraseAloneFinds() throws IOException {
    int filtered = 0;
    for (String text : PHRASES) {
      for (PhraseQuery phrase : phrases(text)) {
        Query withPairs = WordPairs.standard().filtered(phrase);
        filtered += withPairs instanceof WordPairs.Filtered ? 1 : 0;
        assertEquals(searcher.count(phrase), searcher.count(withPairs), text + ": " + phrase);
      }
    }
    assertTrue(filtered >= PHRASES.length, "most phrases have pairs of common words: " + filtered);
  }

  @Test
  void aQuotedPhraseFindsItsWordsNextToEachOtherWhicheverWayTheBodyWasIndexed() throws Exception {
    try (CorpusSearcher corpus = CorpusSearcher.open(dir.resolve("index"))) {
      CorpusSearcher.Filters none = new CorpusSearcher.Filters(null, null, null, null);
      List<String> found = corpus.search("\"生态环境保护\"", none, 20).hits().stream().map(CorpusSearcher.Hit::path)
          .sorted().toList();
      assertEquals(List.of("analyzed/datong.txt", "analyzed/xwlb.txt", "words/datong.txt", "words/xwlb.txt"), found);
      // 南京's and 天门's (a space between the words leaves no gap), each indexed both ways
      assertEquals(4, corpus.search("\"全面推进\"", none, 20).total());
    }
  }

  @Test
  void twoPassesFindAndRankWhatOnePassDoes() throws IOException {
    FacetedSearcher faceted = new FacetedSearcher(reader);
    QueryReader queries = new QueryReader(new ZhengceAnalyzer(), ZhengceAnalyzer.forIndexing(), Abbreviations.standard());
    for (String text : List.of("\"生态环境保护\"", "\"全面推进\" 改革", "生态 OR 推进", "\"长江大保护\"")) {
      Query q = queries.read(text).words();
      FacetedSearcher.Found one = faceted.collect(q, 3, Long.MAX_VALUE);
      FacetedSearcher.Found two = faceted.collect(q, 3, 0);
      assertTrue(one.total() > 0, text);
      assertEquals(one.total(), two.total(), text);
      assertEquals(hits(one), hits(two), text);
      assertEquals(FacetCounts.of(faceted.facets(), one.facets()), FacetCounts.of(faceted.facets(), two.facets()), text);
    }
  }

  private static List<String> hits(FacetedSearcher.Found found) {
    return java.util.Arrays.stream(found.top().scoreDocs).map(d -> d.doc + ":" + d.score).toList();
  }

  @Test
  void theRewrittenPhraseRequiresItsPairs() throws IOException {
    Query q = WordPairs.standard().filtered(new PhraseQuery(IndexFields.BODY, "生态", "环境", "保护"));
    Query rewritten = searcher.rewrite(q);
    assertInstanceOf(org.apache.lucene.search.BooleanQuery.class, rewritten);
    assertEquals(3, ((org.apache.lucene.search.BooleanQuery) rewritten).clauses().size()); // the phrase and two pairs
    PhraseQuery title = new PhraseQuery(IndexFields.TITLE, "生态", "环境");
    assertSame(title, WordPairs.standard().filtered(title)); // the title has no pairs
  }

  @Test
  void anIndexWrittenWithAnotherTableIsSearchedByThePhrasesAlone() throws IOException {
    WordPairs other = new WordPairs(List.of("生态", "环境保护", "推进"));
    PhraseQuery phrase = new PhraseQuery(IndexFields.BODY, "生态", "环境保护");
    Query q = other.filtered(phrase);
    assertInstanceOf(WordPairs.Filtered.class, q);
    assertEquals(phrase, searcher.rewrite(q)); // its mark is not in the index: the phrase alone
    assertEquals(searcher.count(phrase), searcher.count(q));
    assertNotEquals(0, searcher.count(q));
  }

  @Test
  void theWordsAndTheirAnalyzedTermsGiveTheSamePairs() throws Exception {
    for (String seed : List.of("004_cde5e523752f718d.txt", "000_7f856751f97904c2.txt")) {
      byte[] bytes = Files.readAllBytes(Path.of("..", "examples", seed));
      ProcessedDocument p = PIPELINE.processWithWords(PIPELINE.read(seed, bytes));
      List<String> fromWords = terms(WordPairs.standard().stream(p.words()));
      List<String> fromTerms = terms(WordPairs.standard().stream(
          ZhengceAnalyzer.filtered(new BodyTokenStream(p.words(), p.document().original().length()))));
      assertTrue(fromWords.size() > 100, seed + ": " + fromWords.size());
      assertEquals(fromTerms, fromWords, seed);

      // the analyzed body is indexed once: its terms pass as they are, their pairs gathered on the way
      String text = p.document().original();
      WordPairs.Gathered gathered = new WordPairs.Gathered();
      List<String> passed = terms(WordPairs.standard().recording(
          ZhengceAnalyzer.forIndexing().tokenStream(IndexFields.BODY, text), gathered));
      assertEquals(terms(ZhengceAnalyzer.forIndexing().tokenStream(IndexFields.BODY, text)), passed, seed);
      assertEquals(terms(WordPairs.standard().stream(ZhengceAnalyzer.forIndexing().tokenStream(IndexFields.BODY, text))),
          terms(WordPairs.standard().stream(gathered)), seed);
    }
  }

  @Test
  void everyCommonWordIsATermOfTheIndex() throws IOException {
    List<String> dropped = new ArrayList<>();
    for (String[] row : org.zhengce.text.TsvRows.read(WordPairs.class, "common-words.tsv", 1)) {
      String w = row[0].strip();
      if (!w.equals("word") && terms(ZhengceAnalyzer.filtered(new BodyTokenStream(List.of(new SourceToken(w, 0, w.length(),
          "n", List.of())), w.length()))).isEmpty()) {
        dropped.add(w); // a function word is never indexed: a pair with it would never be found
      }
    }
    assertEquals(List.of(), dropped);
  }

  private static List<String> terms(TokenStream stream) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    try (stream) {
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }
}
