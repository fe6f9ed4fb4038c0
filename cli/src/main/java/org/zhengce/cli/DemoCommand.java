package org.zhengce.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code zhengce demo}: the whole job on the sample documents, through the other commands:
 * index them into a local directory, search across scripts, print a commitment checklist, write
 * the comparison page, say where each result is, and how to see it all in a browser ({@code
 * zhengce serve}; {@code --serve} starts it).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Index the sample documents, search across scripts, print a checklist, write a comparison page.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--docs", paramLabel = "DIR", defaultValue = "examples",
      description = "The documents (default: ${DEFAULT-VALUE}).")
  Path docs;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "zhengce-demo",
      description = "Where the index and the page go (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--serve", description = "Then serve the pages over the demo's index (zhengce serve), until Ctrl-C.")
  boolean serve;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port of --serve (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(docs)) {
      throw new CliException(docs + ": no such folder (run the demo from the project's root, or give --docs)", 2);
    }
    Files.createDirectories(out);
    PrintWriter o = spec.commandLine().getOut();
    String index = out.resolve("index").toString();
    CommandLine cl = spec.commandLine().getParent();
    step(o, "1. Index " + docs + " into " + index);
    int failed = cl.execute("index", "--index", index, docs.toString());
    step(o, "2. Search 環保督察 (traditional) — finds the simplified speeches too, passages in each document's own script");
    cl.execute("search", "環保督察", "--index", index, "--limit", "3");
    Path speech = docs.resolve("004_cde5e523752f718d.txt");
    if (Files.exists(speech)) {
      step(o, "3. Commitment checklist of " + speech);
      cl.execute("extract", "--format", "checklist", speech.toString());
    }
    Path page = out.resolve("compare.html");
    step(o, "4. Comparison of targets across places and years");
    cl.execute("compare", "--index", index, "--format", "html", "--output", page.toString());
    step(o, "Results: index " + Path.of(index).toAbsolutePath() + "; comparison page " + page.toAbsolutePath()
        + "; try ./zhengce search 河长制 --index " + index + " or ./zhengce stats --index " + index);
    if (serve) {
      step(o, "5. The same in a browser: search, documents with their records marked, extract, compare");
      int served = cl.execute("serve", "--index", index, "--port", Integer.toString(port));
      return failed != 0 ? failed : served;
    }
    o.println("See it all in a browser: ./zhengce serve --index " + index + " (or ./zhengce demo --serve)");
    o.flush();
    return failed;
  }

  private static void step(PrintWriter o, String text) {
    o.println();
    o.println("== " + text);
    o.flush();
  }
}
