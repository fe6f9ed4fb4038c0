package org.zhengce.lucene.factory;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The factories found by their SPI names and the chain they build tested the Lucene way: terms
 * with offsets into the text as given, with and without {@code htmlStrip} in front
 * (code-review P1), and random text on several threads ({@code checkRandomData}).
 */
public class ZhengceFactoriesTest extends BaseTokenStreamTestCase {

  static Analyzer chain(boolean html, Map<String, String> tokenizerArgs) throws IOException {
    CustomAnalyzer.Builder b = CustomAnalyzer.builder(new ClasspathResourceLoader(ZhengceFactoriesTest.class.getClassLoader()));
    if (html) {
      b.addCharFilter("htmlStrip");
    }
    return b.addCharFilter(ZhengceNormalizeCharFilterFactory.NAME)
        .withTokenizer(ZhengceTokenizerFactory.NAME, new HashMap<>(tokenizerArgs))
        .addTokenFilter("lowercase")
        .build();
  }

  public void testFactoriesAreFoundByTheirNames() {
    assertEquals(ZhengceNormalizeCharFilterFactory.class, CharFilterFactory.lookupClass("zhengceNormalize"));
    assertEquals(ZhengceTokenizerFactory.class, TokenizerFactory.lookupClass("zhengce"));
    assertEquals("zhengce", TokenizerFactory.findSPIName(ZhengceTokenizerFactory.class));
  }

  public void testUnknownParametersAreRefused() {
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
        () -> TokenizerFactory.forName("zhengce", new HashMap<>(Map.of("dictionary", "x.txt"))));
    assertTrue(e.getMessage(), e.getMessage().contains("dictionary"));
    expectThrows(IllegalArgumentException.class,
        () -> CharFilterFactory.forName("zhengceNormalize", new HashMap<>(Map.of("mode", "t2s"))));
  }

  /** Seed 001's headline: traditional with the 環(huán) artifact, terms simplified, offsets original. */
  public void testTraditionalTextWithPinyinArtifacts() throws IOException {
    try (Analyzer a = chain(false, Map.of())) {
      assertAnalyzesTo(a, "落實中央環(huán)境保護督察組反饋問題",
          new String[] {"落实", "中央环境保护督察", "组", "反馈问题"},
          new int[] {0, 2, 16, 17},
          new int[] {2, 16, 17, 21});
    }
  }

  /**
   * Code-review P1: with htmlStrip in front the tokenizer threw (startOffset=6,endOffset=4). An end
   * goes through htmlStrip as Lucene's own tokenizers' ends do: past the closing tag.
   */
  public void testHtmlStripInFront() throws IOException {
    try (Analyzer a = chain(true, Map.of())) {
      assertAnalyzesTo(a, "<p><b>河長制</b>和環保督察</p>",
          new String[] {"河长制", "和", "环保督察"},
          new int[] {6, 13, 14},
          new int[] {13, 14, 18});
    }
  }

  public void testNumbersWithUnitsStayWhole() throws IOException {
    try (Analyzer a = chain(false, Map.of())) {
      assertAnalyzesTo(a, "確保ＰＭ２．５平均濃度下降10%",
          new String[] {"确保", "pm2.5", "平均", "浓度", "下降", "10%"},
          new int[] {0, 2, 7, 9, 11, 13},
          new int[] {2, 7, 9, 11, 13, 16});
    }
  }

  /** Compounds: the words inside follow at the same position, each with its own offsets. */
  public void testCompoundsAtIndexTime() throws IOException {
    try (Analyzer a = chain(false, Map.of("compounds", "true"))) {
      // the words inside overlap their compound: the graph's offsets are not those of a path
      assertTokenStreamContents(a.tokenStream("f", "中央環(huán)境保護督察組"),
          new String[] {"中央环境保护督察", "中央", "环境保护", "环境保护督察", "环境", "保护", "督察", "组"},
          new int[] {0, 0, 2, 2, 2, 10, 12, 14},
          new int[] {14, 2, 12, 14, 10, 12, 14, 15},
          null, new int[] {1, 0, 0, 0, 0, 0, 0, 1}, null, 15, null, false);
    }
  }

  /** A user dictionary from the config set: its word stays whole, and it is loaded once. */
  public void testUserDictionaryLoadedOncePerContent() throws IOException {
    Map<String, String> args = Map.of("userDictionary", "user-words.txt");
    try (Analyzer plain = chain(false, Map.of()); Analyzer withWords = chain(false, args)) {
      String text = "推进雄安新区白洋淀综合治理";
      assertAnalyzesTo(withWords, text, new String[] {"推进", "雄安新区白洋淀", "综合治理"});
      assertFalse(java.util.Arrays.asList(terms(plain, text)).contains("雄安新区白洋淀"));
    }
    TokenizerFactory first = TokenizerFactory.forName("zhengce", new HashMap<>(args));
    TokenizerFactory second = TokenizerFactory.forName("zhengce", new HashMap<>(args));
    ClasspathResourceLoader loader = new ClasspathResourceLoader(ZhengceFactoriesTest.class.getClassLoader());
    ((ZhengceTokenizerFactory) first).inform(loader);
    ((ZhengceTokenizerFactory) second).inform(loader);
    try (java.io.InputStream in = loader.openResource("user-words.txt")) {
      assertSame(Segmenters.withUserDictionary("again", in),
          Segmenters.withUserDictionary("again", loader.openResource("user-words.txt")));
    }
  }

  /** A changed dictionary is a new one (a core reload picks it up); the old one stays as it was. */
  public void testChangedDictionaryIsLoadedAgain() throws IOException {
    var before = Segmenters.withUserDictionary("words.txt",
        new java.io.ByteArrayInputStream("白洋淀生态修复 n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    var after = Segmenters.withUserDictionary("words.txt",
        new java.io.ByteArrayInputStream("白洋淀生态修复 n\n雄安新区白洋淀 ns\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertNotSame(before, after);
    assertTrue(before.segment("雄安新区白洋淀").size() > 1);
    assertEquals(1, after.segment("雄安新区白洋淀").size());
  }

  public void testRandomText() throws IOException {
    try (Analyzer a = chain(false, Map.of())) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomTextBehindHtmlStrip() throws IOException {
    try (Analyzer a = chain(true, Map.of())) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomLongerText() throws IOException {
    try (Analyzer a = chain(true, Map.of())) {
      checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 1024);
    }
  }

  /** The words inside a compound overlap it, so the graph's offsets are not checked here. */
  public void testRandomTextWithCompounds() throws IOException {
    try (Analyzer a = chain(true, Map.of("compounds", "true"))) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER, 20, false, false);
    }
  }

  public void testResetWithoutReading() throws IOException {
    try (Analyzer a = chain(true, Map.of())) {
      checkResetException(a, "河長制和環保督察");
    }
  }

  private static String[] terms(Analyzer a, String text) throws IOException {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (org.apache.lucene.analysis.TokenStream ts = a.tokenStream("f", text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out.toArray(String[]::new);
  }
}
