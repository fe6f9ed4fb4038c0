package org.zhengce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.read.TestPdfs;

/**
 * PDF and Word input through the command line: a plan printed to PDF ({@link TestPdfs}) is
 * extracted with offsets into the text read from it, and unreadable PDFs and Word files get one
 * line each on stderr while the other files go on.
 */
class FormatsCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void extractsRecordsFromAPlanPrintedToPdf(@TempDir Path dir) throws Exception {
    String text = Files.readString(CliTest.seed(CliTest.S004), StandardCharsets.UTF_8);
    Path pdf = dir.resolve("plan.pdf");
    Files.write(pdf, TestPdfs.plan(null, "衡水市人民政府办公室文件", text));
    CliTest.Run run = CliTest.run("extract", "--format", "jsonl", pdf.toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode doc = MAPPER.readTree(run.out());
    String original = DocumentPipeline.standard().read(pdf).original();
    assertTrue(original.contains("\n－ 2 －\n衡水市人民政府办公室文件\n"), "page 2 ends, page 3 starts");
    int items = 0;
    for (String kind : new String[] {"commitments", "targets", "deadlines", "parties"}) {
      for (JsonNode item : doc.get(kind)) {
        int start = original.offsetByCodePoints(0, item.get("start").asInt());
        int end = original.offsetByCodePoints(0, item.get("end").asInt());
        assertEquals(original.substring(start, end), item.get("text").asText());
        items++;
      }
    }
    // the printed lines cut sentences; layout repair joins them again, so the PDF yields nearly
    // the commitments of the plain text
    CliTest.Run plain = CliTest.run("extract", "--format", "jsonl", CliTest.seed(CliTest.S004).toString());
    int fromText = MAPPER.readTree(plain.out()).get("commitments").size();
    int fromPdf = doc.get("commitments").size();
    assertTrue(fromPdf >= 0.8 * fromText, fromPdf + " commitments from the PDF, " + fromText + " from the text");
    assertTrue(items > 10, "records found: " + items);
  }

  @Test
  void extractsRecordsFromAWordDocument(@TempDir Path dir) throws Exception {
    Path docx = dir.resolve("notice.docx");
    try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        java.io.OutputStream out = Files.newOutputStream(docx)) {
      d.createParagraph().createRun().setText("关于印发重点任务分工方案的通知");
      d.createParagraph().createRun().setText("各县区人民政府，市直各部门：");
      d.createParagraph().createRun().setText(
          "1.制定大气污染防治整改方案，确保今年PM2.5平均浓度下降10%。（牵头单位：市环保局；配合单位：市发改委）");
      d.write(out);
    }
    CliTest.Run run = CliTest.run("extract", "--format", "jsonl", docx.toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode doc = MAPPER.readTree(run.out());
    String original = DocumentPipeline.standard().read(docx).original();
    for (String kind : new String[] {"commitments", "targets", "deadlines", "parties"}) {
      for (JsonNode item : doc.get(kind)) {
        int start = original.offsetByCodePoints(0, item.get("start").asInt());
        int end = original.offsetByCodePoints(0, item.get("end").asInt());
        assertEquals(original.substring(start, end), item.get("text").asText());
      }
    }
    assertEquals("PM2.5平均浓度", doc.get("targets").get(0).get("indicator").asText());
    List<String> parties = new java.util.ArrayList<>();
    doc.get("parties").forEach(p -> parties.add(p.get("name").asText() + ":" + p.get("role").asText()));
    assertTrue(parties.containsAll(List.of("市环保局:lead", "市发改委:support")), parties.toString());
  }

  @Test
  void unreadablePdfsAndWordFilesGetOneLineEach(@TempDir Path dir) throws IOException {
    byte[] plan = TestPdfs.plan(null, "页眉", "一、总体要求\n全面贯彻落实中央环境保护督察组反馈意见。");
    Path half = dir.resolve("half.pdf");
    Files.write(half, Arrays.copyOf(plan, plan.length / 2));
    Path secret = dir.resolve("secret.pdf");
    try (PDDocument doc = Loader.loadPDF(plan)) {
      doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      Files.write(secret, TestPdfs.save(doc));
    }
    Path blank = dir.resolve("blank.pdf");
    Files.write(blank, TestPdfs.pdf(null, java.util.List.of(java.util.List.of())));
    Path fake = dir.resolve("fake.docx");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("mimetype"));
      z.write("application/epub+zip".getBytes(StandardCharsets.US_ASCII));
    }
    Files.write(fake, zip.toByteArray());
    CliTest.Run run = CliTest.run("info", half.toString(), secret.toString(),
        CliTest.seed(CliTest.S004).toString(), blank.toString(), fake.toString());
    assertEquals(1, run.exit());
    assertEquals(java.util.List.of(
        "zhengce: " + half + ": broken PDF: truncated (no %%EOF at the end)",
        "zhengce: " + secret + ": encrypted PDF; zhengce cannot read it without the password",
        "zhengce: " + blank + ": PDF without a text layer (scanned?); run OCR first",
        "zhengce: " + fake + ": not a Word document: a zip archive without word/document.xml"),
        run.errLines());
    assertTrue(run.out().contains("衡水市"), "the good file still printed");
  }
}
