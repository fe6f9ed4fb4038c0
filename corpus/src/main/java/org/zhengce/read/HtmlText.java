package org.zhengce.read;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML page, parsed with jsoup: block elements and {@code <br>} become line
 * breaks, scripts, styles and other non-text elements are dropped, and {@code <title>} is kept
 * for metadata. Thread-safe.
 */
final class HtmlText {

  /** A page's title (null when it has none) and its text. */
  record Page(String title, String text) {}

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section",
      "article", "header", "footer", "nav", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
      "hr", "title", "form", "aside", "main", "figure", "figcaption", "address");
  private static final Set<String> SKIPPED = Set.of(
      "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "head");

  Page extract(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    String title = page.title().strip();
    StringBuilder out = new StringBuilder(html.length() / 2);
    NodeTraversor.traverse(new NodeVisitor() {
      private int skipping;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          if (SKIPPED.contains(e.normalName())) {
            skipping++;
          } else if (BLOCKS.contains(e.normalName())) {
            newline(out);
          }
        } else if (node instanceof TextNode t && skipping == 0) {
          String s = t.getWholeText().replaceAll("[ \\t\\r\\n\\u00A0]+", " ");
          if (!s.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != '\n')) {
            out.append(s);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (SKIPPED.contains(e.normalName())) {
            skipping--;
          } else if (BLOCKS.contains(e.normalName())) {
            newline(out);
          }
        }
      }
    }, page.body() != null ? page.body() : page);
    return new Page(title.isEmpty() ? null : title, out.toString().strip());
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
}
