package org.zhengce.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.zhengce.cli.Zhengce;
import org.zhengce.index.CorpusSearcher;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.read.ReadException;

/**
 * Search quality on the project's relevance set ({@link Judgements}): nDCG@10 and recall@10, overall
 * and by kind, of zhengce's own search — the corpus indexed by {@code zhengce index}, the queries
 * answered by {@link CorpusSearcher}, as the CLI and the web page answer them — beside Lucene's
 * SmartChineseAnalyzer and CJKAnalyzer indexing the same documents (title and body) and parsing the
 * same queries with the classic parser, in the same run. Arguments: an index directory to build
 * or bring up to date (default: a fresh temporary one); {@code --queries} prints every query's
 * figures.
 */
public final class RelevanceEval {

  private interface Engine {
    List<String> search(String query) throws IOException;
  }

  public static void main(String[] args) throws Exception {
    Path corpus = SharedData.root().resolve("corpus").toRealPath();
    boolean each = List.of(args).contains("--queries");
    Path index = Stream.of(args).filter(a -> !a.startsWith("--")).findFirst().map(Path::of).orElse(null);
    if (index == null) {
      index = Files.createTempDirectory("zhengce-relevance").resolve("index");
    }
    List<Judgements> queries = Judgements.load();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).sorted()
          .filter(p -> !p.getFileName().toString().matches("README.*|MANIFEST.*")).toList();
    }
    index(index, files);
    System.out.printf(Locale.ROOT, "%d queries over %d documents%n", queries.size(), files.size());
    Map<String, Map<String, Double>> perQuery = new LinkedHashMap<>();
    try (CorpusSearcher searcher = CorpusSearcher.open(index)) {
      CorpusSearcher.Filters none = new CorpusSearcher.Filters(null, null, null, null);
      perQuery.put("zhengce search", report("zhengce search", queries, q -> {
        List<String> ranked = new ArrayList<>();
        for (CorpusSearcher.Hit h : searcher.search(q, none, Judgements.DEPTH).hits()) {
          ranked.add(corpus.relativize(Path.of(h.path())).toString());
        }
        return ranked;
      }));
    }
    Map<String, String[]> docs = titlesAndBodies(corpus, files);
    try (BaselineSearch smartcn = new BaselineSearch(new SmartChineseAnalyzer(), docs);
        BaselineSearch cjk = new BaselineSearch(new CJKAnalyzer(), docs)) {
      perQuery.put("SmartChineseAnalyzer", report("SmartChineseAnalyzer", queries,
          q -> smartcn.search(q, Judgements.DEPTH)));
      perQuery.put("CJKAnalyzer", report("CJKAnalyzer", queries, q -> cjk.search(q, Judgements.DEPTH)));
    }
    if (each) {
      System.out.println();
      System.out.println("query\tkind\t" + String.join("\t", perQuery.keySet()) + "\ttext");
      for (Judgements q : queries) {
        StringBuilder line = new StringBuilder(q.id() + "\t" + q.kind());
        perQuery.values().forEach(m -> line.append(String.format(Locale.ROOT, "\t%.3f", m.get(q.id()))));
        System.out.println(line.append('\t').append(q.text()));
      }
    }
  }

  /** Runs {@code zhengce index} over {@code files}, as a user would. */
  private static void index(Path index, List<Path> files) {
    List<String> args = new ArrayList<>(List.of("index", "--index", index.toString()));
    files.forEach(f -> args.add(f.toString()));
    StringWriter err = new StringWriter();
    int code = Zhengce.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
        .execute(args.toArray(String[]::new));
    String summary = err.toString().lines().reduce((a, b) -> b).orElse("");
    System.out.println("zhengce index: " + summary + (code == 0 ? "" : " (exit " + code + ")"));
  }

  /** Each file's title and original text, as the pipeline reads them, for the baselines. */
  private static Map<String, String[]> titlesAndBodies(Path corpus, List<Path> files) throws IOException {
    Map<String, String[]> docs = new LinkedHashMap<>();
    DocumentPipeline pipeline = DocumentPipeline.standard();
    for (Path p : files) {
      try {
        var doc = pipeline.clean(pipeline.read(p));
        String title = doc.metadata().title() == null ? "" : doc.metadata().title();
        docs.put(corpus.relativize(p).toString(), new String[] {title, doc.original()});
      } catch (ReadException e) {
        System.err.println("skipped " + p + ": " + e.getMessage());
      }
    }
    return docs;
  }

  /** Prints one engine's figures, overall and by kind; gives each query's nDCG@10 by id. */
  private static Map<String, Double> report(String name, List<Judgements> queries, Engine engine)
      throws IOException {
    Map<String, Double> each = new LinkedHashMap<>();
    Map<String, double[]> byKind = new LinkedHashMap<>();
    double ndcg = 0;
    double recall = 0;
    for (Judgements q : queries) {
      List<String> ranked;
      try {
        ranked = engine.search(q.text());
      } catch (IllegalArgumentException refused) {
        System.err.println(name + " refuses " + q.text() + ": " + refused.getMessage());
        ranked = List.of();
      }
      double n = q.ndcg(ranked);
      double r = q.recall(ranked);
      each.put(q.id(), n);
      ndcg += n;
      recall += r;
      double[] k = byKind.computeIfAbsent(q.kind(), x -> new double[3]);
      k[0] += n;
      k[1] += r;
      k[2]++;
    }
    StringBuilder kinds = new StringBuilder();
    byKind.forEach((k, v) -> kinds.append(String.format(Locale.ROOT, "  %s %.3f/%.3f (%d)", k, v[0] / v[2],
        v[1] / v[2], (int) v[2])));
    System.out.printf(Locale.ROOT, "%-21s nDCG@10 %.3f  recall@10 %.3f   by kind, nDCG/recall:%s%n", name,
        ndcg / queries.size(), recall / queries.size(), kinds);
    return each;
  }
}
