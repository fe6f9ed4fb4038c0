package org.zhengce.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the unit list of an attribution or of a notice's addressees into parties: at 、，；
 * (never inside brackets: 各县（市、区）人民政府 is one unit), at 及, 以及, 和, 与 between two names
 * (市工业和信息化局及专班成员单位 → two; 工业和信息化 is no list), without 等 or 按职责分工负责 after
 * a unit; a line break splits only after a whole name (省发展\n改革委 is one). A list of levels
 * that share the head of its last unit is expanded (各区、市政府 → 各区政府, 各市政府; 各省、自治区、
 * 直辖市人民政府 → three), and an office named without its level takes the level of the unit before
 * it (省发展改革委、工业和信息化厅 → 省工业和信息化厅), each unit keeping its own span. Positions are of the normalized text.
 * Stateless.
 */
final class UnitList {

  /** What follows a unit's name in an attribution's list: 等, 按职责分工负责/配合. */
  private static final Pattern UNIT_TAIL = Pattern.compile("(等|按职责分工.*|分别负责.*|负责$|参与$)$");

  /** Conjunctions that may join two names inside one piece. */
  private static final Pattern JOINER = Pattern.compile("以及|及|和|与");

  /** A level of government alone, perhaps after 各/有关: 各区, 自治区, 有关县. */
  private static final Pattern BARE_LEVEL = Pattern.compile(
      "(各|有关|相关)?(自治区|自治州|直辖市|县级市|省|市|区|县|州|盟|旗)");

  /** A level with the head that the bare levels before it share: 市政府, 直辖市人民政府. */
  private static final Pattern HEADED_LEVEL = Pattern.compile(
      "(各|有关|相关)?(自治区|自治州|直辖市|县级市|省|市|区|县|州|盟|旗)(.{2,12})");

  private UnitList() {}

  /** The units listed in {@code norm[from, to)}. */
  static List<PartyFinder.Found> split(String norm, int from, int to) {
    List<int[]> pieces = new ArrayList<>();
    int start = from;
    int depth = 0;
    for (int i = from; i <= to; i++) {
      char c = i < to ? norm.charAt(i) : '、';
      if ("（(〔【[".indexOf(c) >= 0) {
        depth++;
      } else if ("）)〕】]".indexOf(c) >= 0) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && ("、,，;；".indexOf(c) >= 0
          || c == '\n' && PartyFinder.isParty(norm.substring(start, i).strip()))) {
        pieces.add(new int[] {start, i});
        start = i + 1;
      }
    }
    List<PartyFinder.Found> out = new ArrayList<>();
    for (int[] p : pieces) {
      PartyFinder.Found unit = trimmed(norm, p[0], p[1]);
      if (unit != null) {
        joined(norm, unit, out);
      }
    }
    return prefixed(heads(expanded(out))).stream().filter(u -> u.name().length() >= 2).toList();
  }

  /** Offices that share what precedes the first: 市政府各委、办、局 → 市政府各委, 市政府各办, 市政府各局. */
  private static List<PartyFinder.Found> heads(List<PartyFinder.Found> units) {
    List<PartyFinder.Found> out = new ArrayList<>(units);
    for (int i = 1; i < out.size(); i++) {
      String name = out.get(i).name();
      String before = out.get(i - 1).name();
      if (name.length() == 1 && "委办局厅".contains(name) && before.length() > 2
          && "委办局厅".indexOf(before.charAt(before.length() - 1)) >= 0) {
        out.set(i, rename(out.get(i), before.substring(0, before.length() - 1) + name));
      }
    }
    return out;
  }

  /**
   * Units without a level that name an office of the level before them take its prefix:
   * 省发展改革委、工业和信息化厅 → 省工业和信息化厅 (as {@link PartyFinder} names 环保局 after 市委…).
   */
  private static List<PartyFinder.Found> prefixed(List<PartyFinder.Found> units) {
    List<PartyFinder.Found> out = new ArrayList<>(units.size());
    String level = null;
    for (PartyFinder.Found u : units) {
      String name = u.name();
      if (name.length() > 1 && "省市区县".indexOf(name.charAt(0)) >= 0 && !name.startsWith("市场")) {
        level = name.substring(0, 1);
      } else if (level != null && OFFICE.matcher(name).matches() && !PLACE_INSIDE.matcher(name).find()) {
        u = rename(u, level + name);
      }
      out.add(u);
    }
    return out;
  }

  /**
   * An office of a government named without its level: 工业和信息化厅, 发展改革委. Not 局: a 局 may be
   * named by its own place (安徽银保监局), a 厅, 委 or 办 of a province or city hardly ever is.
   */
  /** A name with a place of its own in it (青岛西海岸新区管委) needs no level before it. */
  private static final Pattern PLACE_INSIDE = Pattern.compile("[省市区县州旗盟]");

  private static final Pattern OFFICE = Pattern.compile("[^各有相省市区县国中全本该]\\p{IsHan}{1,12}(厅|委|办)");

  /** The unit in {@code [s, e)} without spaces and its tail, or null when too short. */
  private static PartyFinder.Found trimmed(String norm, int s, int e) {
    while (s < e && Character.isWhitespace(norm.charAt(s))) {
      s++;
    }
    Matcher tail = UNIT_TAIL.matcher(norm).region(s, e);
    if (tail.find()) {
      e = tail.start();
    }
    while (e > s && Character.isWhitespace(norm.charAt(e - 1))) {
      e--;
    }
    // a unit has two characters at least, but a level (区、市人民政府) or an office (各委、办、局) may
    // stand alone in a list that shares its head
    boolean single = e - s == 1 && "省市区县委办局厅".indexOf(norm.charAt(s)) >= 0;
    return e - s >= 2 || single ? new PartyFinder.Found(s, e, norm.substring(s, e).replaceAll("\\s+", ""))
        : null;
  }

  /** {@code unit}, or its names where a conjunction joins two (A及B, A和B). */
  private static void joined(String norm, PartyFinder.Found unit, List<PartyFinder.Found> out) {
    Matcher j = JOINER.matcher(norm).region(unit.start(), unit.end());
    while (j.find()) {
      String left = norm.substring(unit.start(), j.start()).replaceAll("\\s+", "");
      String right = norm.substring(j.end(), unit.end()).replaceAll("\\s+", "");
      if (PartyFinder.isParty(left) && PartyFinder.isParty(right)) {
        out.add(new PartyFinder.Found(unit.start(), j.start(), left));
        out.add(new PartyFinder.Found(j.end(), unit.end(), right));
        return;
      }
    }
    out.add(unit);
  }

  /** Bare levels before a headed one take its head and the first one's 各 (各区、市政府). */
  private static List<PartyFinder.Found> expanded(List<PartyFinder.Found> units) {
    List<PartyFinder.Found> out = new ArrayList<>(units);
    int k = 0;
    while (k < units.size()) {
      int j = k;
      while (j < units.size() && BARE_LEVEL.matcher(units.get(j).name()).matches()) {
        j++;
      }
      Matcher headed = j > k && j < units.size() ? HEADED_LEVEL.matcher(units.get(j).name()) : null;
      if (headed != null && headed.matches() && PartyFinder.isParty("市" + headed.group(3))) {
        Matcher first = BARE_LEVEL.matcher(units.get(k).name());
        first.matches();
        String prefix = first.group(1) != null ? first.group(1) : "";
        for (int i = k; i < j; i++) {
          Matcher bare = BARE_LEVEL.matcher(units.get(i).name());
          bare.matches();
          out.set(i, rename(units.get(i), prefix + bare.group(2) + headed.group(3)));
        }
        if (headed.group(1) == null) {
          out.set(j, rename(units.get(j), prefix + units.get(j).name()));
        }
        k = j + 1;
      } else {
        k = Math.max(j, k + 1);
      }
    }
    return out;
  }

  private static PartyFinder.Found rename(PartyFinder.Found f, String name) {
    return new PartyFinder.Found(f.start(), f.end(), name);
  }
}
