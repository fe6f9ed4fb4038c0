package org.zhengce.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Short Chinese in GBK and Big5 (the field trial's headlines), files with a few bytes no encoding
 * reads, and the bytes that are refused.
 */
class EncodingDetectorTest {

  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final String CANNOT_DECODE =
      "cannot decode: the bytes are neither UTF-8, GB18030/GBK nor Big5 Chinese text";

  private final EncodingDetector detector = new EncodingDetector();

  @ParameterizedTest
  @CsvSource({
      "整改, GBK, GB18030", "整改, Big5, Big5",
      "環保督察, Big5, Big5", "環保督察整改, Big5, Big5", "環保督察, GBK, GB18030",
      "河长制, GBK, GB18030", "污染, GBK, GB18030", "政, GBK, GB18030", "政, Big5, Big5",
      // one GBK character that is also valid UTF-8 (一 reads as Cyrillic һ)
      "一, GBK, GB18030", "的, GBK, GB18030",
      "臺灣, Big5, Big5", "香港, Big5, Big5", "污染, Big5, Big5", "空氣污染指數, Big5, Big5",
      "行政院會議紀錄, GBK, GB18030", "環境局回應, GBK, GB18030", "臺灣, GBK, GB18030",
      "港府公布清新空氣藍圖, Big5, Big5", "立法院第6屆第5會期, GBK, GB18030", "，, GBK, GB18030"})
  void decodesShortChineseInItsOwnEncoding(String text, String charset, String expected)
      throws ReadException {
    EncodingDetector.Decoded d = detector.decode(text.getBytes(Charset.forName(charset)));
    assertEquals(text, d.text());
    assertEquals(expected, d.encoding());
    assertEquals(0, d.replacedBytes());
  }

  @Test
  void decodesMixedAsciiAndGbkLines() throws ReadException {
    String text = "第1条 PM2.5浓度下降10%\r\n2. GDP增长5%左右\r\nCOD:减排\r\n";
    EncodingDetector.Decoded d = detector.decode(text.getBytes(GBK));
    assertEquals(text, d.text());
    assertEquals("GB18030", d.encoding());
  }

  @Test
  void replacesOneBadByteInUtf8() throws ReadException {
    String text = Seeds.text(Seeds.S004);
    int at = text.offsetByCodePoints(0, 300);
    byte[] bytes = concat(text.substring(0, at).getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xFF}, text.substring(at).getBytes(StandardCharsets.UTF_8));
    EncodingDetector.Decoded d = detector.decode(bytes);
    assertEquals(text.substring(0, at) + "\uFFFD" + text.substring(at), d.text());
    assertEquals("UTF-8", d.encoding());
    assertEquals(1, d.replacedBytes());
  }

  @Test
  void replacesACharacterCutAtTheEnd() throws ReadException {
    byte[] whole = "关于落实河长制的通知：各区县要抓紧整改".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1); // 改 loses its last byte
    EncodingDetector.Decoded d = detector.decode(cut);
    assertEquals("关于落实河长制的通知：各区县要抓紧整\uFFFD", d.text());
    assertEquals(2, d.replacedBytes());
  }

  @Test
  void replacesStrayBytesInGbkAndBig5() throws ReadException {
    String gbkText = Seeds.encodableIn(Seeds.text(Seeds.S004), GBK);
    int at = gbkText.indexOf('\n', 1000) + 1;
    byte[] gbk = concat(gbkText.substring(0, at).getBytes(GBK), new byte[] {(byte) 0x80, (byte) 0xFF},
        gbkText.substring(at).getBytes(GBK));
    EncodingDetector.Decoded d = detector.decode(gbk);
    assertEquals(gbkText.substring(0, at) + "\uFFFD\uFFFD" + gbkText.substring(at), d.text());
    assertEquals("GB18030", d.encoding());
    assertEquals(2, d.replacedBytes());

    Charset hkscs = Charset.forName("Big5-HKSCS");
    String big5Text = Seeds.encodableIn(Seeds.text(Seeds.S001), hkscs);
    int mid = big5Text.indexOf('\n', 500) + 1;
    byte[] big5 = concat(big5Text.substring(0, mid).getBytes(hkscs), new byte[] {(byte) 0xFF},
        big5Text.substring(mid).getBytes(hkscs));
    EncodingDetector.Decoded b = detector.decode(big5);
    assertEquals(big5Text.substring(0, mid) + "\uFFFD" + big5Text.substring(mid), b.text());
    assertEquals("Big5", b.encoding());
    assertEquals(1, b.replacedBytes());
  }

  @Test
  void replacesALoneSurrogateInUtf16WithoutLosingStep() throws ReadException {
    byte[] head = "\uFEFF关于落实河长制的通知，各区县".getBytes(StandardCharsets.UTF_16BE);
    byte[] tail = "要抓紧整改。PM2.5".getBytes(StandardCharsets.UTF_16BE);
    EncodingDetector.Decoded d = detector.decode(concat(head, new byte[] {(byte) 0xD8, 0x41}, tail));
    assertEquals("关于落实河长制的通知，各区县\uFFFD要抓紧整改。PM2.5", d.text());
    assertEquals("UTF-16BE (BOM)", d.encoding());
    assertEquals(2, d.replacedBytes());
  }

  @Test
  void toleratesOnePercentOfTheHighBytesPlusThreeAtMostAQuarter() {
    assertEquals(0, EncodingDetector.tolerated(0));
    assertEquals(0, EncodingDetector.tolerated(3));
    assertEquals(1, EncodingDetector.tolerated(4));
    assertEquals(3, EncodingDetector.tolerated(99));
    assertEquals(4, EncodingDetector.tolerated(100));
    assertEquals(153, EncodingDetector.tolerated(15_000));
  }

  @Test
  void refusesTextWithMoreBadBytesThanThat() {
    byte[] good = "环境保护督察整改工作推进会议纪要".repeat(20).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < good.length; i++) {
      out.write(good[i]);
      if (i % 50 == 49) {
        out.write(0xFF); // 2% of the high bytes
      }
    }
    assertEquals(CANNOT_DECODE,
        assertThrows(ReadException.class, () -> detector.decode(out.toByteArray())).getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 100, 4000})
  void refusesRandomHighBytes(int length) {
    Random random = new Random(length);
    for (int run = 0; run < 20; run++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      for (int i = 0; i < length; i++) {
        bytes[i] |= (byte) 0x80;
      }
      if (length == 10) {
        bytes[0] = (byte) 0xFF; // never a GB18030 or Big5 lead: ten bytes could be five real characters
      }
      assertEquals(CANNOT_DECODE,
          assertThrows(ReadException.class, () -> detector.decode(bytes)).getMessage());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Le café, déjà vu: à l’école, une façade naïve.|windows-1252|windows-1252",
      "Ich möchte über die Straße gehen, schöne Grüße aus München.|windows-1252|windows-1252",
      "Привет, как дела? Это русский текст для проверки кодировки.|KOI8-R|KOI8-R",
      "Привет, как дела? Это русский текст для проверки кодировки.|windows-1251|windows-1251",
      "한국어 텍스트입니다. 이것은 시험입니다. 서울특별시 정부는 오늘 발표했습니다.|EUC-KR|EUC-KR",
      "日本語のテキストです。これはテストです。|Shift_JIS|Shift_JIS"})
  void refusesOtherLanguagesNamingTheirEncoding(String text, String charset, String named) {
    byte[] bytes = text.getBytes(Charset.forName(charset));
    assertEquals("not Chinese text (looks like " + named + ")",
        assertThrows(ReadException.class, () -> detector.decode(bytes)).getMessage());
  }

  @Test
  void keepsValidUtf8ThatIsNotChinese() throws ReadException {
    assertEquals("Le café, où", detector.decode("Le café, où".getBytes(StandardCharsets.UTF_8)).text());
    assertEquals("Привет", detector.decode("Привет".getBytes(StandardCharsets.UTF_8)).text());
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
