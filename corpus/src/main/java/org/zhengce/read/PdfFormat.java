package org.zhengce.read;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.zhengce.structure.Layout;

/**
 * A PDF's text layer, read with Apache PDFBox: each page's text in reading order ({@code
 * PDFTextStripper} sorting by position, two-column parts of a page read column by column as
 * {@link PdfColumns} finds them), pages joined by a line break, and where each page starts in
 * {@link Layout#pageStarts()}. Lines stay as the page breaks them, running headers and page
 * numbers included; repairing them is the normalizer's work. The title is the document
 * information's when not blank, less a printer driver's {@code Microsoft Word - } and file
 * extension. Refuses encrypted PDFs it cannot open, PDFs without a text layer and broken or
 * truncated files, each with one line. Thread-safe (no state).
 */
final class PdfFormat implements FormatReader {

  static final String ENCRYPTED = "encrypted PDF; zhengce cannot read it without the password";
  static final String NO_TEXT = "PDF without a text layer (scanned?); run OCR first";

  /** How far from the end {@code %%EOF} may stand in a file that is whole. */
  private static final int EOF_WINDOW = 2048;

  @Override
  public Document read(String source, byte[] bytes) throws ReadException {
    if (!endsWithEofMarker(bytes)) {
      throw new ReadException("broken PDF: truncated (no %%EOF at the end)");
    }
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      int pages = pdf.getNumberOfPages();
      if (pages == 0) {
        throw new ReadException("broken PDF: no pages");
      }
      StringBuilder text = new StringBuilder();
      List<Integer> starts = new ArrayList<>(pages);
      for (int i = 1; i <= pages; i++) {
        if (i > 1) {
          text.append('\n');
        }
        starts.add(text.length());
        text.append(pageText(pdf, i));
      }
      if (text.toString().isBlank()) {
        throw new ReadException(NO_TEXT);
      }
      String version = String.format(Locale.ROOT, "PDF %.1f", pdf.getVersion());
      return new Document(source, version, Document.Format.PDF, text.toString(), title(pdf),
          new Layout(starts, List.of()), 0);
    } catch (InvalidPasswordException e) {
      throw new ReadException(ENCRYPTED);
    } catch (IOException | RuntimeException e) {
      throw ReadException.broken("PDF", e);
    }
  }

  /** Page {@code number} (from 1), without the line breaks at its end. */
  private static String pageText(PDDocument pdf, int number) throws IOException {
    GlyphCollector collector = new GlyphCollector();
    collector.setStartPage(number);
    collector.setEndPage(number);
    String whole = collector.getText(pdf);
    List<Rectangle2D> regions = PdfColumns.regions(collector.glyphs);
    if (regions.isEmpty()) {
      return stripEnd(whole);
    }
    PDFTextStripperByArea areas = new PDFTextStripperByArea();
    configure(areas);
    for (int r = 0; r < regions.size(); r++) {
      areas.addRegion(Integer.toString(r), regions.get(r));
    }
    PDPage page = pdf.getPage(number - 1);
    areas.extractRegions(page);
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < regions.size(); r++) {
      String part = stripEnd(areas.getTextForRegion(Integer.toString(r)));
      if (!part.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(part);
      }
    }
    return out.toString();
  }

  private static void configure(PDFTextStripper stripper) {
    stripper.setSortByPosition(true);
    stripper.setLineSeparator("\n");
    stripper.setPageStart("");
    stripper.setPageEnd("");
  }

  private static String stripEnd(String s) {
    int n = s.length();
    while (n > 0 && (s.charAt(n - 1) == '\n' || s.charAt(n - 1) == '\r')) {
      n--;
    }
    return s.substring(0, n);
  }

  /**
   * The document information's title, without what a printer driver adds to a file name
   * ({@code Microsoft Word - 通知.docx} is {@code 通知}); null when blank.
   */
  static String title(String title) {
    if (title == null) {
      return null;
    }
    String t = title.strip().replaceFirst("^Microsoft (Word|PowerPoint|Excel) - ", "")
        .replaceFirst("(?i)\\.(docx?|wps|pdf|txt)$", "").strip();
    return t.isEmpty() ? null : t;
  }

  private static String title(PDDocument pdf) {
    return title(pdf.getDocumentInformation().getTitle());
  }

  private static boolean endsWithEofMarker(byte[] b) {
    byte[] marker = {'%', '%', 'E', 'O', 'F'};
    for (int i = b.length - marker.length; i >= Math.max(0, b.length - EOF_WINDOW); i--) {
      int k = 0;
      while (k < marker.length && b[i + k] == marker[k]) {
        k++;
      }
      if (k == marker.length) {
        return true;
      }
    }
    return false;
  }

  /** A text stripper that also keeps where each glyph stands, for {@link PdfColumns}. */
  private static final class GlyphCollector extends PDFTextStripper {
    final List<PdfColumns.Glyph> glyphs = new ArrayList<>();

    GlyphCollector() {
      configure(this);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      String unicode = text.getUnicode();
      if (unicode != null && !unicode.isBlank()) {
        glyphs.add(new PdfColumns.Glyph(text.getX(), text.getY(), text.getWidth(), text.getHeight()));
      }
      super.processTextPosition(text);
    }
  }
}
