package org.zhengce.opensearch;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractCharFilterFactory;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AbstractTokenizerFactory;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.zhengce.lucene.HanlpTokenizer;
import org.zhengce.lucene.NormalizingCharFilter;
import org.zhengce.lucene.ZhengceAnalyzer;
import org.zhengce.normalize.Normalization;

/**
 * zhengce's analysis in OpenSearch 2.19: the char filter {@code zhengce_normalize} (traditional
 * to simplified, 環(huán) repaired, offsets kept), the tokenizer {@code zhengce} and the analyzer
 * {@code zhengce} (both, plus Latin lowercased and a few function words dropped: {@link
 * ZhengceAnalyzer}). The tokenizer and the analyzer take {@code user_dictionary} and {@code
 * compounds} ({@link AnalysisSettings}). One instance per node; the components it makes are
 * thread-safe as OpenSearch requires.
 */
public final class ZhengceAnalysisPlugin extends Plugin implements AnalysisPlugin {

  @Override
  public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
    return Map.of("zhengce_normalize", NormalizeFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of("zhengce", ZhengceTokenizerFactory::new);
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of("zhengce", ZhengceAnalyzerProvider::new);
  }

  /** The char filter; takes no settings. */
  static final class NormalizeFactory extends AbstractCharFilterFactory {
    private final Normalization normalization;

    NormalizeFactory(IndexSettings index, Environment env, String name, Settings settings) {
      super(index, name);
      this.normalization = AnalysisSettings.privileged(Normalization::standard);
    }

    @Override
    public Reader create(Reader reader) {
      return new NormalizingCharFilter(reader, normalization);
    }

    @Override
    public Reader normalize(Reader reader) {
      return create(reader);
    }
  }

  /** The tokenizer: {@code user_dictionary}, {@code compounds}. */
  static final class ZhengceTokenizerFactory extends AbstractTokenizerFactory {
    private final AnalysisSettings analysis;

    ZhengceTokenizerFactory(IndexSettings index, Environment env, String name, Settings settings) {
      super(index, settings, name);
      this.analysis = AnalysisSettings.of(env, settings);
    }

    @Override
    public Tokenizer create() {
      return new HanlpTokenizer(analysis.segmenter(), analysis.compoundSegmenter());
    }
  }

  /** The whole analyzer: {@code user_dictionary}, {@code compounds}. */
  static final class ZhengceAnalyzerProvider extends AbstractIndexAnalyzerProvider<ZhengceAnalyzer> {
    private final ZhengceAnalyzer analyzer;

    ZhengceAnalyzerProvider(IndexSettings index, Environment env, String name, Settings settings) {
      super(index, name, settings);
      AnalysisSettings analysis = AnalysisSettings.of(env, settings);
      this.analyzer = new ZhengceAnalyzer(AnalysisSettings.privileged(Normalization::standard),
          analysis.segmenter(), analysis.compoundSegmenter());
    }

    @Override
    public ZhengceAnalyzer get() {
      return analyzer;
    }
  }
}
