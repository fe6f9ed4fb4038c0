package org.zhengce.read;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.zhengce.structure.Layout;

/**
 * The text of an HTML page, parsed with jsoup: block elements and {@code <br>} become line
 * breaks, scripts, styles and other non-text elements are dropped, and {@code <title>} is kept
 * for metadata. Table cells ({@code td}, {@code th}) are separated by a tab and rows ({@code tr})
 * by a line break, and each table is recorded in the page's {@link Layout}; a table inside a
 * cell is flattened into that cell's text. Thread-safe.
 */
final class HtmlText {

  /** A page's title (null when it has none), its text and its tables. */
  record Page(String title, String text, Layout layout) {}

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section",
      "article", "header", "footer", "nav", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
      "hr", "title", "form", "aside", "main", "figure", "figcaption", "address", "caption");
  private static final Set<String> SKIPPED = Set.of(
      "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "head");

  Page extract(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    String title = page.title().strip();
    StringBuilder out = new StringBuilder(html.length() / 2);
    TableRecorder tables = new TableRecorder(out);
    NodeTraversor.traverse(new NodeVisitor() {
      private int skipping;
      /** Tables open inside the recorded table's cells, whose text is flattened. */
      private int innerTables;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          String name = e.normalName();
          if (SKIPPED.contains(name)) {
            skipping++;
          } else if (skipping > 0) {
            return;
          } else if (tables.inCell()) {
            if (name.equals("table")) {
              innerTables++;
            }
            if (BLOCKS.contains(name) || name.equals("td") || name.equals("th") || name.equals("tr")) {
              space(out);
            }
          } else if (name.equals("table")) {
            newline(out);
            if (!tables.inTable()) {
              tables.startTable();
            }
          } else if (name.equals("tr") && tables.inTable()) {
            newline(out);
            tables.startRow();
          } else if ((name.equals("td") || name.equals("th")) && tables.inTable()) {
            tables.startCell();
          } else if (BLOCKS.contains(name)) {
            newline(out);
          }
        } else if (node instanceof TextNode t && skipping == 0) {
          String s = t.getWholeText().replaceAll("[ \\t\\r\\n\\u00A0]+", " ");
          if (tables.atCellStart()) {
            s = s.stripLeading();
          }
          if (!s.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != '\n')) {
            out.append(s);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return;
        }
        String name = e.normalName();
        if (SKIPPED.contains(name)) {
          skipping--;
        } else if (skipping > 0) {
          return;
        } else if (innerTables > 0) {
          if (name.equals("table")) {
            innerTables--;
          }
          if (BLOCKS.contains(name) || name.equals("td") || name.equals("th") || name.equals("tr")) {
            space(out);
          }
        } else if ((name.equals("td") || name.equals("th")) && tables.inCell()) {
          tables.endCell();
        } else if (tables.inCell()) {
          if (BLOCKS.contains(name)) {
            space(out);
          }
        } else if (name.equals("tr") && tables.inTable()) {
          tables.endRow();
          newline(out);
        } else if (name.equals("table") && tables.inTable()) {
          tables.endTable();
          newline(out);
        } else if (BLOCKS.contains(name)) {
          newline(out);
        }
      }
    }, page.body() != null ? page.body() : page);
    String text = out.toString();
    int lead = 0;
    while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
      lead++;
    }
    String stripped = text.strip();
    return new Page(title.isEmpty() ? null : title, stripped, tables.layout(lead, stripped.length()));
  }

  private static void newline(StringBuilder out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') {
      out.setLength(--n);
    }
    if (n > 0 && out.charAt(n - 1) != '\n') {
      out.append('\n');
    }
  }

  /** A word break inside a table cell, where a line break would end the row. */
  private static void space(StringBuilder out) {
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\t' && out.charAt(n - 1) != '\n') {
      out.append(' ');
    }
  }
}
