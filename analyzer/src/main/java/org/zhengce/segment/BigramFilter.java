package org.zhengce.segment;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import java.lang.reflect.Field;

/**
 * Which pairs of words HanLP's bigram table may hold: a Bloom filter of its 400,000 pairs, one
 * 64-bit word read per question. Four pairs in five that the Viterbi asks about never occur
 * together; for them the filter answers "none" where HanLP searches its table. It never answers
 * "none" for a pair the table holds, so frequencies are HanLP's.
 *
 * <p>Built once per process from the table's arrays, which HanLP keeps to its package and which
 * are read here by reflection; should they not be there (another HanLP), the filter lets every
 * pair through to HanLP's own search. Immutable once built.
 */
final class BigramFilter {

  private static final BigramFilter STANDARD = build();

  /** The filter's words; null lets every pair through. */
  private final long[] bits;
  private final int mask;

  private BigramFilter(long[] bits) {
    this.bits = bits;
    this.mask = bits == null ? 0 : bits.length - 1;
  }

  static BigramFilter standard() {
    return STANDARD;
  }

  /** False when the table holds no pair of these two word ids (both not negative). */
  boolean mayHold(int from, int to) {
    if (bits == null) {
      return true;
    }
    long h = hash(from, to);
    long three = bitsOf(h);
    return (bits[wordOf(h)] & three) == three;
  }

  private static long hash(int from, int to) {
    long x = ((long) from << 32 | (to & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    return x ^ (x >>> 29);
  }

  /** The word of the filter a pair's hash falls in. */
  private int wordOf(long h) {
    return (int) (h >>> 40) & mask;
  }

  /** The three bits of that word a pair's hash sets. */
  private static long bitsOf(long h) {
    return (1L << (h & 63)) | (1L << ((h >>> 6) & 63)) | (1L << ((h >>> 12) & 63));
  }

  private static BigramFilter build() {
    int[] start;
    int[] pair;
    try {
      CoreBiGramTableDictionary.getBiFrequency(0, 0); // the table loaded
      start = (int[]) field("start").get(null);
      pair = (int[]) field("pair").get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new BigramFilter(null);
    }
    if (start == null || pair == null) {
      return new BigramFilter(null);
    }
    int pairs = pair.length / 2;
    int words = Integer.highestOneBit(Math.max(64, pairs / 4)) * 2; // some 10 to 20 bits a pair
    long[] bits = new long[words];
    BigramFilter filter = new BigramFilter(bits);
    for (int from = 0; from + 1 < start.length; from++) {
      for (int k = start[from]; k < start[from + 1]; k++) {
        long h = hash(from, pair[k << 1]);
        bits[filter.wordOf(h)] |= bitsOf(h);
      }
    }
    return filter;
  }

  private static Field field(String name) throws ReflectiveOperationException {
    Field f = CoreBiGramTableDictionary.class.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
