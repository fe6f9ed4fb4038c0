package org.zhengce.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhengce.number.Qualifier;
import org.zhengce.number.Quantity;

/**
 * Targets from a plan's indicator table as PDF text gives it, one cell a line, row by row:
 * <pre>
 * 序号 | 指标名称 | 2020 年 | 2025 年目标 | 指标属性
 * 1
 * 地级及以上城市细颗粒物（PM2.5）
 * 浓度（微克/立方米）
 * 48
 * 39
 * 约束性
 * </pre>
 * A row ends at its attribute (约束性, 预期性); before it stand the target-year value, the base-year
 * value and the indicator's name, whose parenthesis gives the unit. One target per row with a
 * number in the target column (records.md): {@code value} that number, {@code baseline_year} the
 * first year of the header, direction {@code reach} unless the name says 降低/下降 or 提高/增长,
 * a bound (≤27, &lt;27.0) as a qualifier; rows with — or words (完成省下达任务) give none. {@code text}
 * runs from the name to the target value. Positions are of the normalized text. Stateless.
 */
final class TableTargets {

  private TableTargets() {}

  private static final Pattern ATTRIBUTE = Pattern.compile("(?m)^[ \\t]*(约束性|预期性)[ \\t]*$");
  /** The header's years: 2020 年, 2025年目标, 2025 年 目标值. */
  private static final Pattern HEADER_YEAR = Pattern.compile("(?m)^[ \\t]*((?:19|20)\\d\\d)[ \\t]*年");
  /** How far before a row its table's header may stand. */
  private static final int HEADER_REACH = 1500;
  /** A value cell: a number, perhaps bounded (≤27, <27.0, 30以上). */
  private static final Pattern VALUE = Pattern.compile(
      "[ \\t]*([<>≤≥＜＞]|不低于|不高于|小于|大于)?[ \\t]*(\\d+(?:\\.\\d+)?)[ \\t]*(%|％)?[ \\t]*(以上|以下|以内|左右)?[ \\t]*");
  /** A cell that is no name: a sequence number, a value, —, an attribute. */
  private static final Pattern NOT_NAME = Pattern.compile(
      "[ \\t]*(\\d{1,2}|[—\\-–]+|约束性|预期性|属性|指标属性|序号|类别)?[ \\t]*");
  /** The unit in the name's last parenthesis: （%）, （微克/立方米）, (μg/m3). */
  private static final Pattern UNIT = Pattern.compile("[（(]([^（）()]{1,12})[）)][ \\t*＊]*$");
  private static final Pattern DECREASE = Pattern.compile("降低|下降|减少|削减|压减");
  private static final Pattern INCREASE = Pattern.compile("提高|增长|提升|增加");
  private static final int MAX_NAME_LINES = 3;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Footnote marks at the end of a name (＊). */
  private static final Pattern STARS = Pattern.compile("[*＊]+$");

  /** The targets of the indicator tables in {@code text}, in text order. */
  static List<TargetFinder.Draft> find(String text) {
    if (!text.contains("约束性") && !text.contains("预期性")) {
      return List.of(); // no attribute, no table: most texts, passed over without the pattern
    }
    List<TargetFinder.Draft> out = new ArrayList<>();
    Matcher attribute = ATTRIBUTE.matcher(text);
    while (attribute.find()) {
      int[] years = headerYears(text, attribute.start());
      if (years != null) {
        TargetFinder.Draft row = row(text, attribute.start(), years[0]);
        if (row != null) {
          out.add(row);
        }
      }
    }
    return out;
  }

  /** The base and target years of the header before {@code position}, or null. */
  private static int[] headerYears(String text, int position) {
    Matcher m = HEADER_YEAR.matcher(text).region(Math.max(0, position - HEADER_REACH), position);
    int first = 0;
    int last = 0;
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      if (first == 0) {
        first = year;
      } else if (year > first) {
        last = year;
      }
    }
    return last > first && first > 0 ? new int[] {first, last} : null;
  }

  private static TargetFinder.Draft row(String text, int attributeStart, int baseYear) {
    int[] target = previousLine(text, attributeStart);
    int[] base = target == null ? null : previousLine(text, target[0]);
    if (base == null) {
      return null;
    }
    Matcher value = VALUE.matcher(text).region(target[0], target[1]);
    if (!value.matches()) {
      return null;
    }
    int nameEnd = base[0];
    int nameStart = nameEnd;
    int lineEnd = base[0];
    for (int n = 0; n < MAX_NAME_LINES; n++) {
      int[] line = previousLine(text, lineEnd);
      if (line == null || NOT_NAME.matcher(text).region(line[0], line[1]).matches()) {
        break;
      }
      nameStart = line[0];
      lineEnd = line[0];
    }
    if (nameStart == nameEnd) {
      return null;
    }
    String name = SPACES.matcher(text.substring(nameStart, nameEnd)).replaceAll("");
    Matcher unit = UNIT.matcher(name);
    boolean hasUnit = unit.find();
    String unitText = hasUnit ? unit.group(1).strip() : null;
    String indicator = STARS.matcher(hasUnit ? name.substring(0, unit.start()) : name).replaceAll("");
    double number = Double.parseDouble(value.group(2));
    Qualifier qualifier = qualifier(value.group(1), value.group(4));
    Direction direction = DECREASE.matcher(indicator).find() ? Direction.DECREASE
        : INCREASE.matcher(indicator).find() ? Direction.INCREASE
        : qualifier == Qualifier.AT_MOST ? Direction.LIMIT : Direction.REACH;
    String valueText = text.substring(value.start(2), value.end());
    Quantity q = new Quantity(value.start(2), value.end(), valueText, number, null,
        value.group(3) != null ? "%" : unitText, qualifier);
    return new TargetFinder.Draft(nameStart, value.end(), indicator, direction, q, q.unit(), baseYear);
  }

  private static Qualifier qualifier(String before, String after) {
    String word = before != null ? before : after;
    if (word == null) {
      return Qualifier.EXACT;
    }
    return switch (word) {
      case "<", "≤", "＜", "不高于", "小于", "以下", "以内" -> Qualifier.AT_MOST;
      case "左右" -> Qualifier.ABOUT;
      default -> Qualifier.AT_LEAST;
    };
  }

  /** The non-blank line that ends before {@code position}, as {start, end}, or null. */
  private static int[] previousLine(String text, int position) {
    int end = position;
    while (end > 0) {
      int lineEnd = text.charAt(end - 1) == '\n' ? end - 1 : end;
      int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        return new int[] {lineStart, lineEnd};
      }
      end = lineStart;
    }
    return null;
  }
}
