package org.zhengce.number;

import java.util.Locale;

/**
 * How a number is meant: exactly ({@code 增长5%}), as a floor ({@code 以上}, {@code 不低于},
 * {@code 至少}, {@code 超过}, {@code 10多个}), as a ceiling ({@code 以内}, {@code 以下},
 * {@code 不超过}, {@code 控制在…}) or roughly ({@code 左右}, {@code 约}, {@code 近}). The words are
 * listed in QuantityWords; {@link #label()} is the value of the {@code qualifier} field of
 * records.md.
 */
public enum Qualifier {
  EXACT, AT_LEAST, AT_MOST, ABOUT;

  /** {@code exact}, {@code at_least}, {@code at_most} or {@code about}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
