package org.zhengce.extract;

import org.zhengce.text.Span;

/** A body, office or role made responsible: its words in the original and its normalized name. */
public record Party(String id, Span span, String text, String name, Role role) {}
