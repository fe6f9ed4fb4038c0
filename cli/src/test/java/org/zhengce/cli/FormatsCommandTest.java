package org.zhengce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    // fewer than from the .txt: the printed lines cut sentences until the normalizer
    // joins wrapped lines
    assertTrue(items > 10, "records found: " + items);
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
