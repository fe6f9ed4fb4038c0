package org.zhengce.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengce.text.FirstCharPattern;
import org.zhengce.text.FirstCharPatternTest;

/**
 * Every FirstCharPattern constant of this module (the noise and metadata patterns) lists every
 * character its matches can start with: one left out would leave navigation or mojibake in a
 * document silently.
 */
class NoisePatternsTest {

  @Test
  void everyPatternListsItsFirstCharacters() throws Exception {
    Path classes = Path.of(NoiseScanner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> checked = new ArrayList<>();
    for (FirstCharPattern p : FirstCharPatternTest.constants(classes, checked)) {
      assertEquals("", p.missedFirstChars(), p.pattern().pattern());
    }
    assertTrue(checked.size() >= 3, "found " + checked);
  }
}
