package org.zhengce.lucene;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.zhengce.normalize.Normalization;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.segment.Segmenter;

/**
 * zhengce's Lucene analyzer: {@link NormalizingCharFilter} (traditional → simplified, so 環保督察
 * finds 环保督察), {@link HanlpTokenizer} (policy terms and numbers with units whole; at index time,
 * {@link #forIndexing()}, each compound also as the words inside it), Latin lowercased, a few
 * function words dropped. Offsets point into
 * the text as given, for highlighting in the document's own script. Thread-safe, like every
 * Lucene Analyzer; build once.
 */
public final class ZhengceAnalyzer extends Analyzer {

  /** Function words too common to search for. */
  private static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(
      java.util.List.of("的", "了", "和", "与", "及", "等", "在", "是", "对", "把", "将", "要", "为", "并",
          "也", "都", "而", "之", "其", "中", "上", "个", "以", "于", "就", "着", "或", "被"), false));

  private final Normalization normalization;
  private final Segmenter segmenter;
  private final HanlpSegmenter compounds;

  /** The analyzer for queries: words as segmented. */
  public ZhengceAnalyzer() {
    this(Normalization.standard(), HanlpSegmenter.standard(), null);
  }

  /** The analyzer for indexing: each compound also indexed by the words inside it. */
  public static ZhengceAnalyzer forIndexing() {
    return new ZhengceAnalyzer(Normalization.standard(), HanlpSegmenter.standard(), HanlpSegmenter.standard());
  }

  public ZhengceAnalyzer(Normalization normalization, Segmenter segmenter, HanlpSegmenter compounds) {
    this.normalization = normalization;
    this.segmenter = segmenter;
    this.compounds = compounds;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new NormalizingCharFilter(reader, normalization);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new HanlpTokenizer(segmenter, compounds);
    return new TokenStreamComponents(source, filtered(source));
  }

  /**
   * The filters after the tokenizer (Latin lowercased, function words dropped), for a stream of
   * words segmented elsewhere (the index takes the words extraction segmented), so that it
   * produces the terms this analyzer would.
   */
  public static TokenStream filtered(TokenStream words) {
    return new StopFilter(new LowerCaseFilter(words), STOP_WORDS);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
