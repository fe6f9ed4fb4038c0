package org.zhengce.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.read.ReadException;

/** UTF-8 read as Latin-1 or windows-1252 and saved again (各位代表 → å„ä½ä»£è¡¨) is garbled. */
class MojibakeTest {

  private static final DocumentPipeline PIPELINE = DocumentPipeline.standard();
  /** The opening of city_gwr_2024/2024_南京_政府工作报告.txt. */
  private static final String NANJING = "各位代表：\n\n现在，我代表南京市人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。\n";

  private static CleanDocument clean(String text) throws ReadException {
    return PIPELINE.clean(PIPELINE.read("m.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String misread(String text, String charset) {
    return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
  }

  @Test
  void utf8ReadAsLatin1IsGarbled() throws ReadException {
    for (String charset : new String[] {"ISO-8859-1", "windows-1252"}) {
      String line = misread("现在，我代表南京市人民政府向大会报告工作", charset);
      assertTrue(clean(NANJING + line + "\n").flags().contains("garbled"), charset + ": " + line);
      assertTrue(clean(line + "\n" + line + "\n").flags().contains("garbled"), charset + " alone");
    }
  }

  @Test
  void accentedLatinIsNotGarbled() throws ReadException {
    assertFalse(clean(NANJING + "Café, Zürich, São Paulo, Ångström, naïve résumé.\n").flags().contains("garbled"));
  }
}
