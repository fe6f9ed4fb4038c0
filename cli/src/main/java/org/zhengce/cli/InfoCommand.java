package org.zhengce.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhengce.clean.CleanDocument;
import org.zhengce.clean.Noise;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.text.CodePoints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhengce info}: each file's metadata, flags, encoding and noise regions as JSON. */
@Command(name = "info", mixinStandardHelpOptions = true,
    description = "Print each document's metadata, flags and encoding as JSON.")
final class InfoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin Inputs inputs;

  @Option(names = "--noise", description = "Also list the noise regions left out of analysis.")
  boolean noise;

  @Override
  public Integer call() {
    DocumentPipeline pipeline = inputs.pipeline().build();
    return inputs.forEach(spec.commandLine().getErr(), pipeline, document -> {
      CleanDocument doc = pipeline.clean(document);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("source", document.source());
      out.put("encoding", document.encoding());
      if (document.replacedBytes() > 0) {
        out.put("replaced_bytes", document.replacedBytes());
      }
      out.put("format", document.format().name().toLowerCase(java.util.Locale.ROOT));
      out.put("characters", document.original().codePointCount(0, document.original().length()));
      out.put("document", Json.document(doc));
      if (noise) {
        CodePoints cp = new CodePoints(doc.original());
        List<Map<String, Object>> regions = new ArrayList<>();
        for (Noise n : doc.noise()) {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
          r.putAll(Json.span(doc.original(), cp, n.span()));
          regions.add(r);
        }
        out.put("noise", regions);
      }
      spec.commandLine().getOut().println(Json.pretty(out));
      spec.commandLine().getOut().flush();
    });
  }
}
