package org.zhengce.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The .doc paragraph cleanup; a whole .doc cannot be built at test time (POI's HWPF writes no new
 * documents), and the refusals of OLE2 files that are not Word are in {@link DocxFormatTest}.
 */
class DocFormatTest {

  @Test
  void turnsCellMarksIntoTabsAndDropsTheParagraphEnd() {
    assertEquals("1\t制定整改方案\t市环保局", DocFormat.clean("1\u0007制定整改方案\u0007市环保局\u0007\u0007"));
    assertEquals("一、总体要求", DocFormat.clean("一、总体要求\r"));
    assertEquals("见附\n件", DocFormat.clean("见\u0001附\u000B件\u000B\r\n"));
  }
}
