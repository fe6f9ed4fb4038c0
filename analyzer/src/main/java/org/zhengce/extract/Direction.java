package org.zhengce.extract;

import java.util.Locale;

/** Which way a target moves: decrease (下降), increase (提高), reach (达到), limit (控制在…以内), maintain (保持). */
public enum Direction {
  DECREASE, INCREASE, REACH, LIMIT, MAINTAIN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
