package org.zhengce.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhengce.extract.time.TimeParser;
import org.zhengce.normalize.Normalization;
import org.zhengce.read.Document;

/**
 * Throughput of {@link TimeParser} alone (what {@code zhengce time} and every extraction run):
 * time expressions and characters per second over the corpus and seeds (as
 * {@link SegmentThroughput} loads them, normalized first and not timed), best of five rounds.
 */
public final class TimeThroughput {

  public static void main(String[] args) throws IOException {
    double targetMb = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Document> docs = SegmentThroughput.load(SharedData.root(), targetMb);
    Normalization normalization = Normalization.standard();
    List<String> texts = new ArrayList<>(docs.size());
    for (Document d : docs) {
      texts.add(normalization.normalize(d.original()).normalized());
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    TimeParser parser = new TimeParser();
    LocalDate date = LocalDate.of(2021, 6, 30);
    for (int i = 0; i < Math.min(texts.size(), 200); i++) { // warm-up
      parser.find(texts.get(i), date);
    }
    double bestChars = 0;
    double bestExpressions = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      long found = 0;
      for (String s : texts) {
        found += parser.find(s, date).size();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      bestChars = Math.max(bestChars, chars / seconds);
      bestExpressions = Math.max(bestExpressions, found / seconds);
      System.out.printf(Locale.ROOT, "round %d: %,d expressions in %.2f s: %,.0f expressions/s, %,.0f chars/s%n",
          r + 1, found, seconds, found / seconds, chars / seconds);
    }
    System.out.printf(Locale.ROOT, "best: time %,.0f expressions/s, %,.0f chars/s over %.1f M characters%n",
        bestExpressions, bestChars, chars / 1e6);
  }
}
