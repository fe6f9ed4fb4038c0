package org.zhengce.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhengce.normalize.Normalization;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.segment.Segmenter;
import org.zhengce.segment.Token;
import org.zhengce.text.NormalizedText;
import org.zhengce.text.Span;

/**
 * Word F1 on the SIGHAN 2005 PKU test set: bare HanLP against zhengce's segmentation (normalized
 * text, policy dictionary, numbers with units), spans mapped back to the raw line. The issue's
 * bar: zhengce ≥ 0.88.
 */
public final class SegmentationF1 {

  public static void main(String[] args) throws IOException {
    Path dir = SharedData.root().resolve("eval/segmentation");
    String corpus = args.length > 0 ? args[0] : "pku";
    List<String> raw = Files.readAllLines(dir.resolve(corpus + "_test.utf8"), StandardCharsets.UTF_8);
    List<String> gold = Files.readAllLines(dir.resolve(corpus + "_test_gold.utf8"), StandardCharsets.UTF_8);
    Segmenter zhengce = HanlpSegmenter.standard();
    Segmenter bare = HanlpSegmenter.baseline();
    Normalization normalization = Normalization.standard();
    long[] b = new long[3];
    long[] z = new long[3];
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      Set<Span> truth = goldSpans(gold.get(i));
      count(truth, spans(bare.segment(line), null), b);
      NormalizedText norm = normalization.normalize(line);
      count(truth, spans(zhengce.segment(norm.normalized()), norm), z);
    }
    System.out.printf(Locale.ROOT, "%s test set, %d lines, %d gold words%n", corpus.toUpperCase(Locale.ROOT),
        raw.size(), b[1]);
    report("bare HanLP (StandardTokenizer settings)", b);
    report("zhengce (normalize + policy dictionary + quantities)", z);
  }

  private static Set<Span> goldSpans(String line) {
    Set<Span> spans = new HashSet<>();
    int pos = 0;
    for (String w : line.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        spans.add(new Span(pos, pos + w.length()));
        pos += w.length();
      }
    }
    return spans;
  }

  private static Set<Span> spans(List<Token> tokens, NormalizedText map) {
    Set<Span> spans = new HashSet<>();
    for (Token t : tokens) {
      spans.add(map == null ? new Span(t.start(), t.end()) : map.toOriginal(t.start(), t.end()));
    }
    return spans;
  }

  /** Adds hits, gold words and predicted words to the tally. */
  private static void count(Set<Span> gold, Set<Span> predicted, long[] tally) {
    long hit = 0;
    for (Span s : predicted) {
      if (gold.contains(s)) {
        hit++;
      }
    }
    tally[0] += hit;
    tally[1] += gold.size();
    tally[2] += predicted.size();
  }

  private static void report(String name, long[] t) {
    double p = (double) t[0] / t[2];
    double r = (double) t[0] / t[1];
    System.out.printf(Locale.ROOT, "  %-55s P %.4f  R %.4f  F1 %.4f%n", name, p, r, 2 * p * r / (p + r));
  }
}
