package org.zhengce.number;

import java.util.List;
import org.zhengce.text.Span;

/**
 * The numbers of one text, read once by {@link QuantityParser#scan(String)}: its quantities, and
 * the spans a segmenter keeps as one token (each number with its unit, dates such as 2020年 and
 * names with digits such as PM2.5). Both in order, without overlap; positions are of that text.
 */
public record NumberScan(List<Quantity> quantities, List<Span> spans) {

  public NumberScan {
    quantities = List.copyOf(quantities);
    spans = List.copyOf(spans);
  }
}
