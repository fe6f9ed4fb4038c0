package org.zhengce.extract;

import java.util.Locale;

/** What a party is made to do: lead (牵头), support (配合), responsible (责成, the actor), supervisor (督导). */
public enum Role {
  LEAD, SUPPORT, RESPONSIBLE, SUPERVISOR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
