package org.zhengce.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AccessController;
import java.security.PrivilegedAction;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.zhengce.lucene.factory.Segmenters;
import org.zhengce.normalize.Normalization;
import org.zhengce.segment.HanlpSegmenter;

/**
 * The settings a zhengce tokenizer or analyzer reads from an index's analysis settings: {@code
 * user_dictionary}, a file of extra words relative to the node's config directory (one a line:
 * term [pos [frequency]]), and {@code compounds} ({@code false}), each compound also indexed as the
 * words inside it. The segmenter comes from {@link Segmenters}: loaded once per node for each
 * distinct dictionary content, inside a privileged block, so that the dictionaries load whatever
 * code first asks for them. Immutable.
 */
record AnalysisSettings(HanlpSegmenter segmenter, boolean compounds) {

  static AnalysisSettings of(Environment env, Settings settings) {
    String file = settings.get("user_dictionary");
    boolean compounds = settings.getAsBoolean("compounds", false);
    if (file == null) {
      return new AnalysisSettings(privileged(Segmenters::standard), compounds);
    }
    Path path = env.configFile().resolve(file).normalize();
    if (!path.startsWith(env.configFile().normalize()) || !Files.isRegularFile(path)) {
      throw new IllegalArgumentException("user_dictionary [" + file + "]: no such file in the config directory "
          + env.configFile());
    }
    return new AnalysisSettings(privileged(() -> {
      try {
        return Segmenters.withUserDictionary(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }), compounds);
  }

  /** The segmenter for compounds, or null when they are off. */
  HanlpSegmenter compoundSegmenter() {
    return compounds ? segmenter : null;
  }

  /**
   * Loads dictionaries (HanLP's, the policy words, OpenCC's) with the plugin's own permissions and
   * the plugin's class loader as the context class loader (HanLP finds its {@code hanlp.properties}
   * there), and warms normalization and segmentation once, so that no later call from an
   * unprivileged stack loads anything.
   */
  @SuppressWarnings("removal")
  static <T> T privileged(PrivilegedAction<T> load) {
    return AccessController.doPrivileged((PrivilegedAction<T>) () -> {
      Thread thread = Thread.currentThread();
      ClassLoader context = thread.getContextClassLoader();
      thread.setContextClassLoader(AnalysisSettings.class.getClassLoader());
      try {
        Normalization.standard().normalize(WARM_UP);
        T loaded = load.run();
        Segmenters.standard().segment(WARM_UP);
        return loaded;
      } finally {
        thread.setContextClassLoader(context);
      }
    });
  }

  /** A line of seed 001: traditional, the 環(huán) artifact, a compound, a number with its unit. */
  private static final String WARM_UP = "落實中央環(huán)境保護督察組反饋問題，PM2.5下降10%";
}
