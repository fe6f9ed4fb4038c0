package org.zhengce.extract;

import java.time.LocalDate;
import java.util.Locale;
import org.zhengce.text.Span;

/**
 * When something is due: an absolute date (到2020年, 今年, 6月底前), a relative time (30个工作日内)
 * or a plan period (十三五末). {@code due} is the last day allowed, when the text and the
 * document date settle it.
 */
public record Deadline(String id, Span span, String text, Kind kind, LocalDate due, Integer amount,
    String unit) {

  /** The three kinds of records.md. */
  public enum Kind {
    ABSOLUTE, RELATIVE, PERIOD;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
