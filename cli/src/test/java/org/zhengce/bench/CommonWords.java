package org.zhengce.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.zhengce.lucene.ZhengceAnalyzer;
import org.zhengce.pipeline.DocumentPipeline;

/**
 * Makes the table of common words ({@code corpus/src/main/resources/org/zhengce/index/common-words.tsv}):
 * the words the index holds most often in the shared corpus, each cleaned document read with the
 * indexing analyzer, counted by occurrences (the positions a phrase of them must read). Prints the
 * table's rows. Argument: how many words (default 300).
 */
public final class CommonWords {

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    DocumentPipeline pipeline = DocumentPipeline.standard();
    Analyzer indexing = ZhengceAnalyzer.forIndexing();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SharedData.root().resolve("corpus"))) {
      files = walk.filter(Files::isRegularFile).sorted()
          .filter(p -> !p.getFileName().toString().matches("README.*|MANIFEST.*")).toList();
    }
    Map<String, Long> count = new HashMap<>();
    long all = 0;
    for (Path p : files) {
      String text = pipeline.clean(pipeline.read(p)).original();
      try (TokenStream ts = indexing.tokenStream("body", text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          count.merge(term.toString(), 1L, Long::sum);
          all++;
        }
        ts.end();
      }
    }
    long total = all;
    System.out.printf("# %d documents, %d terms; the %d most frequent hold %.1f%% of them%n", files.size(), total, n,
        100.0 * count.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(n).mapToLong(Long::longValue).sum() / total);
    System.out.println("word\toccurrences");
    count.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n).forEach(e -> System.out.println(e.getKey() + "\t" + e.getValue()));
  }
}
