package org.zhengce.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.zhengce.structure.Layout;

class DocxFormatTest {

  private final DocumentReader reader = new DocumentReader();

  static final List<List<String>> TASKS = List.of(
      List.of("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
      List.of("1", "制定大气污染防治整改方案", "市环保局", "市发改委", "2017年6月底前"),
      List.of("2", "全面完成燃煤锅炉淘汰任务", "市发改委", "市环保局", "2017年10月底前"));

  @Test
  void readsParagraphsAndATaskTableWithItsCells() throws Exception {
    Document doc = reader.read("plan.docx", docx("衡水市大气污染防治整改方案",
        List.of("衡水市大气污染防治整改方案", "一、总体要求", "坚持问题导向，确保各项整改任务按期完成。"),
        TASKS, List.of("二、保障措施", "各县区人民政府是整改工作的责任主体。")));
    assertEquals(Document.Format.DOCX, doc.format());
    assertEquals("衡水市大气污染防治整改方案", doc.htmlTitle());
    assertEquals("""
        衡水市大气污染防治整改方案
        一、总体要求
        坚持问题导向，确保各项整改任务按期完成。
        序号\t重点任务\t牵头单位\t配合单位\t完成时限
        1\t制定大气污染防治整改方案\t市环保局\t市发改委\t2017年6月底前
        2\t全面完成燃煤锅炉淘汰任务\t市发改委\t市环保局\t2017年10月底前
        二、保障措施
        各县区人民政府是整改工作的责任主体。""", doc.original());
    assertEquals(1, doc.layout().tables().size());
    Layout.Table table = doc.layout().tables().get(0);
    assertEquals(3, table.rows().size());
    for (int r = 0; r < TASKS.size(); r++) {
      Layout.Row row = table.rows().get(r);
      assertEquals(TASKS.get(r), row.cells().stream().map(c -> c.of(doc.original())).toList());
      assertEquals(String.join("\t", TASKS.get(r)), row.span().of(doc.original()));
    }
    assertEquals(doc.original().indexOf("序号"), table.span().start());
    assertEquals(doc.original().indexOf("\n二、保障措施"), table.span().end());
    assertEquals(List.of(), doc.layout().pageStarts());
  }

  @Test
  void flattensACellsParagraphsIntoOneLineAndLeavesTheTitleNullWhenBlank() throws Exception {
    try (XWPFDocument d = new XWPFDocument()) {
      d.createParagraph().createRun().setText("分工");
      XWPFTable t = d.createTable(1, 2);
      t.getRow(0).getCell(0).setText("牵头单位");
      t.getRow(0).getCell(1).setText("市环保局");
      t.getRow(0).getCell(1).addParagraph().createRun().setText("市发改委");
      Document doc = reader.read("x.docx", bytes(d));
      assertEquals("分工\n牵头单位\t市环保局 市发改委", doc.original());
      assertEquals("市环保局 市发改委",
          doc.layout().tables().get(0).rows().get(0).cells().get(1).of(doc.original()));
      assertNull(doc.htmlTitle());
    }
  }

  @Test
  void refusesAZipThatIsNotWord() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("不是文档".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    byte[] bytes = out.toByteArray();
    assertEquals("not a Word document: a zip archive without word/document.xml", message("fake.docx", bytes));
    assertEquals("not a text file (zip archive, not a Word document)", message("data.zip", bytes));
    assertEquals("not a Word document: not a zip archive",
        message("notes.docx", "只是文字".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void refusesLegacyOfficeFilesThatAreNotWordAndEncryptedOnes() throws Exception {
    ByteArrayOutputStream ole = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "Workbook");
      fs.writeFilesystem(ole);
    }
    assertEquals("not a text file (legacy Office document, not Word)", message("sheet.xls", ole.toByteArray()));
    assertEquals("not a text file (legacy Office document, not Word)", message("sheet.doc", ole.toByteArray()));

    byte[] plain;
    try (XWPFDocument d = new XWPFDocument()) {
      d.createParagraph().createRun().setText("保密");
      plain = bytes(d);
    }
    ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(plain);
      }
      fs.writeFilesystem(encrypted);
    }
    assertEquals("encrypted Office document; zhengce cannot read it without the password",
        message("secret.docx", encrypted.toByteArray()));
  }

  private String message(String name, byte[] bytes) {
    return assertThrows(ReadException.class, () -> reader.read(name, bytes)).getMessage();
  }

  /** A .docx: the paragraphs before, a table of {@code rows}, the paragraphs after. */
  static byte[] docx(String title, List<String> before, List<List<String>> rows, List<String> after)
      throws IOException {
    try (XWPFDocument d = new XWPFDocument()) {
      d.getProperties().getCoreProperties().setTitle(title);
      before.forEach(p -> d.createParagraph().createRun().setText(p));
      XWPFTable t = d.createTable(rows.size(), rows.get(0).size());
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          t.getRow(r).getCell(c).setText(rows.get(r).get(c));
        }
      }
      after.forEach(p -> d.createParagraph().createRun().setText(p));
      return bytes(d);
    }
  }

  private static byte[] bytes(XWPFDocument d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    d.write(out);
    return out.toByteArray();
  }
}
