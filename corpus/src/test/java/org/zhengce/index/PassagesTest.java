package org.zhengce.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The passages' scorer gives Lucene's scores to the last bit, so the same passages are chosen. */
class PassagesTest {

  @Test
  void theLeanScorerGivesLucenesScores() {
    String[] words = {"生态", "环境保护", "河长制", "督察", "整改", "PM2.5"};
    Random random = new Random(11);
    PassageScorer lucene = new PassageScorer();
    PassageScorer lean = new Passages.LeanScorer();
    for (int n = 0; n < 2_000; n++) {
      Passage p = new Passage();
      int start = random.nextInt(50_000);
      p.setStartOffset(start);
      p.setEndOffset(start + 400);
      int at = start;
      for (int m = random.nextInt(12); m >= 0; m--) {
        String w = words[random.nextInt(words.length)];
        at += random.nextInt(25);
        p.addMatch(at, at + w.length(), new BytesRef(w), 1 + random.nextInt(40));
      }
      int length = p.getEndOffset() + random.nextInt(100_000);
      assertEquals(Float.floatToIntBits(lucene.score(p, length)), Float.floatToIntBits(lean.score(p, length)), p.toString());
    }
  }
}
