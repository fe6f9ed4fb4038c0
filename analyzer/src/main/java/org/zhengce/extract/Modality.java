package org.zhengce.extract;

import java.util.Locale;

/** How strongly a commitment binds: must (必须, 确保), should (要, 应), strive (力争), will (将). */
public enum Modality {
  MUST, SHOULD, STRIVE, WILL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
