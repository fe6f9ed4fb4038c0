package org.zhengce.index;

import static org.zhengce.index.IndexFields.BODY;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The passages of hits: up to three a document from the UnifiedHighlighter over the offsets in the
 * postings, always (the query rewritten into its words first, so that no document is segmented
 * again), from anywhere in the text (no 10,000-character limit), each a sentence ({@link
 * SentenceBreaks}), matches marked by {@link MarkedPassages}, each cut to {@value #PASSAGE_CHARS}
 * characters around its first match.
 * Stateless.
 */
final class Passages {

  private static final int PASSAGE_CHARS = 160;
  private static final PassageScorer SCORER = new LeanScorer();

  private Passages() {}

  /** The marked passages of each hit of {@code top}, joined by {@link MarkedPassages#SEPARATOR}. */
  static String[] highlight(IndexSearcher searcher, Analyzer analyzer, Query q, TopDocs top) throws IOException {
    if (top.scoreDocs.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new MarkedPassages(CorpusSearcher.MARK_START, CorpusSearcher.MARK_END))
        .withMaxLength(Integer.MAX_VALUE - 1) // passages from anywhere, not the first 10,000 characters
        .withBreakIterator(SentenceBreaks::new)
        .withScorer(SCORER);
    UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
      @Override
      protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
        return OffsetSource.POSTINGS; // never analyze a whole document again for a query it cannot read
      }
    };
    return highlighter.highlight(BODY, searcher.rewrite(q), top, 3);
  }

  /**
   * Lucene's passage score (BM25 over the passage's distinct terms, by the passage's place), the
   * same figures in the same order, without the 32 KB term hash Lucene makes for each passage it
   * scores: a search scored hundreds of passages, a fifth of what it allocated.
   */
  static final class LeanScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int matches = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      int[] inDoc = passage.getMatchTermFreqsInDoc();
      int[] first = new int[matches]; // each distinct term's first match, in the order of the matches
      int[] inPassage = new int[matches];
      int distinct = 0;
      for (int i = 0; i < matches; i++) {
        int d = 0;
        while (d < distinct && !terms[first[d]].equals(terms[i])) {
          d++;
        }
        if (d == distinct) {
          first[distinct++] = i;
        }
        inPassage[d]++;
      }
      double score = 0;
      for (int d = 0; d < distinct; d++) {
        score += tf(inPassage[d], passage.getLength()) * weight(contentLength, inDoc[first[d]]);
      }
      score *= norm(passage.getStartOffset());
      return (float) score;
    }
  }

  /** The passages of one hit, as shown. */
  static List<String> shown(String joined) {
    List<String> out = new ArrayList<>();
    if (joined != null) {
      for (String p : joined.split(java.util.regex.Pattern.quote(MarkedPassages.SEPARATOR))) {
        out.add(around(p.replaceAll("\\s+", " ").strip()));
      }
    }
    return out;
  }

  /** At most {@value #PASSAGE_CHARS} characters of a passage, around its first match. */
  private static String around(String passage) {
    if (passage.length() <= PASSAGE_CHARS) {
      return passage;
    }
    int mark = Math.max(0, passage.indexOf(CorpusSearcher.MARK_START));
    int start = Math.max(0, Math.min(mark - PASSAGE_CHARS / 3, passage.length() - PASSAGE_CHARS));
    if (start > 0 && Character.isLowSurrogate(passage.charAt(start))) {
      start--;
    }
    int end = Math.min(passage.length(), start + PASSAGE_CHARS);
    if (end < passage.length() && Character.isHighSurrogate(passage.charAt(end - 1))) {
      end--;
    }
    return (start > 0 ? "…" : "") + passage.substring(start, end) + (end < passage.length() ? "…" : "");
  }

}
