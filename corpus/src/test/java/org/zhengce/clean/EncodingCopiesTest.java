package org.zhengce.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhengce.normalize.ScriptConverter;
import org.zhengce.read.DocumentReader;
import org.zhengce.read.Seeds;

/**
 * GBK and Big5 copies of the seeds, made here, give exactly the normalized text of the UTF-8
 * original. Characters a legacy encoding cannot hold (a no-break space, ©, private-use
 * characters) are left out of both sides; 001, 003 and 004 lose none in GBK, 001 none in Big5.
 */
class EncodingCopiesTest {

  private final DocumentReader reader = new DocumentReader();
  private final DocumentCleaner cleaner = DocumentCleaner.standard();

  @ParameterizedTest
  @CsvSource({
      Seeds.S000 + ",GBK", Seeds.S001 + ",GBK", Seeds.S002 + ",GBK", Seeds.S003 + ",GBK",
      Seeds.S004 + ",GBK", Seeds.S000 + ",GB18030", Seeds.S002 + ",GB18030",
      Seeds.S000 + ",Big5-HKSCS", Seeds.S001 + ",Big5-HKSCS", Seeds.S003 + ",Big5-HKSCS"})
  void legacyCopiesNormalizeLikeTheOriginal(String seed, String encoding) throws Exception {
    Charset cs = Charset.forName(encoding);
    String text = Seeds.encodableIn(Seeds.text(seed), cs);
    String fromUtf8 = cleaner.clean(reader.read(seed, text.getBytes(StandardCharsets.UTF_8)))
        .text().normalized();
    String fromCopy = cleaner.clean(reader.read(seed, text.getBytes(cs))).text().normalized();
    assertEquals(fromUtf8, fromCopy);
    assertEquals(0.0, ScriptConverter.traditionalShare(fromCopy), "no traditional characters left");
  }

}
