package org.zhengce.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.zhengce.normalize.Normalization;
import org.zhengce.number.QuantityParser;
import org.zhengce.read.Document;

/**
 * Throughput of {@code zhengce quantity}'s parser: {@link QuantityParser#find} over the corpus
 * and seeds (each document once, normalized beforehand as the command does), in quantities and
 * characters per second, best of five rounds.
 */
public final class QuantityThroughput {

  public static void main(String[] args) throws IOException {
    double targetMb = args.length > 0 ? Double.parseDouble(args[0]) : 16;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Document> docs = SegmentThroughput.load(SharedData.root(), targetMb);
    List<String> texts = docs.stream()
        .map(d -> Normalization.standard().normalize(d.original()).normalized()).toList();
    long chars = texts.stream().mapToLong(String::length).sum();
    QuantityParser parser = new QuantityParser();
    for (int i = 0; i < Math.min(texts.size(), 300); i++) { // warm-up
      parser.find(texts.get(i));
    }
    double best = 0;
    long found = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      found = 0;
      for (String t : texts) {
        found += parser.find(t).size();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      best = Math.max(best, found / seconds);
      System.out.printf(Locale.ROOT, "round %d: %,.0f quantities/s, %,.0f chars/s%n", r + 1,
          found / seconds, chars / seconds);
    }
    System.out.printf(Locale.ROOT,
        "quantity: %d documents, %.1f M characters, %,d quantities; best %,.0f quantities/s (%,.0f chars/s)%n",
        texts.size(), chars / 1e6, found, best, best * chars / found);
  }
}
