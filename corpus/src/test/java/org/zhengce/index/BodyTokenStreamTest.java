package org.zhengce.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.zhengce.lucene.ZhengceAnalyzer;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.read.ReadException;
import org.zhengce.read.Seeds;

/**
 * The index takes the words extraction segmented instead of segmenting the text again: its
 * terms are the analyzer's, placed on the same characters of the original, and the regions that
 * cleaning leaves out of the analysis (a site's menu) are still indexed.
 */
class BodyTokenStreamTest {

  private static final DocumentPipeline PIPELINE = DocumentPipeline.standard();

  private record Term(String text, int start, int end) {}

  private static List<Term> terms(TokenStream stream) throws IOException {
    List<Term> out = new ArrayList<>();
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
    try (stream) {
      stream.reset();
      while (stream.incrementToken()) {
        out.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    }
    return out;
  }

  private static List<Term> fromPipeline(ProcessedDocument p) throws IOException {
    return terms(ZhengceAnalyzer.filtered(new BodyTokenStream(p.words(), p.document().original().length())));
  }

  private static ProcessedDocument process(String name, String text) throws ReadException {
    return PIPELINE.processWithWords(PIPELINE.read(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, Integer> counts(List<Term> terms) {
    Map<String, Integer> out = new HashMap<>();
    terms.forEach(t -> out.merge(t.text(), 1, Integer::sum));
    return out;
  }

  @Test
  void theSeedsGiveTheAnalyzersTermsOnTheSameCharacters() throws Exception {
    try (ZhengceAnalyzer analyzer = ZhengceAnalyzer.forIndexing()) {
      for (String seed : new String[] {Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004}) {
        String text = Files.readString(Seeds.path(seed), StandardCharsets.UTF_8);
        ProcessedDocument p = process(seed, text);
        String original = p.document().original();
        List<Term> given = fromPipeline(p);
        List<Term> analysed = terms(analyzer.tokenStream("body", original));
        Map<String, Integer> a = counts(analysed);
        Map<String, Integer> g = counts(given);
        int same = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
          same += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        assertTrue(same >= 0.97 * analysed.size() && same >= 0.97 * given.size(),
            seed + ": " + same + " of " + analysed.size() + " / " + given.size() + " terms in common");
        int lastStart = 0;
        for (Term t : given) {
          assertTrue(t.start() >= lastStart && t.end() >= t.start() && t.end() <= original.length(), t.toString());
          lastStart = t.start();
        }
      }
    }
  }

  @Test
  void aTraditionalCompoundsInnerWordsLandOnTheirOwnCharacters() throws Exception {
    // seed 001 writes 中央環(huán)保督察 with a pinyin annotation that normalization drops
    String text = "會議通報了中央環(huán)保督察組移交問題及我市整改落實情況。";
    ProcessedDocument p = process("note.txt", text);
    List<Term> terms = fromPipeline(p);
    Term inner = terms.stream().filter(t -> t.text().equals("环保督察")).findFirst().orElseThrow(
        () -> new AssertionError(terms.toString()));
    assertEquals("環(huán)保督察", text.substring(inner.start(), inner.end()));
  }

  @Test
  void aSiteMenuLeftOutOfAnalysisIsStillIndexed() throws Exception {
    String page = "共产党员网首页\n手机版\n组工软件下载\n用户中心\n我的投稿\n党章党规\n人事任免\n网站首页\n"
        + "  12月18日至20日，中央经济工作会议在北京举行。中共中央总书记、国家主席、中央军委主席习近平发表重要讲话。\n";
    ProcessedDocument p = process("page.txt", page);
    assertTrue(!p.document().text().normalized().contains("组工软件"), "the menu is analysed");
    List<Term> terms = fromPipeline(p);
    Term menu = terms.stream().filter(t -> t.text().equals("软件")).findFirst().orElseThrow(
        () -> new AssertionError(terms.toString()));
    assertEquals("软件", page.substring(menu.start(), menu.end()));
    assertTrue(terms.stream().anyMatch(t -> t.text().equals("经济")), terms.toString());
  }
}
