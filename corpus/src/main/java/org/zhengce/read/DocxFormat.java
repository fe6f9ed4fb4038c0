package org.zhengce.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document (.docx), read with Apache POI's XWPF: the body in order, one line per
 * paragraph; a table's cells separated by a tab and its rows by a line break, each table
 * recorded in the {@link org.zhengce.structure.Layout}. A cell's paragraphs and nested tables
 * are flattened into its text, joined by spaces. Headers, footers and notes are left out. The
 * title is the core properties' title when it is not blank. Thread-safe (no state).
 */
final class DocxFormat implements FormatReader {

  private static final String BODY = "word/document.xml";

  /** Whether the bytes are a zip archive holding a Word body. */
  static boolean isWord(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(BODY)) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public Document read(String source, byte[] bytes) throws ReadException {
    if (!isWord(bytes)) {
      throw new ReadException("not a Word document: a zip archive without " + BODY);
    }
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder out = new StringBuilder();
      TableRecorder tables = new TableRecorder(out);
      for (IBodyElement element : docx.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          line(out, p.getText());
        } else if (element instanceof XWPFTable t) {
          table(out, tables, t);
        } else if (element instanceof XWPFSDT sdt) {
          line(out, sdt.getContent().getText());
        }
      }
      String text = stripEnd(out);
      if (text.isBlank()) {
        throw new ReadException("Word document without text");
      }
      return new Document(source, "DOCX", Document.Format.DOCX, text, title(docx),
          tables.layout(0, text.length()), 0);
    } catch (IOException | RuntimeException e) {
      throw ReadException.broken("DOCX", e);
    }
  }

  private static void table(StringBuilder out, TableRecorder tables, XWPFTable table) {
    tables.startTable();
    for (XWPFTableRow row : table.getRows()) {
      tables.startRow();
      for (XWPFTableCell cell : row.getTableCells()) {
        tables.startCell();
        out.append(cellText(cell));
        tables.endCell();
      }
      tables.endRow();
      out.append('\n');
    }
    tables.endTable();
  }

  private static void line(StringBuilder out, String text) {
    out.append(text.replace("\r\n", "\n").replace('\r', '\n')).append('\n');
  }

  /** A cell's text on one line: its paragraphs and nested tables' cells joined by spaces. */
  private static String cellText(XWPFTableCell cell) {
    List<String> parts = new ArrayList<>();
    for (IBodyElement element : cell.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        parts.add(p.getText());
      } else if (element instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          row.getTableCells().forEach(inner -> parts.add(cellText(inner)));
        }
      } else if (element instanceof XWPFSDT sdt) {
        parts.add(sdt.getContent().getText());
      }
    }
    return String.join(" ", parts).strip().replaceAll("\\s*[\\t\\r\\n]+\\s*| {2,}", " ");
  }

  private static String stripEnd(StringBuilder out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == '\n') {
      n--;
    }
    return out.substring(0, n);
  }

  private static String title(XWPFDocument docx) {
    POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
    String title = core == null ? null : core.getTitle();
    return title == null || title.isBlank() ? null : title.strip();
  }
}
