package org.zhengce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhengce.index.Abbreviations;
import org.zhengce.index.CorpusSearcher;
import org.zhengce.index.IndexException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code zhengce search}: Lucene query syntax over title and body, in either script, abbreviations
 * and full forms both ways (the shipped table and {@code --synonyms} files); hits with highlighted
 * passages of the original text, and facet counts by place, year and kind.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the index: plain words (all of them must occur), or Lucene query syntax "
        + "(\"phrases\", AND, OR, NOT, -word, title:…, 环*).")
final class SearchCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", description = "What to look for, e.g. 河长制 or \"环保督察\" AND 整改.")
  String query;

  @Mixin IndexDir indexDir;

  @Option(names = "--place", paramLabel = "P", description = "Only documents for this place, as the gazetteer reads it (衡水 or 衡水市).")
  String place;

  @Option(names = "--from", paramLabel = "YEAR", description = "Only documents of this year or later.")
  Integer from;

  @Option(names = "--to", paramLabel = "YEAR", description = "Only documents of this year or earlier.")
  Integer to;

  @Option(names = "--kind", paramLabel = "K", description = "speech, meeting, notice, plan, report or news.")
  String kind;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--synonyms", paramLabel = "FILE",
      description = "Your own abbreviations and full forms, in the format of the shipped table "
          + "(term<TAB>same|part<TAB>form|form…), added to it.")
  List<Path> synonyms = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (limit < 1) {
      throw new CliException("--limit must be at least 1", 2);
    }
    Abbreviations abbreviations = abbreviations();
    CorpusSearcher.Result result;
    try (CorpusSearcher searcher = CorpusSearcher.open(indexDir.path, abbreviations)) {
      result = searcher.search(query, new CorpusSearcher.Filters(place, from, to, kind), limit);
    } catch (IndexException e) {
      throw new CliException(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage(), 2);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("query", query);
      json.put("total", result.total());
      json.put("notes", result.notes());
      json.put("hits", result.hits());
      json.put("facets", result.facets());
      out.println(Json.pretty(json));
    } else {
      out.printf(Locale.ROOT, "%d %s %s%n", result.total(), result.total() == 1 ? "document matches" : "documents match",
          shortened(query));
      result.notes().forEach(note -> out.println("note: " + note));
      int rank = 1;
      for (CorpusSearcher.Hit h : result.hits()) {
        out.printf(Locale.ROOT, "%n%d. %s  (%s · %s · %s · score %.2f)%n   %s%n", rank++,
            h.title() == null ? "(no title)" : h.title(), h.place() == null ? "—" : h.place(),
            h.date() == null ? "—" : h.date(), h.kind() == null ? "—" : h.kind(), h.score(), h.path());
        for (String passage : h.passages()) {
          out.println("   " + passage);
        }
      }
      out.println();
      result.facets().forEach((dim, counts) -> {
        if (!counts.isEmpty() && !dim.equals("indicator")) {
          out.println(dim + ": " + counts);
        }
      });
    }
    out.flush();
    return 0;
  }

  /** The shipped abbreviation table with the user's tables added. */
  private Abbreviations abbreviations() throws IOException {
    for (Path p : synonyms) {
      if (!Files.isRegularFile(p)) {
        throw new CliException("--synonyms " + p + ": no such file", 2);
      }
    }
    try {
      return Abbreviations.with(synonyms);
    } catch (IllegalArgumentException e) {
      throw new CliException("--synonyms " + e.getMessage(), 2);
    }
  }

  /** The query as a heading: at most 60 characters. */
  static String shortened(String query) {
    String q = query.strip().replaceAll("\\s+", " ");
    return q.codePointCount(0, q.length()) <= 60 ? q : q.substring(0, q.offsetByCodePoints(0, 59)) + "…";
  }
}
