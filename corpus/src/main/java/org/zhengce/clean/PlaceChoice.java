package org.zhengce.clean;

import java.util.ArrayList;
import java.util.List;
import org.zhengce.clean.Place.Level;

/**
 * Chooses among the places that share a name ({@link Gazetteer.Candidates}), given the places the
 * rest of the text names without doubt ({@link Gazetteer.Context}). Stateless.
 */
final class PlaceChoice {

  private PlaceChoice() {}

  /**
   * The candidate the context supports: a province or city before a district's bare short form
   * (a text writing 恩施市 in full means the prefecture by 恩施), then the one named most often
   * (吉林市 over 吉林省 in a text naming 吉林市 more), then the highest level. Without support, the
   * only candidate that is not a bare district short form, or the only province or city; null
   * when unsure.
   */
  static Place pick(Gazetteer.Candidates c, Gazetteer.Context context) {
    List<Place> supported = new ArrayList<>();
    List<Place> strong = new ArrayList<>();
    List<Place> plausible = new ArrayList<>();
    for (Gazetteer.Name name : c.names()) {
      boolean weak = weak(name);
      if (weak ? name.place().parent() != null && context.within(name.place().parent())
          : name.place().lineage().stream().anyMatch(context::within)) {
        supported.add(name.place());
        if (!weak) {
          strong.add(name.place());
        }
      }
      if (!weak) {
        plausible.add(name.place());
      }
    }
    if (!supported.isEmpty()) {
      return mostNamed(strong.isEmpty() ? supported : strong, context);
    }
    if (plausible.size() == 1) {
      return plausible.get(0);
    }
    Place p = highestUnique(plausible);
    return p != null && p.level() != Level.DISTRICT ? p : null;
  }

  private static Place mostNamed(List<Place> places, Gazetteer.Context context) {
    if (places.size() == 1) {
      return places.get(0);
    }
    Place best = null;
    int most = 0;
    boolean tie = false;
    for (Place p : places) {
      int n = context.named().getOrDefault(p, 0);
      if (n > most) {
        best = p;
        most = n;
        tie = false;
      } else if (n == most && n > 0) {
        tie = true;
      }
    }
    return best != null && !tie ? best : highestUnique(places);
  }

  /** A bare short form of a county-level name (金山, 天门) needs its city or province named. */
  static boolean weak(Gazetteer.Name name) {
    return name.shortForm() && name.place().code().length() > 4;
  }

  private static Place highestUnique(List<Place> places) {
    Place best = null;
    boolean unique = false;
    for (Place p : places) {
      if (best == null || p.level().compareTo(best.level()) < 0) {
        best = p;
        unique = true;
      } else if (p.level() == best.level() && !p.equals(best)) {
        unique = false;
      }
    }
    return unique ? best : null;
  }
}
