package org.zhengce.segment;

import java.util.List;

/**
 * Splits normalized (simplified, width-folded) text into words with offsets. Implementations are
 * thread-safe and meant to be built once per process.
 */
public interface Segmenter {

  /** The words of {@code text} in order, without whitespace, spans into {@code text}. */
  List<Token> segment(String text);
}
