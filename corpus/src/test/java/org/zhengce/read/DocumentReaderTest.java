package org.zhengce.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentReaderTest {

  private final DocumentReader reader = new DocumentReader();


  @ParameterizedTest
  @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004})
  void decodesGbkCopiesOfTheSeeds(String seed) throws Exception {
    Charset gbk = Charset.forName("GBK");
    String text = Seeds.encodableIn(Seeds.text(seed), gbk);
    Document doc = reader.read(seed, text.getBytes(gbk));
    assertEquals(text, doc.original());
    assertEquals("GB18030", doc.encoding());
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S003})
  void decodesBig5CopiesOfTheTraditionalSeeds(String seed) throws Exception {
    Charset big5 = Charset.forName("Big5-HKSCS"); // Big5 with the pinyin letters of 001 and 003
    String text = Seeds.encodableIn(Seeds.text(seed), big5);
    Document doc = reader.read(seed, text.getBytes(big5));
    assertEquals(text, doc.original());
    assertEquals("Big5", doc.encoding());
  }

  @Test
  void encodableSeedsSurviveTheirCopiesWhole() {
    assertEquals(Seeds.text(Seeds.S001), Seeds.encodableIn(Seeds.text(Seeds.S001), Charset.forName("Big5-HKSCS")));
    for (String seed : new String[] {Seeds.S001, Seeds.S003, Seeds.S004}) {
      assertEquals(Seeds.text(seed), Seeds.encodableIn(Seeds.text(seed), Charset.forName("GBK")));
    }
  }

  @Test
  void readsUtf8WithAndWithoutByteOrderMark() throws Exception {
    String text = "市委、市政府責成市環保局";
    assertEquals(text, reader.read("a.txt", text.getBytes(StandardCharsets.UTF_8)).original());
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Document doc = reader.read("b.txt", withBom);
    assertEquals("\uFEFF" + text, doc.original(), "the mark counts as the first character");
    assertEquals("UTF-8 (BOM)", doc.encoding());
  }

  @Test
  void refusesImagesArchivesAndBinaryData() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertEquals("not a text file (PNG image)",
        assertThrows(ReadException.class, () -> reader.read("x.png", png)).getMessage());
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
    assertTrue(assertThrows(ReadException.class, () -> reader.read("x.zip", zip))
        .getMessage().contains("zip"));
    byte[] nul = "abc\0def".getBytes(StandardCharsets.US_ASCII);
    assertTrue(assertThrows(ReadException.class, () -> reader.read("x.bin", nul))
        .getMessage().contains("NUL"));
  }

  @Test
  void refusesBytesInAnEncodingItDoesNotKnow() throws Exception {
    String seed = Seeds.text(Seeds.S004).substring(0, 2000);
    byte[] utf16 = seed.getBytes(StandardCharsets.UTF_16LE); // no byte-order mark
    assertThrows(ReadException.class, () -> reader.read("x.txt", utf16));
    byte[] random = new byte[4000];
    new java.util.Random(7).nextBytes(random);
    for (int i = 0; i < random.length; i++) {
      random[i] = (byte) (random[i] | 0x80); // high bytes only: no NUL, no control bytes
    }
    assertTrue(assertThrows(ReadException.class, () -> reader.read("x.txt", random))
        .getMessage().startsWith("cannot decode"));
  }

  @Test
  void keepsTextAndHtmlWithAStrayByteCountingIt() throws Exception {
    byte[] text = "市委、市政府責成市環保局\n限期整改".getBytes(StandardCharsets.UTF_8);
    byte[] withBadByte = new byte[text.length + 1];
    System.arraycopy(text, 0, withBadByte, 0, 12);
    withBadByte[12] = (byte) 0xFF;
    System.arraycopy(text, 12, withBadByte, 13, text.length - 12);
    Document doc = reader.read("a.txt", withBadByte);
    assertEquals("市委、市\uFFFD政府責成市環保局\n限期整改", doc.original());
    assertEquals(1, doc.replacedBytes());
    assertEquals(Document.Format.TEXT, doc.format());

    Charset gbk = Charset.forName("GBK");
    byte[] head = "<html><head><title>河长制工作</title></head><body><p>全面推行河长制".getBytes(gbk);
    byte[] tail = "，落实整改。</p></body></html>".getBytes(gbk);
    byte[] html = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, html, 0, head.length);
    html[head.length] = (byte) 0x80;
    System.arraycopy(tail, 0, html, head.length + 1, tail.length);
    Document page = reader.read("page.html", html);
    assertEquals(Document.Format.HTML, page.format());
    assertEquals("全面推行河长制\uFFFD，落实整改。", page.original());
    assertEquals(1, page.replacedBytes());
    assertEquals("GB18030", page.encoding());
  }

  @Test
  void refusesEmptyAndOversizedFiles() {
    assertEquals("empty file",
        assertThrows(ReadException.class, () -> reader.read("e.txt", new byte[0])).getMessage());
    assertTrue(assertThrows(ReadException.class,
        () -> reader.read("w.txt", " \n\t".getBytes(StandardCharsets.UTF_8))).getMessage().startsWith("empty"));
    DocumentReader small = new DocumentReader(10);
    assertTrue(assertThrows(ReadException.class,
        () -> small.read("big.txt", "一二三四五六七八".getBytes(StandardCharsets.UTF_8)))
        .getMessage().startsWith("too large"));
  }

  @Test
  void extractsTextAndTitleFromHtml() throws Exception {
    String html = "<!DOCTYPE html><html><head><title>衡水市环境保护督察整改</title>"
        + "<script>var x = 1;</script><style>p{}</style></head><body>"
        + "<div class=nav>首页 &gt; 新闻</div><h1>讲话</h1><p>要落实河长制。</p><p>确保PM2.5下降10%<br>以上</p>"
        + "</body></html>";
    Document doc = reader.read("page.html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals(Document.Format.HTML, doc.format());
    assertEquals("衡水市环境保护督察整改", doc.htmlTitle());
    assertEquals("首页 > 新闻\n讲话\n要落实河长制。\n确保PM2.5下降10%\n以上", doc.original());
  }

  @Test
  void stopsReadingAnEndlessStreamAtTheLimit() {
    DocumentReader small = new DocumentReader(1 << 20);
    InputStream zeros = new InputStream() {
      @Override
      public int read() {
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'x');
        return len;
      }
    };
    assertEquals("too large: over the limit of 1.0 MB (--max-size)",
        assertThrows(ReadException.class, () -> small.read("-", zeros)).getMessage());
  }

  @Test
  void stopsReadingADeviceWithoutASizeAtTheLimit() {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
    DocumentReader small = new DocumentReader(1 << 20);
    assertEquals("too large: over the limit of 1.0 MB (--max-size)",
        assertThrows(ReadException.class, () -> small.read(zero)).getMessage());
  }

  @Test
  void readsAProcFileThatReportsSizeZero() throws Exception {
    Path status = Path.of("/proc/self/status");
    Assumptions.assumeTrue(Files.isReadable(status), "no /proc here");
    Assumptions.assumeTrue(Files.size(status) == 0, "this /proc reports sizes");
    assertTrue(reader.read(status).original().startsWith("Name:"));
  }

  @Test
  void checksARegularFilesSizeBeforeReadingIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.txt");
    Files.write(big, "一二三四五六七八九十".repeat(200).getBytes(StandardCharsets.UTF_8));
    assertEquals("too large: 0.0 MB, the limit is 0.0 MB (--max-size)",
        assertThrows(ReadException.class, () -> new DocumentReader(100).read(big)).getMessage());
    assertEquals("一二三四五六七八九十".repeat(200), reader.read(big).original());
  }

  @Test
  void dispatchesByMagicBytesBeforeTheName() throws Exception {
    byte[] pdf = TestPdfs.plan(null, "页眉", "正文第一段。");
    assertEquals(Document.Format.PDF, reader.read("misnamed.txt", pdf).format());
    byte[] docx = DocxFormatTest.docx("标题", List.of("正文"), DocxFormatTest.TASKS, List.of());
    assertEquals(Document.Format.DOCX, reader.read("misnamed.bin", docx).format());
    assertEquals(Document.Format.HTML,
        reader.read("page.txt", "<html><body><p>正文</p></body></html>".getBytes(StandardCharsets.UTF_8)).format());
    assertEquals(Document.Format.TEXT,
        reader.read("notes.doc", "这是另存为文本的文件。".getBytes(StandardCharsets.UTF_8)).format());
    assertEquals("not a text file (executable)", assertThrows(ReadException.class,
        () -> reader.read("a.out", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0})).getMessage());
    assertEquals("not a text file (RTF document; save it as .docx or plain text first)",
        assertThrows(ReadException.class, () -> reader.read("plan.doc",
            "{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}}".getBytes(StandardCharsets.US_ASCII))).getMessage());
  }

  @Test
  void readsTheSameFilesAlikeOnFourThreads() throws Exception {
    List<byte[]> files = List.of(
        TestPdfs.plan("标题", PdfFormatTest.HEADER, PdfFormatTest.PLAN),
        DocxFormatTest.docx("标题", List.of("正文"), DocxFormatTest.TASKS, List.of("结尾")),
        "<table><tr><td>序号</td><td>任务</td></tr></table>".getBytes(StandardCharsets.UTF_8));
    List<Document> once = new ArrayList<>();
    for (byte[] f : files) {
      once.add(reader.read("f.html", f));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Document>> runs = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (int i : new int[] {0, 1, 2, 0}) {
          runs.add(pool.submit(() -> reader.read("f.html", files.get(i))));
        }
      }
      int k = 0;
      for (Future<Document> run : runs) {
        int i = new int[] {0, 1, 2, 0}[k++ % 4];
        assertEquals(once.get(i), run.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
