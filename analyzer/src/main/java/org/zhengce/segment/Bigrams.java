package org.zhengce.segment;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;

/**
 * HanLP's bigram frequencies ({@link CoreBiGramTableDictionary#getBiFrequency}): a pair the table
 * cannot hold answered by the {@link BigramFilter}, the pairs asked last kept in a small table
 * (the texts of one thread ask the same pairs of common words again and again), each other answer
 * HanLP's binary search in a large array. One per thread.
 */
final class Bigrams {

  private static final int SLOTS = 1 << 14;

  /** Per slot: the pair's two word ids, plus one (0 is an empty slot), and its frequency. */
  private final long[] pairs = new long[SLOTS];
  private final int[] frequencies = new int[SLOTS];

  private final BigramFilter filter = BigramFilter.standard();

  int frequency(int from, int to) {
    if (from < 0 || to < 0) {
      return CoreBiGramTableDictionary.getBiFrequency(from, to);
    }
    if (!filter.mayHold(from, to)) {
      return 0;
    }
    long pair = (((long) from << 32) | to) + 1;
    int slot = (from * 0x9E3779B1 + to * 0x85EBCA6B) >>> 18;
    if (pairs[slot] == pair) {
      return frequencies[slot];
    }
    int frequency = CoreBiGramTableDictionary.getBiFrequency(from, to);
    pairs[slot] = pair;
    frequencies[slot] = frequency;
    return frequency;
  }
}
