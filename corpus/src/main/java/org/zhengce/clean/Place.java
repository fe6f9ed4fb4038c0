package org.zhengce.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One administrative division of the {@link Gazetteer}: a province (or a municipality, special
 * administrative region), a prefecture-level city, or a county-level district. Its canonical name
 * is what zhengce writes: {@code 衡水市}, {@code 上海市}, and for a district its city's name before
 * its own, {@code 上海市金山区}. Immutable.
 */
public record Place(String code, String name, Level level, Place parent) {

  /** The level of a division; a municipality such as 上海市 is a province whose children are districts. */
  public enum Level { PROVINCE, CITY, DISTRICT }

  public Place {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
  }

  /** The name zhengce writes for this place. */
  public String canonical() {
    return level == Level.DISTRICT && parent != null ? parent.canonical() + name : name;
  }

  /** The province this place lies in, or itself. */
  public Place province() {
    Place p = this;
    while (p.parent != null) {
      p = p.parent;
    }
    return p;
  }

  /** Whether this place is {@code other} or lies inside it. */
  public boolean isWithin(Place other) {
    for (Place p = this; p != null; p = p.parent) {
      if (p.code.equals(other.code)) {
        return true;
      }
    }
    return false;
  }

  /** This place and its ancestors, the place itself first. */
  public List<Place> lineage() {
    List<Place> out = new ArrayList<>(3);
    for (Place p = this; p != null; p = p.parent) {
      out.add(p);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Place p && p.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return canonical() + "(" + code + ")";
  }
}
