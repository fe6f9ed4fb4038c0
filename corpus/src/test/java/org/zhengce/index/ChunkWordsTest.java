package org.zhengce.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.zhengce.lucene.ZhengceAnalyzer;

/** The words of a chunk of a query: compounds and their parts, numbers, runs of single characters. */
class ChunkWordsTest {

  private static final Analyzer WORDS = new ZhengceAnalyzer();
  private static final Analyzer INDEXING = ZhengceAnalyzer.forIndexing();

  private static ChunkWords of(String text) {
    return ChunkWords.of(text, INDEXING, WORDS);
  }

  private static List<String> terms(ChunkWords w) {
    return w.words().stream().map(ChunkWords.Word::term).toList();
  }

  @Test
  void aCompoundIsTiledByTheWordsInsideIt() {
    ChunkWords w = of("中央生态环境保护督察");
    assertEquals(List.of("中央生态环境保护督察"), terms(w));
    assertEquals(List.of("中央", "生态环境保护督察"), w.words().get(0).tiling());
    assertTrue(w.isBoundary(2)); // where 生态环境保护督察 starts inside the compound
    assertFalse(w.isBoundary(3));
  }

  @Test
  void aNumberWithItsUnitIsAQuantityAndAnOrdinalIsNot() {
    ChunkWords w = of("新增就业1100万");
    assertEquals(List.of("新增", "就业", "1100万"), terms(w));
    assertTrue(w.words().get(2).quantity());
    assertFalse(of("第三轮").words().get(0).quantity());
  }

  @Test
  void runsOfSingleCharactersAreAlsoOneWord() {
    ChunkWords joined = of("营改增试点").joiningSingleCharacters();
    assertEquals(List.of("营改增", "试点"), terms(joined));
    assertEquals(List.of(0, 1), joined.words().stream().map(ChunkWords.Word::position).toList());
    assertNull(of("城市更新行动").joiningSingleCharacters());
  }

  @Test
  void aLeftOutFunctionWordIsNoticed() {
    assertTrue(of("散乱污企业").holdsEveryCharacter());
    assertFalse(of("个税").holdsEveryCharacter()); // 个 is a function word of the analyzer
  }
}
