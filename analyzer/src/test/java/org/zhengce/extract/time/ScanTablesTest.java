package org.zhengce.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScanTablesTest {

  /** The build wrote the tables of every scan, and they are what the scan computes today. */
  @Test
  void everyScanFindsItsTablesAsItWouldComputeThem() {
    for (Scan scan : TimeParser.ALL_SCANS) {
      Scan.Tables stored = ScanTables.standard().find(scan.key());
      assertNotNull(stored, () -> "no stored tables for " + scan.pattern()
          + " (run the build's process-classes phase)");
      assertEquals(scan.computed().tables(), stored, scan.pattern().pattern());
    }
  }

  @Test
  void tablesReadBackAsWritten() throws IOException {
    Scan date = Scan.of(Pattern.compile("(19|20)\\d{2}年(\\d{1,2}月)?"), "0123456789");
    Scan kinds = Scan.of(Pattern.compile("[上下本]半年|年[初底末]"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScanTables.write(List.of(date, kinds), new DataOutputStream(bytes));
    ScanTables read = ScanTables.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(date.computed().tables(), read.find(date.key()));
    assertEquals(kinds.computed().tables(), read.find(kinds.key()));
  }

  @Test
  void aPatternChangedSinceTheBuildComputesItsOwnTables() {
    Scan changed = Scan.of(Pattern.compile("十[一二]五(规划)?期间"), "十");
    assertEquals(null, ScanTables.standard().find(changed.key()));
    assertEquals(changed.computed().tables(), changed.tables());
  }
}
