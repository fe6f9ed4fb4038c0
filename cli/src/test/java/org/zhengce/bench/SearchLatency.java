package org.zhengce.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhengce.index.CorpusSearcher;

/**
 * Search latency on an index as the CLI and the web page search it: top 10 with facet counts and
 * highlighted passages, the relevance set's queries and common ones mixed (200 queries). A warm-up
 * of {@value #WARM_UP_ROUNDS} rounds over all of them first, so that the JIT has compiled the
 * search path before anything is timed; then {@value #ROUNDS} timed rounds, p50 and p99 over every
 * search, in wall time and in CPU time of the searching thread (which a machine shared with other
 * work does not inflate). Argument: the index directory (e.g. one {@link IndexBenchmark} left behind).
 */
public final class SearchLatency {

  static final int WARM_UP_ROUNDS = 15;
  static final int ROUNDS = 5;

  /** p50 and p99 in milliseconds over {@code searches} timed searches; the slowest queries, by their slowest time. */
  record Figures(double p50, double p99, double cpuP50, double cpuP99, int searches, int documents,
      Map<String, Double> slowest) {}

  public static void main(String[] args) throws Exception {
    Figures f = measure(Path.of(args[0]));
    print(f);
  }

  static void print(Figures f) {
    System.out.printf(Locale.ROOT, "search (%d searches of 200 queries after a warm-up of %d rounds; top 10, facets, "
        + "passages) on %d documents: p50 %.2f ms, p99 %.2f ms (CPU time of the searching thread: p50 %.2f ms, "
        + "p99 %.2f ms)%n", f.searches(), WARM_UP_ROUNDS, f.documents(), f.p50(), f.p99(), f.cpuP50(), f.cpuP99());
    System.out.println("slowest queries (ms): " + f.slowest());
  }

  static List<String> queries() throws Exception {
    List<String> queries = new ArrayList<>();
    for (Judgements q : Judgements.load()) {
      queries.add(q.text());
    }
    String[] more = {"河长制", "環保督察", "PM2.5", "碳达峰", "乡村振兴", "营商环境", "\"生态环境保护\"",
        "森林覆盖率", "单位GDP能耗", "整改方案 AND 督察", "蓝天保衛戰", "新质生产力", "放管服 OR 一网通办"};
    for (int i = 0; queries.size() < 200; i++) {
      queries.add(more[i % more.length]);
    }
    return queries;
  }

  static Figures measure(Path index) throws Exception {
    List<String> queries = queries();
    try (CorpusSearcher searcher = CorpusSearcher.open(index)) {
      CorpusSearcher.Filters none = new CorpusSearcher.Filters(null, null, null, null);
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        for (String q : queries) {
          searcher.search(q, none, 10);
        }
      }
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long[] nanos = new long[queries.size() * ROUNDS];
      long[] cpu = new long[nanos.length];
      Map<String, Long> worst = new HashMap<>();
      int n = 0;
      for (int round = 0; round < ROUNDS; round++) {
        for (String q : queries) {
          long c = threads.getCurrentThreadCpuTime();
          long s = System.nanoTime();
          searcher.search(q, none, 10);
          nanos[n] = System.nanoTime() - s;
          cpu[n] = threads.getCurrentThreadCpuTime() - c;
          worst.merge(q, nanos[n++], Math::max);
        }
      }
      Arrays.sort(nanos);
      Arrays.sort(cpu);
      Map<String, Double> slowest = new LinkedHashMap<>();
      worst.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
          .forEach(e -> slowest.put(e.getKey(), Math.round(e.getValue() / 1e4) / 100.0));
      int p99 = (int) Math.ceil(n * 0.99) - 1;
      return new Figures(nanos[n / 2] / 1e6, nanos[p99] / 1e6, cpu[n / 2] / 1e6, cpu[p99] / 1e6, n,
          searcher.documents(), slowest);
    }
  }
}
