package org.zhengce.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * The analyzer tested the Lucene way: terms, start and end offsets together (as
 * BaseTokenStreamTestCase.assertAnalyzesTo does), random text, several threads.
 */
class ZhengceAnalyzerTest {

  private static final Analyzer ANALYZER = new ZhengceAnalyzer();

  /** One token: its term and its offsets in the text as given. */
  record Term(String term, int start, int end) {}

  static List<Term> analyze(Analyzer analyzer, String text) {
    List<Term> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
      assertEquals(text.length(), offset.endOffset(), "final offset");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static void assertAnalyzesTo(String input, String[] terms, int[] starts, int[] ends) {
    List<Term> got = analyze(ANALYZER, input);
    assertArrayEquals(terms, got.stream().map(Term::term).toArray(String[]::new), got::toString);
    assertArrayEquals(starts, got.stream().mapToInt(Term::start).toArray(), got::toString);
    assertArrayEquals(ends, got.stream().mapToInt(Term::end).toArray(), got::toString);
  }

  @Test
  void traditionalTextGivesSimplifiedTermsWithOriginalOffsets() {
    assertAnalyzesTo("河長制和環保督察",
        new String[] {"河长制", "环保督察"}, new int[] {0, 4}, new int[] {3, 8});
  }

  @Test
  void pinyinAnnotationsAreRepairedAndCoveredByTheOffsets() {
    assertAnalyzesTo("環(huán)保督察",
        new String[] {"环保督察"}, new int[] {0}, new int[] {10});
  }

  @Test
  void numbersWithUnitsStayWholeAndLatinIsLowercased() {
    assertAnalyzesTo("确保ＰＭ２．５下降１０％",
        new String[] {"确保", "pm2.5", "下降", "10%"}, new int[] {0, 2, 7, 9}, new int[] {2, 7, 9, 12});
  }

  @Test
  void randomTextKeepsOffsetsInOrderAndInside() {
    String[] pieces = {"環(huán)", "境", "河長制", "环保", "ＰＭ２．５", "10%", "。", ",", "𠀀", "😀", "(修编)",
        " ", "\n", "abc", "３天內", "督察", "省委、省政府", "(", "）"};
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      int lastStart = 0;
      for (Term t : analyze(ANALYZER, text)) {
        assertTrue(t.start() >= lastStart && t.start() < t.end() && t.end() <= text.length(),
            () -> t + " in " + text);
        lastStart = t.start();
      }
    }
  }

  @Test
  void sameTokensOnFourThreads() throws Exception {
    List<String> texts = List.of("河長制和環保督察", "确保今年PM2.5平均浓度下降10%", "市委、市政府責成市環保局");
    List<List<Term>> expected = texts.stream().map(t -> analyze(ANALYZER, t)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Term>>> futures = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        String t = texts.get(i % 3);
        futures.add(pool.submit(() -> analyze(ANALYZER, t)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % 3), futures.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
