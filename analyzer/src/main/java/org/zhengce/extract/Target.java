package org.zhengce.extract;

import org.zhengce.number.Qualifier;
import org.zhengce.text.Span;

/**
 * A numeric goal: an indicator, the way it moves, by how much, in what unit, with what qualifier,
 * from which baseline year, by which deadline (an id), for which place. {@code indicator} is the
 * phrase as the text writes it (normalized), {@code indicatorId} the canonical indicator it names
 * ({@code pm25}; null when none matches), settled at extraction so that comparisons never
 * re-match phrases. {@code valueMax} is null unless the text gives a range.
 */
public record Target(String id, Span span, String text, String indicator, String indicatorId,
    Direction direction,
    double value, Double valueMax, String unit, Qualifier qualifier, String deadline,
    Integer baselineYear, String place) {}
