package org.zhengce.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Builds PDFs with Chinese text at test time, in the shipped WenQuanYi Micro Hei subset
 * ({@code fonts/wqy-microhei-subset.ttf}, embedded as a subset): free placement of text runs
 * ({@link #pdf}) and a plan laid out like a printed government document ({@link #plan}): a
 * running header, {@value #CHARS_PER_LINE} characters a line, {@value #LINES_PER_PAGE} lines a
 * page and a page number footer {@code － N －}. A character outside the font's subset fails the
 * build. Stateless; the cli tests use it through the corpus test jar.
 */
public final class TestPdfs {

  public static final int CHARS_PER_LINE = 34;
  public static final int LINES_PER_PAGE = 30;

  /** A run of text at {@code (x, y)} (PDF points from the bottom left) in {@code size} points. */
  public record Run(float x, float y, float size, String text) {}

  private static final float SIZE = 14;
  private static final float LEFT = 60;
  private static final float TOP = 770;
  private static final float LEADING = 21;

  private TestPdfs() {}

  /** A PDF with the document information's {@code title} (null for none) and the given pages. */
  public static byte[] pdf(String title, List<List<Run>> pages) {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = font(doc);
      if (title != null) {
        doc.getDocumentInformation().setTitle(title);
      }
      for (List<Run> runs : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          for (Run run : runs) {
            content.beginText();
            content.setFont(font, run.size());
            content.newLineAtOffset(run.x(), run.y());
            content.showText(run.text());
            content.endText();
          }
        }
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A plan as printed: each paragraph of {@code text} (one a line) wrapped at {@value
   * #CHARS_PER_LINE} characters, {@value #LINES_PER_PAGE} lines a page under the running {@code
   * header}, and {@code － N －} at the foot of page N.
   */
  public static byte[] plan(String title, String header, String text) {
    List<String> lines = wrap(text);
    List<List<Run>> pages = new ArrayList<>();
    for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
      List<Run> page = new ArrayList<>();
      page.add(new Run(LEFT, 805, 10.5f, header));
      List<String> body = lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE));
      for (int i = 0; i < body.size(); i++) {
        page.add(new Run(LEFT, TOP - i * LEADING, SIZE, body.get(i)));
      }
      String number = pageNumber(pages.size() + 1);
      page.add(new Run(297 - number.length() * 7f / 2, 50, 14, number));
      pages.add(page);
    }
    return pdf(title, pages);
  }

  /** The footer of page {@code n}: {@code － n －}. */
  public static String pageNumber(int n) {
    return "－ " + n + " －";
  }

  /** The printed lines of {@code text}: each paragraph cut every {@value #CHARS_PER_LINE} characters. */
  public static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      if (paragraph.isBlank()) {
        continue;
      }
      int[] cps = paragraph.strip().codePoints().toArray();
      for (int i = 0; i < cps.length; i += CHARS_PER_LINE) {
        lines.add(new String(cps, i, Math.min(CHARS_PER_LINE, cps.length - i)));
      }
    }
    return lines;
  }

  /** The test font, embedded into {@code doc} as a subset. */
  public static PDType0Font font(PDDocument doc) throws IOException {
    try (InputStream in = TestPdfs.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
      if (in == null) {
        throw new IOException("test font fonts/wqy-microhei-subset.ttf not on the class path");
      }
      return PDType0Font.load(doc, in, true);
    }
  }

  /** The document's bytes as saved. */
  public static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
