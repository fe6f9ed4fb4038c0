package org.zhengce.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.zhengce.pipeline.DocumentPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhengce normalize}: the normalized text of the regions that are analysed. */
@Command(name = "normalize", mixinStandardHelpOptions = true,
    description = "Print the normalized text (simplified, repaired, noise left out) of each file.")
final class NormalizeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin Inputs inputs;

  @Option(names = "--all", description = "Normalize the whole text, noise included.")
  boolean all;

  @Override
  public Integer call() {
    DocumentPipeline pipeline = inputs.pipeline().build();
    PrintWriter out = spec.commandLine().getOut();
    boolean headers = inputs.files.size() > 1;
    return inputs.forEach(spec.commandLine().getErr(), pipeline, document -> {
      String text = all ? pipeline.normalizeAll(document).normalized()
          : pipeline.clean(document).text().normalized();
      if (headers) {
        out.println("==> " + document.source() + " <==");
      }
      out.println(text.strip());
      out.flush();
    });
  }
}
