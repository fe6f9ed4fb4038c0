package org.zhengce.lucene.factory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.zhengce.segment.HanlpSegmenter;

/**
 * The segmenters that the factories of one JVM (one Solr or OpenSearch node) share: the standard
 * one with the policy dictionary ({@link HanlpSegmenter#standard()}, a lazy holder), and one per
 * distinct user dictionary, keyed by the SHA-256 of its bytes. A dictionary is loaded once per
 * node however many cores, indices and fields name it; a file whose content changed is loaded
 * again when the engine rebuilds its analyzers (a Solr core reload, an OpenSearch index closed
 * and opened), and the analyzers still open keep the segmenter they were built with. The cache
 * holds immutable, thread-safe segmenters and grows only by the distinct dictionaries a node is
 * given; it is the one mutable state here, and it is safe for any number of threads.
 */
public final class Segmenters {

  private static final ConcurrentMap<String, HanlpSegmenter> BY_CONTENT = new ConcurrentHashMap<>();

  private Segmenters() {}

  /** The segmenter with the policy dictionary only. */
  public static HanlpSegmenter standard() {
    return HanlpSegmenter.standard();
  }

  /** The standard segmenter plus the words of {@code file} (one a line: term [pos [frequency]]). */
  public static HanlpSegmenter withUserDictionary(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    return BY_CONTENT.computeIfAbsent(digest(content), key -> build(file, file.toString()));
  }

  /**
   * The same for a dictionary an engine hands over as a stream (Solr's resource loader, which may
   * read it from ZooKeeper): its bytes go through a temporary file that is deleted at once.
   */
  public static HanlpSegmenter withUserDictionary(String name, InputStream in) throws IOException {
    byte[] content = in.readAllBytes();
    String key = digest(content);
    HanlpSegmenter known = BY_CONTENT.get(key);
    if (known != null) {
      return known;
    }
    Path copy = Files.createTempFile("zhengce-user-dictionary", ".txt");
    try {
      Files.write(copy, content);
      return BY_CONTENT.computeIfAbsent(key, k -> build(copy, name));
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  private static HanlpSegmenter build(Path file, String name) {
    try {
      return HanlpSegmenter.builder().dictionaries(List.of(file)).build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("user dictionary " + name + ": "
          + e.getMessage().replace(file.toString(), "line"), e);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException("user dictionary " + name + ": cannot read it", e);
    }
  }

  private static String digest(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
