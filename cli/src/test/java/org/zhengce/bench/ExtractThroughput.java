package org.zhengce.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhengce.normalize.PinyinAnnotationRepair;
import org.zhengce.normalize.ScriptConverter;
import org.zhengce.normalize.WidthFolder;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.read.Document;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.segment.Segmenter;
import org.zhengce.text.TextNormalizer;

/**
 * Throughput of the whole {@code extract} pipeline minus I/O — cleaning (noise, metadata,
 * normalization) and extraction (segmentation, clauses, time, quantities, records) — beside bare
 * HanLP segmentation of the same text already simplified, in the same run, over the same
 * documents as {@link SegmentThroughput}: each round, bare HanLP over all documents, then the
 * pipeline (or, with a third argument N, turns of N documents each, for a machine whose load
 * comes and goes). The ratio to quote is the median of the rounds'
 * ratios of thread CPU time. The issues' bars: extract / bare ≥ 0.5, 0.57, 0.7.
 */
public final class ExtractThroughput {

  public static void main(String[] args) throws IOException {
    double targetMb = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    // the sides take turns of this many documents: all of them (one block each per round) by
    // default; fewer on a machine whose load comes and goes, so that it falls on both alike
    int turn = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    List<Document> docs = SegmentThroughput.load(SharedData.root(), targetMb);
    long chars = docs.stream().mapToLong(d -> d.original().length()).sum();
    DocumentPipeline pipeline = DocumentPipeline.standard();
    Segmenter bare = HanlpSegmenter.baseline();
    List<String> simplified = new ArrayList<>(docs.size());
    TextNormalizer asGiven = new PinyinAnnotationRepair().andThen(new WidthFolder())
        .andThen(ScriptConverter.standard());
    for (Document d : docs) {
      // bare HanLP reads the text as a plain user would give it: simplified, its lines as they
      // are; joining wrapped lines is zhengce's work and counts on its side
      simplified.add(asGiven.apply(d.original()).normalized());
    }
    System.out.printf(Locale.ROOT, "%d documents, %.1f M characters%n", docs.size(), chars / 1e6);
    for (int i = 0; i < Math.min(docs.size(), 200); i++) { // warm-up
      pipeline.process(docs.get(i));
      bare.segment(simplified.get(i));
    }
    // wall time, and the CPU time of this thread, which a machine shared with other work
    // disturbs less (garbage collection, on other threads, is left out of the latter)
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    double bestB = 0;
    double bestX = 0;
    double bestCpuB = 0;
    double bestCpuX = 0;
    double[] cpuRatios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long wallB = 0;
      long wallX = 0;
      long cpuB = 0;
      long cpuX = 0;
      long records = 0;
      for (int from = 0; from < docs.size(); from += Math.min(turn, docs.size())) {
        int to = (int) Math.min(docs.size(), (long) from + turn);
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = from; i < to; i++) {
          bare.segment(simplified.get(i));
        }
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        for (int i = from; i < to; i++) {
          var x = pipeline.process(docs.get(i)).extraction();
          records += x.commitments().size() + x.targets().size() + x.deadlines().size() + x.parties().size();
        }
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        wallB += t1 - t0;
        wallX += t2 - t1;
        cpuB += c1 - c0;
        cpuX += c2 - c1;
      }
      double b = chars / (wallB / 1e9);
      double x = chars / (wallX / 1e9);
      bestB = Math.max(bestB, b);
      bestX = Math.max(bestX, x);
      bestCpuB = Math.max(bestCpuB, chars / (cpuB / 1e9));
      bestCpuX = Math.max(bestCpuX, chars / (cpuX / 1e9));
      cpuRatios[r] = (double) cpuB / cpuX;
      System.out.printf(Locale.ROOT, "round %d: bare HanLP %,.0f chars/s; zhengce extract %,.0f chars/s (%d records)"
          + "; per CPU second %,.0f and %,.0f (ratio %.2f)%n", r + 1, b, x, records, chars / (cpuB / 1e9),
          chars / (cpuX / 1e9), (double) cpuB / cpuX);
    }
    java.util.Arrays.sort(cpuRatios);
    System.out.printf(Locale.ROOT, "best: bare HanLP %,.0f chars/s; zhengce extract %,.0f chars/s, ratio %.2f"
        + " (per CPU second of the thread: best rounds %.2f, median of the rounds' ratios %.2f)%n", bestB, bestX,
        bestX / bestB, bestCpuX / bestCpuB, cpuRatios[rounds / 2]);
  }
}
