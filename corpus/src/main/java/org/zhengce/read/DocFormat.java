package org.zhengce.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.zhengce.structure.Layout;

/**
 * A legacy Word document (.doc, an OLE2 file), read with Apache POI's HWPF {@link WordExtractor}:
 * one line per paragraph, fields reduced to their result, table cells separated by a tab. No
 * layout is recorded. The title is the summary information's when not blank. Refuses OLE2 files
 * that are not Word (Excel, PowerPoint) and encrypted Office files. Thread-safe (no state).
 */
final class DocFormat implements FormatReader {

  static final String ENCRYPTED = "encrypted Office document; zhengce cannot read it without the password";

  @Override
  public Document read(String source, byte[] bytes) throws ReadException {
    try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = ole.getRoot();
      if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
        throw new ReadException(ENCRYPTED);
      }
      if (!root.hasEntryCaseInsensitive("WordDocument")) {
        throw new ReadException("not a text file (legacy Office document, not Word)");
      }
      try (HWPFDocument doc = new HWPFDocument(root); WordExtractor words = new WordExtractor(doc)) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : words.getParagraphText()) {
          String line = clean(WordExtractor.stripFields(paragraph));
          out.append(line).append('\n');
        }
        String text = out.toString().stripTrailing();
        if (text.isBlank()) {
          throw new ReadException("Word document without text");
        }
        return new Document(source, "DOC", Document.Format.DOC, text, title(words), Layout.NONE, 0);
      }
    } catch (EncryptedDocumentException e) {
      throw new ReadException(ENCRYPTED);
    } catch (IOException | RuntimeException e) {
      throw ReadException.broken("DOC", e);
    }
  }

  /**
   * A paragraph without its end mark: a cell mark (U+0007) becomes a tab (the row's last one is
   * dropped), a manual line break (U+000B) a line break, other control characters go.
   */
  static String clean(String paragraph) {
    String s = paragraph.replaceAll("[\\r\\n\\u000B]+$", "");
    s = s.replaceAll("\\u0007+$", "").replace('\u0007', '\t').replace('\u000B', '\n');
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(c -> c == '\t' || c == '\n' || c >= 0x20).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String title(WordExtractor words) {
    SummaryInformation info = words.getSummaryInformation();
    String title = info == null ? null : info.getTitle();
    return title == null || title.isBlank() ? null : title.strip();
  }
}
