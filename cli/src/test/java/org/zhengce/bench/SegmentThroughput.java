package org.zhengce.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.zhengce.normalize.Normalization;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.read.Document;
import org.zhengce.read.ReadException;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.segment.Segmenter;

/**
 * Throughput of normalize + segment over real text, beside bare HanLP segmentation of the same
 * text already in simplified form, in the same run; and, on its own, of cleaning (noise,
 * metadata and the masked normalization that the pipeline's cleaning adds). Reads every document of
 * {@code ../shared/corpus} and the seeds (I/O not timed), repeats them up to {@code --mb}
 * megabytes of text (default 20), warms up, then times each side over the same documents. The
 * issue's bar: zhengce / bare ≥ 0.7.
 */
public final class SegmentThroughput {

  public static void main(String[] args) throws IOException {
    double targetMb = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Document> docs = load(SharedData.root(), targetMb);
    long chars = docs.stream().mapToLong(d -> d.original().length()).sum();
    DocumentPipeline cleaner = DocumentPipeline.standard();
    Normalization normalization = Normalization.standard();
    Segmenter zhengce = HanlpSegmenter.standard();
    Segmenter bare = HanlpSegmenter.baseline();
    List<String> simplified = new ArrayList<>(docs.size());
    for (Document d : docs) {
      simplified.add(normalization.normalize(d.original()).normalized());
    }
    System.out.printf(Locale.ROOT, "%d documents, %.1f M characters (%.1f MB UTF-8 of text)%n",
        docs.size(), chars / 1e6, docs.stream().mapToLong(d -> d.original().getBytes(
            java.nio.charset.StandardCharsets.UTF_8).length).sum() / 1048576.0);
    // warm-up on a slice
    for (int i = 0; i < Math.min(docs.size(), 200); i++) {
      zhengce.segment(normalization.normalize(docs.get(i).original()).normalized());
      cleaner.clean(docs.get(i));
      bare.segment(simplified.get(i));
    }
    double bestZ = 0;
    double bestB = 0;
    double bestC = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      long tokens = 0;
      for (String s : simplified) {
        tokens += bare.segment(s).size();
      }
      long t1 = System.nanoTime();
      long ztokens = 0;
      for (Document d : docs) {
        ztokens += zhengce.segment(normalization.normalize(d.original()).normalized()).size();
      }
      long t2 = System.nanoTime();
      for (Document d : docs) {
        cleaner.clean(d);
      }
      long t3 = System.nanoTime();
      double b = chars / ((t1 - t0) / 1e9);
      double z = chars / ((t2 - t1) / 1e9);
      double c = chars / ((t3 - t2) / 1e9);
      bestB = Math.max(bestB, b);
      bestZ = Math.max(bestZ, z);
      bestC = Math.max(bestC, c);
      System.out.printf(Locale.ROOT, "round %d: bare HanLP %,.0f chars/s (%d tokens); "
          + "zhengce normalize+segment %,.0f chars/s (%d tokens); cleaning %,.0f chars/s%n",
          r + 1, b, tokens, z, ztokens, c);
    }
    System.out.printf(Locale.ROOT, "best: bare HanLP %,.0f chars/s; zhengce normalize+segment %,.0f chars/s, "
        + "ratio %.2f; cleaning (noise, metadata, masked normalization) %,.0f chars/s%n",
        bestB, bestZ, bestZ / bestB, bestC);
  }

  static List<Document> load(Path shared, double targetMb) throws IOException {
    DocumentPipeline reader = DocumentPipeline.standard();
    List<Document> base = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Stream.concat(Files.walk(shared.resolve("corpus")), Files.walk(shared.resolve("seeds")))) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().matches("(?i)README.*|MANIFEST.*"))
          .sorted().toList();
    }
    for (Path p : files) {
      try {
        base.add(reader.read(p));
      } catch (ReadException e) {
        System.err.println("skipped " + p + ": " + e.getMessage());
      }
    }
    long target = (long) (targetMb * 1024 * 1024);
    long[] sizes = base.stream()
        .mapToLong(d -> d.original().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).toArray();
    List<Document> docs = new ArrayList<>();
    long bytes = 0;
    while (bytes < target) {
      for (int i = 0; i < base.size(); i++) {
        Document d = base.get(i);
        docs.add(d);
        bytes += sizes[i];
        if (bytes >= target) {
          break;
        }
      }
    }
    return docs;
  }
}
