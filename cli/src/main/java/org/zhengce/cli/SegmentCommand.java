package org.zhengce.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhengce.clean.CleanDocument;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.segment.Segmenter;
import org.zhengce.segment.Token;
import org.zhengce.text.CodePoints;
import org.zhengce.text.NormalizedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zhengce segment}: the words of each file with their part of speech; plain, one line of
 * {@code word/pos} per text line, or JSON with offsets into the original.
 */
@Command(name = "segment", mixinStandardHelpOptions = true,
    description = "Print each document's words with part of speech.")
final class SegmentCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin Inputs inputs;

  @Option(names = "--json", description = "One JSON object per document, offsets in code points of the original.")
  boolean json;

  @Option(names = "--dict", paramLabel = "FILE",
      description = "A user dictionary: one term a line, optionally followed by a part of speech.")
  List<Path> dictionaries = new ArrayList<>();

  @Override
  public Integer call() {
    for (Path p : dictionaries) {
      if (!Files.isRegularFile(p)) {
        throw new CliException("--dict " + p + ": no such file", 2);
      }
    }
    Segmenter segmenter;
    try {
      segmenter = HanlpSegmenter.withDictionaries(dictionaries);
    } catch (IllegalArgumentException e) {
      throw new CliException("--dict: " + e.getMessage(), 2);
    }
    DocumentPipeline pipeline = inputs.pipeline().segmenter(segmenter).build();
    PrintWriter out = spec.commandLine().getOut();
    return inputs.forEach(spec.commandLine().getErr(), pipeline, document -> {
      CleanDocument doc = pipeline.clean(document);
      NormalizedText text = doc.text();
      List<Token> tokens = pipeline.segmenter().segment(text.normalized());
      if (json) {
        out.println(Json.compact(asJson(doc, tokens)));
      } else {
        out.println(plain(text.normalized(), tokens));
      }
      out.flush();
    });
  }

  private static Map<String, Object> asJson(CleanDocument doc, List<Token> tokens) {
    CodePoints cp = new CodePoints(doc.original());
    List<Map<String, Object>> items = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("word", t.text());
      item.put("pos", t.pos());
      item.putAll(Json.span(doc.original(), cp, doc.text().toOriginal(t.start(), t.end())));
      items.add(item);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", doc.document().source());
    out.put("tokens", items);
    return out;
  }

  private static String plain(String text, List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    int last = 0;
    for (Token t : tokens) {
      if (text.substring(last, t.start()).indexOf('\n') >= 0) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
          sb.append('\n');
        }
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
        sb.append(' ');
      }
      sb.append(t.text()).append('/').append(t.pos());
      last = t.end();
    }
    return sb.toString();
  }
}
