package org.zhengce.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence boundaries of the highlighter's passages, on a work report's lines. */
class SentenceBreaksTest {

  /** 2019 Hailar work report: two sentences, a line break, a heading without a full stop. */
  private static final String TEXT = "全面实施“河长制”，河湖专项治理成效显著。城乡环境明显改善！\n三、2019年工作安排";
  /** A quotation ends after its closing mark: 孟子曰：“……。”他说。 */
  private static final String QUOTED = "习近平指出：“绿水青山就是金山银山。”会议强调。";

  private static List<Integer> forward(BreakIterator b) {
    List<Integer> out = new ArrayList<>();
    for (int i = b.first(); i != BreakIterator.DONE; i = b.next()) {
      out.add(i);
    }
    return out;
  }

  @Test
  void sentencesEndAfterFullStopsAndLineBreaks() {
    BreakIterator b = new SentenceBreaks();
    b.setText(TEXT);
    assertEquals(List.of(0, 21, 31, TEXT.length()), forward(b));
  }

  @Test
  void followingAndPrecedingAnOffsetGiveItsSentence() {
    BreakIterator b = new SentenceBreaks();
    b.setText(TEXT);
    int match = TEXT.indexOf("河长制");
    assertEquals(0, b.preceding(match));
    assertEquals(21, b.following(match));
    assertEquals(21, b.preceding(TEXT.indexOf("城乡") + 1));
    assertEquals(BreakIterator.DONE, b.following(TEXT.length()));
    assertEquals(BreakIterator.DONE, b.preceding(0));
    assertEquals(TEXT.length(), b.following(TEXT.indexOf("工作安排")));
  }

  @Test
  void aClosingQuoteAndARunOfStopsStayInTheirSentence() {
    BreakIterator b = new SentenceBreaks();
    b.setText(QUOTED);
    assertEquals(List.of(0, QUOTED.indexOf("会议"), QUOTED.length()), forward(b));
    b.setText("确保完成任务！！\n\n下一步");
    assertEquals(List.of(0, 10, 13), forward(b));
  }

  @Test
  void aCharacterIteratorReadsTheSame() {
    BreakIterator b = new SentenceBreaks();
    b.setText(new java.text.StringCharacterIterator(TEXT));
    assertEquals(List.of(0, 21, 31, TEXT.length()), forward(b));
  }
}
