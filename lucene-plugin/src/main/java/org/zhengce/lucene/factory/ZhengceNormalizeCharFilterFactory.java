package org.zhengce.lucene.factory;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;
import org.zhengce.lucene.NormalizingCharFilter;
import org.zhengce.normalize.Normalization;

/**
 * The SPI factory of {@link NormalizingCharFilter}, named {@value #NAME}: traditional to simplified,
 * pinyin annotations (環(huán)) repaired, full width folded, offsets kept in the text as given, also
 * behind other CharFilters ({@code htmlStrip}). In a Solr schema {@code <charFilter
 * name="zhengceNormalize"/>}, before {@code <tokenizer name="zhengce"/>}. Takes no parameters.
 * Thread-safe: one factory serves every field and thread, each call makes a new filter.
 */
public final class ZhengceNormalizeCharFilterFactory extends CharFilterFactory {

  /** The SPI name. */
  public static final String NAME = "zhengceNormalize";

  public ZhengceNormalizeCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only. */
  public ZhengceNormalizeCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new NormalizingCharFilter(input, Normalization.standard());
  }

  /** Queries with wildcards and ranges are normalized the same way (環* finds 环境). */
  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
