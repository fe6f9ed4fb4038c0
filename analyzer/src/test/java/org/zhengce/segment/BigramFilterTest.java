package org.zhengce.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The filter lets through every pair HanLP's bigram table holds, and turns away most others. */
class BigramFilterTest {

  private static final BigramFilter FILTER = BigramFilter.standard();

  @Test
  void letsThroughThePairsOfTheTable() {
    List<String> words = List.of("全面", "推行", "河长制", "落实", "党政", "同责", "加快", "推进", "生态", "环境",
        "保护", "工作", "确保", "今年", "平均", "浓度", "下降", "经济", "社会", "发展", "人民", "政府", "的", "和");
    int held = 0;
    for (String a : words) {
      for (String b : words) {
        int from = CoreDictionary.getWordID(a);
        int to = CoreDictionary.getWordID(b);
        if (from >= 0 && to >= 0 && CoreBiGramTableDictionary.getBiFrequency(from, to) > 0) {
          held++;
          assertTrue(FILTER.mayHold(from, to), a + b);
        }
      }
    }
    assertTrue(held > 40, held + " pairs of the table among these words");
  }

  @Test
  void turnsAwayMostPairsTheTableDoesNotHold() {
    Random random = new Random(7);
    int absent = 0;
    int letThrough = 0;
    while (absent < 20_000) {
      int from = random.nextInt(CoreDictionary.trie.size());
      int to = random.nextInt(CoreDictionary.trie.size());
      if (CoreBiGramTableDictionary.getBiFrequency(from, to) == 0) {
        absent++;
        letThrough += FILTER.mayHold(from, to) ? 1 : 0;
      }
    }
    assertTrue(letThrough < absent / 50, letThrough + " of " + absent + " absent pairs let through");
  }
}
