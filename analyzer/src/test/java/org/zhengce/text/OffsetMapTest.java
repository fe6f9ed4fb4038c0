package org.zhengce.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OffsetMapTest {

  @Test
  void identityMapsEveryPositionToItself() {
    OffsetMap map = OffsetMap.identity(5);
    assertEquals(new Span(1, 4), map.toOriginal(1, 4));
    assertEquals(new Span(5, 5), map.toOriginal(5, 5));
  }

  @Test
  void deletionIsSkipped() {
    // 環(huán)境 -> 環境 : "(huán)" (6 chars) deleted after the first character
    OffsetMap map = OffsetMap.builder().keep(1).replace(6, 0).keep(1).build();
    assertEquals(2, map.normalizedLength());
    assertEquals(8, map.originalLength());
    assertEquals(new Span(0, 1), map.toOriginal(0, 1));
    assertEquals(new Span(7, 8), map.toOriginal(1, 2));
    assertEquals(new Span(0, 8), map.toOriginal(0, 2));
  }

  @Test
  void replacementMapsAsAWhole() {
    // "ab" + "XYZ"->"Q" + "cd"
    OffsetMap map = OffsetMap.builder().keep(2).replace(3, 1).keep(2).build();
    assertEquals(new Span(2, 5), map.toOriginal(2, 3));
    assertEquals(new Span(1, 6), map.toOriginal(1, 4));
    assertEquals(new Span(5, 7), map.toOriginal(3, 5));
  }

  @Test
  void oneToManyReplacementCoversTheWholeSource() {
    OffsetMap map = OffsetMap.builder().keep(1).replace(1, 3).keep(1).build();
    assertEquals(new Span(1, 2), map.toOriginal(2, 3));
    assertEquals(new Span(1, 2), map.toOriginal(1, 2));
    assertEquals(new Span(0, 3), map.toOriginal(0, 5));
  }

  @Test
  void composesStageByStage() {
    // stage 1: delete 3 chars at 1 ("a(x)b" -> "ab"); stage 2: replace "b" by "BB"
    OffsetMap first = OffsetMap.builder().keep(1).replace(3, 0).keep(1).build();
    OffsetMap second = OffsetMap.builder().keep(1).replace(1, 2).build();
    OffsetMap both = first.andThen(second);
    assertEquals(3, both.normalizedLength());
    assertEquals(5, both.originalLength());
    assertEquals(new Span(4, 5), both.toOriginal(1, 3));
    assertEquals(new Span(0, 1), both.toOriginal(0, 1));
    assertEquals(new Span(0, 5), both.toOriginal(0, 3));
  }

  @Test
  void rejectsMapsThatDoNotChain() {
    OffsetMap a = OffsetMap.identity(3);
    OffsetMap b = OffsetMap.identity(4);
    assertThrows(IllegalArgumentException.class, () -> a.andThen(b));
  }

  @Test
  void rejectsPositionsOutsideTheText() {
    OffsetMap map = OffsetMap.identity(3);
    assertThrows(IndexOutOfBoundsException.class, () -> map.toOriginalStart(4));
  }
}
