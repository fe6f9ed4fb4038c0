package org.zhengce.extract;

import org.zhengce.text.Span;

/**
 * A numeric goal: an indicator, the way it moves, by how much, in what unit, with what qualifier,
 * from which baseline year, by which deadline (an id), for which place. {@code valueMax} is null
 * unless the text gives a range.
 */
public record Target(String id, Span span, String text, String indicator, Direction direction,
    double value, Double valueMax, String unit, Qualifier qualifier, String deadline,
    Integer baselineYear, String place) {}
