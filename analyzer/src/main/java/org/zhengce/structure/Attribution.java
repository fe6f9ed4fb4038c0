package org.zhengce.structure;

import org.zhengce.text.Span;

/**
 * Who does a task item or when it is due, as the item states it: {@code （牵头单位：A；配合单位：B）}
 * gives two attributions, {@code （A牵头，B、C配合）} two, {@code 完成时限：2021年12月底前} on its own
 * line one. {@code span} is one label with its value (牵头单位：A, or A牵头); {@code value} is the
 * unit list or the time, not split into parties. {@code item} is the span of the item it closes;
 * {@code scope} what it covers: the item, or for a line after a run of numbered items without
 * attributions of their own, the whole run. {@code ownLine} tells the two forms apart.
 */
public record Attribution(
    Span span, AttributionLabel label, Span value, Span item, Span scope, boolean ownLine) {}
