package org.zhengce.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The abbreviation table: both ways, one way, numbered rows, where a form may stand, the user's rows. */
class AbbreviationsTest {

  private final Abbreviations table = Abbreviations.standard();

  @Test
  void anAbbreviationAndItsFullFormsFindEachOther() {
    assertTrue(table.othersOf("双碳").contains("碳达峰碳中和"));
    assertTrue(table.othersOf("碳达峰、碳中和").contains("双碳")); // punctuation is no part of a form
    assertTrue(table.othersOf("高耗能高排放").contains("两高"));
    assertTrue(table.othersOf("自贸区").contains("自由贸易试验区"));
  }

  @Test
  void aPartFindsTheWholeButTheWholeNotThePart() {
    assertTrue(table.othersOf("河长制").contains("河湖长制"));
    assertTrue(!table.othersOf("河湖长制").contains("河长制"));
  }

  @Test
  void numberedRowsStandForEachNumber() {
    assertTrue(table.othersOf("十四五").contains("第十四个五年"));
    assertTrue(table.othersOf("第九个五年").contains("九五"));
    assertTrue(table.othersOf("十九大").contains("第十九次全国代表大会"));
    assertEquals("二十五", NumberedForms.numeral(25));
    assertEquals("十", NumberedForms.numeral(10));
    assertEquals(List.of(8, 9, 11), NumberedForms.numbers("8-9,11", "t"));
  }

  @Test
  void aFormIsFoundOnlyBetweenWords() {
    // 个人大病保险: 人大 stands inside 个人 and 大病, no people's congress
    String text = "个人大病保险";
    assertEquals(List.of(), table.find(text, offset -> offset == 0 || offset == 2 || offset == 4 || offset == 6));
    List<Abbreviations.Occurrence> found = table.find("人大代表", offset -> offset == 0 || offset == 2 || offset == 4);
    assertEquals(1, found.size());
    assertEquals(0, found.get(0).start());
    assertEquals(2, found.get(0).end());
  }

  @Test
  void theUsersRowsAreAdded(@TempDir Path dir) throws IOException {
    Path mine = dir.resolve("mine.tsv");
    Files.writeString(mine, "# 我的缩略语\n链长制\tsame\t产业链链长制\t\tindustrial chain chief\n", StandardCharsets.UTF_8);
    Abbreviations with = Abbreviations.with(List.of(mine));
    assertTrue(with.othersOf("链长制").contains("产业链链长制"));
    assertTrue(with.othersOf("双碳").contains("碳达峰碳中和"));

    Files.writeString(mine, "链长制\tsynonym\t产业链链长制\n", StandardCharsets.UTF_8);
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Abbreviations.with(List.of(mine)));
    assertTrue(bad.getMessage().startsWith(mine + ":1: expected"), bad.getMessage());
  }
}
