package org.zhengce.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhengce.read.TestPdfs.Run;

class PdfFormatTest {

  private final DocumentReader reader = new DocumentReader();

  static final String HEADER = "衡水市人民政府关于印发大气污染防治整改方案的通知";
  static final String PLAN = """
      一、总体要求
      全面贯彻落实中央环境保护督察组反馈意见，坚持问题导向，以改善环境质量为核心，强化责任落实，确保各项整改任务按期完成，推动全市生态环境质量持续好转。
      二、主要目标
      到2017年底，全市细颗粒物（PM2.5）平均浓度比2016年下降10%以上，重污染天数明显减少；主要河流水质达到功能区标准，城市黑臭水体基本消除。
      三、重点任务
      （一）强化大气污染防治。全面完成燃煤锅炉淘汰任务，加快推进散煤治理和清洁取暖，严格控制机动车污染，加强扬尘综合整治，确保空气质量明显改善。
      （二）推进水污染防治。全面落实河长制，加快城镇污水处理设施建设，实施工业污染源全面达标排放计划，确保水环境质量稳步提升。
      （三）加强土壤污染防治。开展土壤污染状况详查，建立污染地块名录，严格建设用地准入管理，防范人居环境风险。
      四、保障措施
      各县（市、区）人民政府是整改工作的责任主体，要成立领导小组，制定具体方案，明确责任单位、责任人和完成时限，确保整改到位。市环保局要会同有关部门加强督导检查，对整改不力的单位和个人严肃问责。
      """.repeat(4);

  @Test
  void readsAPlanPageByPageWithHeadersAndPageNumbersAsPrinted() throws Exception {
    byte[] bytes = TestPdfs.plan("衡水市大气污染防治整改方案", HEADER, PLAN);
    Document doc = reader.read("plan.pdf", bytes);
    assertEquals(Document.Format.PDF, doc.format());
    assertEquals("衡水市大气污染防治整改方案", doc.htmlTitle());
    List<String> lines = TestPdfs.wrap(PLAN);
    int pages = (lines.size() + TestPdfs.LINES_PER_PAGE - 1) / TestPdfs.LINES_PER_PAGE;
    assertTrue(pages >= 3, "several pages: " + pages);
    StringBuilder expected = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (int p = 0; p < pages; p++) {
      if (p > 0) {
        expected.append('\n');
      }
      starts.add(expected.length());
      expected.append(HEADER).append('\n');
      for (String line : lines.subList(p * 30, Math.min(lines.size(), p * 30 + 30))) {
        expected.append(line).append('\n');
      }
      expected.append(TestPdfs.pageNumber(p + 1));
    }
    assertEquals(expected.toString(), doc.original());
    assertEquals(starts, doc.layout().pageStarts());
    String second = doc.original().substring(starts.get(1), starts.get(2) - 1);
    assertTrue(second.startsWith(HEADER + "\n"), second);
    assertTrue(second.endsWith("\n－ 2 －"), second);
    assertEquals(List.of(), doc.layout().tables());
  }

  @ParameterizedTest
  @ValueSource(floats = {0, 9})
  void readsATwoColumnPageColumnByColumn(float rightColumnDrop) throws Exception {
    List<String> left = List.of("左栏第一行是简报的正文内容文字", "左栏第二行是简报的正文内容文字",
        "左栏第三行是简报的正文内容文字", "左栏第四行是简报的正文内容文字", "左栏第五行是简报的正文内容文字",
        "左栏第六行是简报的正文内容文字", "左栏第七行完");
    List<String> right = List.of("右栏第一行是简报的正文内容文字", "右栏第二行是简报的正文内容文字",
        "右栏第三行是简报的正文内容文字", "右栏第四行是简报的正文内容文字", "右栏第五行是简报的正文内容文字",
        "右栏第六行完");
    List<Run> page = new ArrayList<>();
    page.add(new Run(150, 790, 18, "两栏排版的工作简报标题"));
    for (int i = 0; i < left.size(); i++) {
      page.add(new Run(60, 740 - i * 20, 12, left.get(i)));
    }
    for (int i = 0; i < right.size(); i++) {
      page.add(new Run(320, 740 - rightColumnDrop - i * 20, 12, right.get(i)));
    }
    page.add(new Run(60, 560, 12, "本栏以下为通栏正文，跨越左右两栏的位置，一直写到页面的右侧边缘为止"));
    page.add(new Run(280, 50, 14, TestPdfs.pageNumber(1)));
    Document doc = reader.read("two-columns.pdf", TestPdfs.pdf(null, List.of(page)));
    List<String> expected = new ArrayList<>();
    expected.add("两栏排版的工作简报标题");
    expected.addAll(left);
    expected.addAll(right);
    expected.add("本栏以下为通栏正文，跨越左右两栏的位置，一直写到页面的右侧边缘为止");
    expected.add("－ 1 －");
    assertEquals(String.join("\n", expected), doc.original());
    assertNull(doc.htmlTitle());
  }

  @Test
  void keepsATableDrawnAsTextRowByRow() throws Exception {
    float[] x = {50, 90, 280, 360, 440};
    List<List<String>> rows = List.of(
        List.of("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
        List.of("1", "制定大气污染防治整改方案", "市环保局", "市发改委", "2017年6月底前"),
        List.of("2", "全面完成燃煤锅炉淘汰任务", "市发改委", "市环保局", "2017年10月底前"),
        List.of("3", "加快城镇污水处理设施建设", "市住建局", "各县区", "2017年底前"),
        List.of("4", "开展土壤污染状况详查", "市环保局", "市国土局", "2018年底前"),
        List.of("5", "加强扬尘综合整治", "市住建局", "市城管局", "长期坚持"));
    List<Run> page = new ArrayList<>();
    page.add(new Run(200, 780, 16, "重点任务分工表"));
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < 5; c++) {
        page.add(new Run(x[c], 740 - r * 24, 11, rows.get(r).get(c)));
      }
    }
    Document doc = reader.read("table.pdf", TestPdfs.pdf(null, List.of(page)));
    List<String> lines = doc.original().lines().toList();
    assertEquals("重点任务分工表", lines.get(0));
    for (int r = 0; r < rows.size(); r++) {
      assertEquals(rows.get(r), Arrays.asList(lines.get(r + 1).split(" +")), lines.get(r + 1));
    }
  }

  @Test
  void refusesAnEncryptedPdfButReadsOneWithAnEmptyUserPassword() throws Exception {
    byte[] plain = TestPdfs.plan(null, HEADER, "一、总体要求\n全面贯彻落实中央环境保护督察组反馈意见。");
    assertEquals(PdfFormat.ENCRYPTED, message("secret.pdf", encrypt(plain, "user")));
    assertEquals("encrypted PDF; zhengce cannot read it without the password", PdfFormat.ENCRYPTED);
    Document open = reader.read("open.pdf", encrypt(plain, ""));
    assertTrue(open.original().contains("全面贯彻落实中央环境保护督察组反馈意见。"), open.original());
  }

  @Test
  void refusesPdfsWithoutATextLayer() throws Exception {
    assertEquals("PDF without a text layer (scanned?); run OCR first", message("scan.pdf", scanned()));
    assertEquals(PdfFormat.NO_TEXT, message("lines.pdf", linesOnly()));
  }

  @Test
  void refusesBrokenAndTruncatedPdfsInOneLine() throws Exception {
    byte[] whole = TestPdfs.plan(null, HEADER, PLAN);
    String truncated = message("half.pdf", Arrays.copyOf(whole, whole.length / 2));
    assertEquals("broken PDF: truncated (no %%EOF at the end)", truncated);
    byte[] garbage = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\nnonsense\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
    String broken = message("garbage.pdf", garbage);
    assertTrue(broken.startsWith("broken PDF: "), broken);
    assertFalse(broken.contains("\n"), broken);
    String named = message("page.pdf", "<html><body>404 Not Found</body></html>".getBytes(StandardCharsets.UTF_8));
    assertTrue(named.startsWith("broken PDF: "), named);
    assertFalse(named.contains("\n"), named);
  }

  @Test
  void takesTheTitleFromTheDocumentInformationWithoutAPrinterDriversAdditions() {
    assertEquals("关于印发整改方案的通知", PdfFormat.title("Microsoft Word - 关于印发整改方案的通知.docx"));
    assertEquals("整改方案", PdfFormat.title(" 整改方案 "));
    assertNull(PdfFormat.title("  "));
    assertNull(PdfFormat.title(null));
  }

  private String message(String name, byte[] bytes) {
    return assertThrows(ReadException.class, () -> reader.read(name, bytes)).getMessage();
  }

  private static byte[] encrypt(byte[] pdf, String userPassword) throws IOException {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return TestPdfs.save(doc);
    }
  }

  private static byte[] scanned() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < 100; y++) {
        for (int x = 0; x < 200; x++) {
          image.setRGB(x, y, (x / 10 + y / 10) % 2 == 0 ? 0xFFFFFF : 0x222222);
        }
      }
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(xobject, 50, 400, 400, 200);
      }
      return TestPdfs.save(doc);
    }
  }

  private static byte[] linesOnly() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int p = 0; p < 2; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          for (int i = 0; i < 10; i++) {
            content.moveTo(50, 100 + i * 60);
            content.lineTo(545, 100 + i * 60);
          }
          content.stroke();
        }
      }
      return TestPdfs.save(doc);
    }
  }
}
