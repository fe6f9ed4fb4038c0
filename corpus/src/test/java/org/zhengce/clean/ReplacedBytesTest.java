package org.zhengce.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengce.read.Document;
import org.zhengce.read.DocumentReader;
import org.zhengce.structure.Layout;

/**
 * A file with a few bytes its encoding cannot decode is kept: flagged {@code garbled}, its U+FFFD
 * left out of analysis without breaking the sentence around them.
 */
class ReplacedBytesTest {

  private static final Charset GBK = Charset.forName("GBK");
  private final DocumentCleaner cleaner = DocumentCleaner.standard();

  @Test
  void aGbkFileWithStrayBytesIsKeptFlaggedAndMasked() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("关于落实河长制的通知\n各区县要在2024年底前完成整改".getBytes(GBK));
    bytes.write(0xFF);
    bytes.write(0x80);
    bytes.writeBytes("，确保水质达标率提高到90%以上。\n".getBytes(GBK));
    Document document = new DocumentReader().read("notice.txt", bytes.toByteArray());
    assertEquals(2, document.replacedBytes());
    assertEquals("GB18030", document.encoding());
    CleanDocument doc = cleaner.clean(document);
    assertEquals(List.of("garbled"), doc.flags());
    assertEquals("各区县要在2024年底前完成整改，确保水质达标率提高到90%以上。",
        doc.text().normalized().lines().filter(l -> l.startsWith("各区县")).findFirst().orElseThrow());
    assertFalse(doc.text().normalized().contains("\uFFFD"));
  }

  @Test
  void replacedBytesFlagTheDocumentEvenInsideBoilerplate() {
    String original = "关于落实河长制的通知\n各区县要在2024年底前完成整改。\n版权所有 \uFFFD 某某市人民政府网站\n";
    Document replaced = new Document("a.txt", "GB18030", Document.Format.TEXT, original, null,
        Layout.NONE, 1);
    assertTrue(cleaner.clean(replaced).flags().contains("garbled"), "bytes were replaced");
    Document clean = new Document("b.txt", "UTF-8", Document.Format.TEXT,
        original.replace("\uFFFD", "©"), null, Layout.NONE, 0);
    assertFalse(cleaner.clean(clean).flags().contains("garbled"));
  }
}
