package org.zhengce.lucene.factory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.zhengce.lucene.HanlpTokenizer;
import org.zhengce.segment.HanlpSegmenter;

/**
 * The SPI factory of {@link HanlpTokenizer}, named {@value #NAME}: policy terms and numbers with
 * their units whole, offsets through the CharFilter chain. Parameters:
 *
 * <ul>
 *   <li>{@code userDictionary}: a file of extra words (one a line: term [pos [frequency]]), read
 *       through the engine's resource loader (Solr: the config set); loaded once per node for
 *       each distinct content ({@link Segmenters});
 *   <li>{@code compounds} ({@code false}): each compound is followed by the words inside it at
 *       the same position (中央环境保护督察 → 环境保护督察, 督察 …), for the index analyzer only.
 * </ul>
 *
 * <p>Thread-safe once {@link #inform informed}: each call makes a new tokenizer over the shared
 * segmenter.
 */
public final class ZhengceTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {

  /** The SPI name. */
  public static final String NAME = "zhengce";

  private final String userDictionary;
  private final boolean compounds;
  private volatile HanlpSegmenter segmenter;

  public ZhengceTokenizerFactory(Map<String, String> args) {
    super(args);
    userDictionary = get(args, "userDictionary");
    compounds = getBoolean(args, "compounds", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For SPI only. */
  public ZhengceTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (userDictionary == null) {
      segmenter = Segmenters.standard();
      return;
    }
    try (InputStream in = loader.openResource(userDictionary)) {
      segmenter = Segmenters.withUserDictionary(userDictionary, in);
    }
  }

  @Override
  public Tokenizer create(AttributeFactory factory) {
    HanlpSegmenter s = segmenter;
    if (s == null) {
      if (userDictionary != null) {
        throw new IllegalStateException("userDictionary " + userDictionary + " not loaded: call inform first");
      }
      s = Segmenters.standard();
    }
    return new HanlpTokenizer(factory, s, compounds ? s : null);
  }
}
