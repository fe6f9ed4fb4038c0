package org.zhengce.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.zhengce.lucene.ZhengceAnalyzer;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.read.ReadException;

/**
 * Search quality on the project's relevance set ({@code relevance/queries.tsv}: queries with the
 * documents of {@code ../shared/corpus} judged relevant): nDCG@10 and recall@10 of zhengce's
 * analyzer beside Lucene's SmartChineseAnalyzer and CJKAnalyzer, each indexing the same corpus
 * (title and body) and parsing the same queries, in the same run.
 */
public final class RelevanceEval {

  record Query(String id, String text, String kind, Set<String> relevant) {}

  public static void main(String[] args) throws Exception {
    Path corpus = SharedData.root().resolve("corpus");
    List<Query> queries = queries();
    Map<String, String[]> docs = new LinkedHashMap<>(); // path -> {title, body}
    DocumentPipeline pipeline = DocumentPipeline.standard();
    try (var walk = java.nio.file.Files.walk(corpus)) {
      for (Path p : walk.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
        String name = corpus.relativize(p).toString();
        if (name.startsWith("README") || name.startsWith("MANIFEST")) {
          continue;
        }
        try {
          var doc = pipeline.clean(pipeline.read(p));
          docs.put(name, new String[] {doc.metadata().title() == null ? "" : doc.metadata().title(), doc.original()});
        } catch (ReadException e) {
          System.err.println("skipped " + name + ": " + e.getMessage());
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d queries over %d documents%n", queries.size(), docs.size());
    evaluate("zhengce", ZhengceAnalyzer.forIndexing(), new ZhengceAnalyzer(), docs, queries);
    evaluate("SmartChineseAnalyzer", new SmartChineseAnalyzer(), new SmartChineseAnalyzer(), docs, queries);
    evaluate("CJKAnalyzer", new CJKAnalyzer(), new CJKAnalyzer(), docs, queries);
  }

  private static void evaluate(String name, Analyzer indexing, Analyzer querying,
      Map<String, String[]> docs, List<Query> queries) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(indexing))) {
        for (Map.Entry<String, String[]> e : docs.entrySet()) {
          Document d = new Document();
          d.add(new StringField("path", e.getKey(), Field.Store.YES));
          d.add(new TextField("title", e.getValue()[0], Field.Store.NO));
          d.add(new TextField("body", e.getValue()[1], Field.Store.NO));
          writer.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        double ndcg = 0;
        double recall = 0;
        Map<String, double[]> byKind = new LinkedHashMap<>();
        for (Query q : queries) {
          MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "body"}, querying,
              Map.of("title", 2f, "body", 1f));
          parser.setDefaultOperator(MultiFieldQueryParser.Operator.AND);
          List<String> ranked = new ArrayList<>();
          try {
            for (ScoreDoc sd : searcher.search(parser.parse(q.text()), 10).scoreDocs) {
              ranked.add(reader.storedFields().document(sd.doc).get("path"));
            }
          } catch (ParseException e) {
            System.err.println(name + " cannot parse " + q.text() + ": " + e.getMessage().lines().findFirst().orElse(""));
          }
          double n = ndcg(ranked, q.relevant());
          double r = ranked.stream().filter(q.relevant()::contains).count() / (double) Math.min(10, q.relevant().size());
          ndcg += n;
          recall += r;
          double[] k = byKind.computeIfAbsent(q.kind(), x -> new double[3]);
          k[0] += n;
          k[1] += r;
          k[2]++;
        }
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((k, v) -> kinds.append(String.format(Locale.ROOT, " %s %.3f/%.3f", k, v[0] / v[2], v[1] / v[2])));
        System.out.printf(Locale.ROOT, "%-22s nDCG@10 %.3f  recall@10 %.3f   by kind (nDCG/recall):%s%n", name,
            ndcg / queries.size(), recall / queries.size(), kinds);
      }
    }
  }

  /** Binary-relevance nDCG@10. */
  private static double ndcg(List<String> ranked, Set<String> relevant) {
    double dcg = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (relevant.contains(ranked.get(i))) {
        dcg += 1 / (Math.log(i + 2) / Math.log(2));
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(10, relevant.size()); i++) {
      ideal += 1 / (Math.log(i + 2) / Math.log(2));
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  static List<Query> queries() throws IOException {
    List<Query> out = new ArrayList<>();
    try (InputStream in = RelevanceEval.class.getResourceAsStream("/relevance/queries.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 4 || f[0].equals("id")) {
          continue;
        }
        out.add(new Query(f[0], f[1], f[2], new HashSet<>(List.of(f[3].strip().split("\\|")))));
      }
    }
    return out;
  }
}
