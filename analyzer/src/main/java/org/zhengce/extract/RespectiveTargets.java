package org.zhengce.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.zhengce.number.Quantity;

/**
 * Targets listed with 分别: 公交车、出租汽车新能源汽车分别达到72%、35% gives two targets, the second
 * value taking the verb of the first and the second indicator of the list. Stateless.
 */
final class RespectiveTargets {

  private RespectiveTargets() {}

  /** What may stand between the values of the list: one of these characters. */
  private static final String BETWEEN_VALUES = "、，,和及";
  /** What separates the indicators of the list. */
  private static final Pattern BETWEEN_NAMES = Pattern.compile("、|和|及");

  /** The target of {@code q} when it continues the 分别 list of {@code last}; null otherwise. */
  static TargetFinder.Draft next(String text, TargetFinder.Draft last, Quantity q) {
    Quantity previous = last.quantity();
    if (previous.end() > q.start() || q.unit() == null && previous.unit() != null
        || q.start() - previous.end() != 1 || BETWEEN_VALUES.indexOf(text.charAt(previous.end())) < 0
        || !text.substring(last.start(), previous.start()).contains("分别")) {
      return null;
    }
    List<String> names = names(last.indicator());
    String unit = q.unit() == null ? previous.unit() : q.unit();
    return new TargetFinder.Draft(q.start(), q.end(), names.get(names.size() - 1), last.direction(),
        q, unit, last.baselineYear());
  }

  /** The first target of a 分别 list, named by the first indicator only. */
  static TargetFinder.Draft first(TargetFinder.Draft last) {
    return new TargetFinder.Draft(last.start(), last.end(), names(last.indicator()).get(0),
        last.direction(), last.quantity(), last.unit(), last.baselineYear());
  }

  private static List<String> names(String indicator) {
    return List.of(BETWEEN_NAMES.split(indicator, -1)).stream().map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
  }
}
