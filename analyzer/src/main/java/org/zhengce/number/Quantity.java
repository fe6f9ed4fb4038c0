package org.zhengce.number;

import java.util.Objects;

/**
 * A number as written in a text, with its unit and qualifier: {@code 不低于35%},
 * {@code 11万人以上}, {@code 3.4个百分点}, {@code 百分之十二点五}, {@code 1—2个}. {@code start} and
 * {@code end} are UTF-16 offsets into the text given to {@link QuantityParser#find(String)} and
 * {@code text} is exactly that substring, qualifier words included. {@code value} is the number as
 * written before the unit, so a multiplier stays in the unit ({@code 十五万亩} → 15 {@code 万亩});
 * {@code valueMax} is the upper bound of a range and null otherwise; {@code unit} is null when
 * there is none. Made by {@link QuantityParser}; targets are built on it.
 */
public record Quantity(int start, int end, String text, double value, Double valueMax, String unit,
    Qualifier qualifier) {

  public Quantity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(qualifier, "qualifier");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
    }
  }

  /** True when the text gives a range ({@code 10%—15%}, {@code 三到五年}). */
  public boolean isRange() {
    return valueMax != null;
  }
}
