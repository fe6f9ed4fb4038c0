package org.zhengce.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The relevance set ({@code relevance/queries.tsv}): queries with their kind and the documents of
 * {@code ../shared/corpus} judged relevant, and the measures over a ranking (binary nDCG@10,
 * recall@10). Immutable.
 */
record Judgements(String id, String text, String kind, Set<String> relevant) {

  static final int DEPTH = 10;

  /** Every query of the set, in file order. */
  static List<Judgements> load() throws IOException {
    List<Judgements> out = new ArrayList<>();
    try (InputStream in = Judgements.class.getResourceAsStream("/relevance/queries.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 4 || f[0].equals("id")) {
          continue;
        }
        out.add(new Judgements(f[0], f[1], f[2], Set.of(f[3].strip().split("\\|"))));
      }
    }
    return out;
  }

  /** Binary-relevance nDCG@10 of {@code ranked}. */
  double ndcg(List<String> ranked) {
    double dcg = 0;
    for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        dcg += gain(i);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(DEPTH, relevant.size()); i++) {
      ideal += gain(i);
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  /** The share of the relevant documents (at most ten) in the first ten of {@code ranked}. */
  double recall(List<String> ranked) {
    long found = ranked.stream().limit(DEPTH).filter(relevant::contains).count();
    return found / (double) Math.min(DEPTH, relevant.size());
  }

  private static double gain(int rank) {
    return 1 / (Math.log(rank + 2) / Math.log(2));
  }
}
