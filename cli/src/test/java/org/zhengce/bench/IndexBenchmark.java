package org.zhengce.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.zhengce.index.CorpusIndex;
import org.zhengce.index.CorpusSearcher;
import org.zhengce.pipeline.DocumentPipeline;

/**
 * Indexing and search at scale: the corpus cut into pieces of about a kilobyte and repeated with
 * varied ids up to {@code --mb} megabytes (default 100, at least 100,000 documents); zhengce's
 * full pipeline (read, clean, extract, index the words extraction segmented, as {@code zhengce
 * index} does) beside the same documents indexed
 * with SmartChineseAnalyzer and no extraction, in the same run; then the search latency on the
 * zhengce index ({@link SearchLatency}: top 10, facets, passages, warm); and the index size as a
 * share of the text size. The indexes stay in a temporary directory, printed, for {@link
 * SearchLatency} to measure again.
 */
public final class IndexBenchmark {

  public static void main(String[] args) throws Exception {
    double targetMb = args.length > 0 ? Double.parseDouble(args[0]) : 100;
    List<byte[]> pieces = pieces(SharedData.root().resolve("corpus"));
    long target = (long) (targetMb * 1024 * 1024);
    List<byte[]> docs = new ArrayList<>();
    long bytes = 0;
    for (int round = 0; bytes < target || docs.size() < 100_000; round++) {
      for (byte[] p : pieces) {
        byte[] varied = (new String(p, StandardCharsets.UTF_8) + "\n编号" + round).getBytes(StandardCharsets.UTF_8);
        docs.add(varied);
        bytes += varied.length;
        if (bytes >= target && docs.size() >= 100_000) {
          break;
        }
      }
    }
    double mb = bytes / 1048576.0;
    System.out.printf(Locale.ROOT, "%d documents, %.1f MB of text%n", docs.size(), mb);
    Path work = Files.createTempDirectory("zhengce-bench");
    System.out.println("indexes in " + work);
    Path zIndex = work.resolve("zhengce");
    Path sIndex = work.resolve("smartcn");

    long t0 = System.nanoTime();
    DocumentPipeline pipeline = DocumentPipeline.standard();
    try (CorpusIndex index = CorpusIndex.open(zIndex)) {
      for (int i = 0; i < docs.size(); i++) {
        var processed = pipeline.processWithWords(pipeline.read("doc" + i + ".txt", docs.get(i)));
        // segmented once, as `zhengce index` does
        index.put("doc" + i + ".txt", CorpusIndex.id(docs.get(i)), processed);
      }
      index.commit();
    }
    double zSeconds = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    try (FSDirectory dir = FSDirectory.open(sIndex);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new SmartChineseAnalyzer()))) {
      for (int i = 0; i < docs.size(); i++) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField("path", "doc" + i + ".txt", Field.Store.YES));
        d.add(new TextField("body", new String(docs.get(i), StandardCharsets.UTF_8), Field.Store.YES));
        writer.addDocument(d);
      }
      writer.commit();
    }
    double sSeconds = (System.nanoTime() - t1) / 1e9;
    System.out.printf(Locale.ROOT, "indexing, zhengce full pipeline: %.2f MB/s, %.0f documents/s (%.0f s)%n",
        mb / zSeconds, docs.size() / zSeconds, zSeconds);
    System.out.printf(Locale.ROOT, "indexing, SmartChineseAnalyzer, no extraction: %.2f MB/s, %.0f documents/s (%.0f s)%n",
        mb / sSeconds, docs.size() / sSeconds, sSeconds);

    SearchLatency.print(SearchLatency.measure(zIndex));
    try (CorpusSearcher searcher = CorpusSearcher.open(zIndex)) {
      System.out.printf(Locale.ROOT, "index size: zhengce %.1f MB (%.0f%% of the text), smartcn %.1f MB (%.0f%%)%n",
          searcher.sizeOnDisk() / 1048576.0, 100 * searcher.sizeOnDisk() / (double) bytes,
          size(sIndex) / 1048576.0, 100 * size(sIndex) / (double) bytes);
    }
  }

  /** The corpus cut at line breaks into pieces of about a kilobyte. */
  private static List<byte[]> pieces(Path corpus) throws Exception {
    DocumentPipeline reader = DocumentPipeline.standard();
    List<byte[]> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).sorted()
          .filter(p -> !p.getFileName().toString().matches("README.*|MANIFEST.*")).toList();
    }
    for (Path p : files) {
      String text = reader.read(p).original();
      StringBuilder piece = new StringBuilder();
      for (String line : text.split("\n")) {
        piece.append(line).append('\n');
        if (piece.toString().getBytes(StandardCharsets.UTF_8).length >= 1000) {
          out.add(piece.toString().getBytes(StandardCharsets.UTF_8));
          piece.setLength(0);
        }
      }
      if (piece.length() > 20) {
        out.add(piece.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static long size(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
