package org.zhengce.segment;

import java.util.List;
import org.zhengce.number.NumberScan;

/**
 * Splits normalized (simplified, width-folded) text into words with offsets. Implementations are
 * thread-safe and meant to be built once per process.
 */
public interface Segmenter {

  /** The words of {@code text} in order, without whitespace, spans into {@code text}. */
  List<Token> segment(String text);

  /**
   * The same words, for a caller that has already read the numbers of {@code text}: a segmenter
   * that keeps numbers with their units whole takes their spans from {@code numbers} instead of
   * reading them again.
   */
  default List<Token> segment(String text, NumberScan numbers) {
    return segment(text);
  }
}
