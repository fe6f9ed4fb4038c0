package org.zhengce.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zhengce demo} ends by saying how to see it all in a browser. */
class DemoServeTest {

  @Test
  void theDemoEndsWithTheServeCommand(@TempDir Path dir) {
    Path out = dir.resolve("demo");
    SeedIndex.Run run = SeedIndex.run("demo", "--docs", SeedIndex.examples().toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().filter(l -> !l.isBlank()).toList();
    assertEquals("See it all in a browser: ./zhengce serve --index " + out.resolve("index") + " (or ./zhengce demo --serve)",
        lines.get(lines.size() - 1));
    assertTrue(SeedIndex.run("demo", "--help").out().contains("--serve"));
  }
}
