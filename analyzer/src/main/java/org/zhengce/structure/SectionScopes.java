package org.zhengce.structure;

import java.util.ArrayList;
import java.util.List;
import org.zhengce.text.Span;

/**
 * Widens the scope of attributions on lines of their own that close a section: in a task list
 * ({@code 一、开展年度国土变更调查工作 / （一）年度工作计划 … / （二）具体工作措施 1.… 2.… / 责任处室：… /
 * 完成时限：2021年12月底前}) the unit and the deadline are those of the whole section, not only of
 * the numbered run right above them. The scope becomes the outermost section that ends with the
 * attribution and holds no other attribution of the same label on its own line before it.
 * Stateless.
 */
final class SectionScopes {

  private SectionScopes() {}

  /** {@code items} with the scopes of their closing own-line attributions widened. */
  static List<Item> widen(String text, List<Item> items, List<Section> sections) {
    List<Attribution> ownLine = items.stream().flatMap(i -> i.attributions().stream())
        .filter(Attribution::ownLine).toList();
    if (ownLine.isEmpty()) {
      return items;
    }
    List<Item> out = new ArrayList<>(items.size());
    for (Item item : items) {
      List<Attribution> widened = new ArrayList<>(item.attributions().size());
      for (Attribution a : item.attributions()) {
        // a bracket on its own line closes its item; a labelled line (责任处室：…) its section
        widened.add(a.ownLine() && !inBracket(text, a) ? widen(text, a, sections, ownLine) : a);
      }
      out.add(new Item(item.span(), item.numbering(), item.marker(), item.heading(), widened));
    }
    return out;
  }

  private static Attribution widen(String text, Attribution a, List<Section> sections,
      List<Attribution> ownLine) {
    Section outermost = null;
    for (Section s : sections) {
      if (s.span().start() < a.scope().start() && s.span().contains(a.span().start())
          && endsWith(text, s.span(), a.item().end())
          && ownLine.stream().noneMatch(o -> o != a && o.label() == a.label()
              && o.span().start() > s.span().start() && o.span().start() < a.span().start())
          && (outermost == null || s.span().start() < outermost.span().start())) {
        outermost = s;
      }
    }
    if (outermost == null) {
      return a;
    }
    Span scope = new Span(outermost.span().start(), a.scope().end());
    return new Attribution(a.span(), a.label(), a.value(), a.item(), scope, true);
  }

  /** Whether the attribution stands inside a bracket: （市发展改革委…负责） on its own line. */
  private static boolean inBracket(String text, Attribution a) {
    int i = a.span().start() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && (Brackets.isOpen(text.charAt(i)) || text.charAt(i) == '，' || text.charAt(i) == '；'
        || text.charAt(i) == ',' || text.charAt(i) == ';');
  }

  /** Whether only white space stands between {@code end} and the end of {@code section}. */
  private static boolean endsWith(String text, Span section, int end) {
    if (end > section.end()) {
      return false;
    }
    for (int i = end; i < section.end(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\f') {
        return false;
      }
    }
    return true;
  }
}
