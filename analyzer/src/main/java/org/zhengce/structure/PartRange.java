package org.zhengce.structure;

import org.zhengce.text.Span;

/** A stretch of a work report and the {@link ReportPart} it belongs to. */
public record PartRange(Span span, ReportPart part) {}
