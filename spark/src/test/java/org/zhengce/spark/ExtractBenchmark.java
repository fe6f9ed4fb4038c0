package org.zhengce.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.zhengce.format.RecordsJson;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.read.ReadException;

/**
 * Documents per second of the Spark job in local mode ({@code local[N]}, default the machine's
 * cores) beside the same pipeline on one thread, as {@code zhengce extract --format jsonl} runs it,
 * over the same files (the {@code .txt} files one folder down in {@code ../shared/corpus}, or the
 * folder given), in one JVM, dictionaries loaded first,
 * best of {@code rounds}. {@code ./mvnw -B -Pspark-bench -DskipTests verify -pl spark -am}.
 */
public final class ExtractBenchmark {

  private ExtractBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 && !args[0].isEmpty() ? args[0]
        : System.getProperty("zhengce.shared", "../shared") + "/corpus").toAbsolutePath().normalize();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String master = args.length > 2 ? args[2] : "local[" + Runtime.getRuntime().availableProcessors() + "]";
    List<Path> files;
    try (Stream<Path> all = Files.walk(corpus)) {
      files = all.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt"))
          .filter(p -> p.getParent().getParent().equals(corpus)).sorted().toList();
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    System.out.printf("%d documents, %.1f MB, %s%n", files.size(), bytes / 1e6, corpus);

    DocumentPipeline pipeline = DocumentPipeline.standard();
    ObjectMapper json = new ObjectMapper();
    double bestSequential = 0;
    java.util.Map<String, String> expected = new java.util.HashMap<>();
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      long cpu0 = cpuNanos();
      long chars = 0;
      for (Path f : files) {
        try {
          ProcessedDocument p = pipeline.process(pipeline.read(f));
          String line = json.writeValueAsString(RecordsJson.of(p.document(), p.extraction()));
          chars += line.length();
          expected.put(f.toString(), line);
        } catch (ReadException e) {
          // counted as processed, as the CLI goes on
        }
      }
      double s = (System.nanoTime() - t0) / 1e9;
      bestSequential = Math.max(bestSequential, files.size() / s);
      System.out.printf("pipeline, one thread: %.1f docs/s (%.1f s, %.1f s CPU, %d JSON chars)%n", files.size() / s, s,
          (cpuNanos() - cpu0) / 1e9, chars);
    }

    double bestSpark = 0;
    try (SparkSession spark = SparkSession.builder().master(master).appName("zhengce-bench")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").getOrCreate()) {
      for (int r = 0; r < rounds; r++) {
        Path out = Files.createTempDirectory("zhengce-bench");
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        ExtractJob.Summary summary = ExtractJob.run(spark,
            JobArguments.folder(corpus + "/*/*.txt", out.resolve("o").toString()));
        double s = (System.nanoTime() - t0) / 1e9;
        bestSpark = Math.max(bestSpark, summary.documents() / s);
        System.out.printf("spark %s: %.1f docs/s (%.1f s, %.1f s CPU, %d documents, %d targets)%n", master,
            summary.documents() / s, s, (cpuNanos() - cpu0) / 1e9, summary.documents(), summary.targets());
        if (r == rounds - 1) {
          int same = 0;
          for (String line : spark.read().textFile(out.resolve("o/records").toString()).collectAsList()) {
            same += line.equals(expected.get(json.readTree(line).path("source").asText())) ? 1 : 0;
          }
          System.out.printf("records equal to the pipeline's (zhengce extract --format jsonl): %d of %d documents%n",
              same, files.size());
        }
        delete(out);
      }
    }
    System.out.printf("best: pipeline one thread %.1f docs/s, spark %s %.1f docs/s, ratio %.2f%n",
        bestSequential, master, bestSpark, bestSpark / bestSequential);
  }

  /** CPU time of this JVM, all threads: on a shared machine, what the work costs. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
