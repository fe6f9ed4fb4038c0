package org.zhengce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.zhengce.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zhengce serve}: the search, document, extract and compare pages in a browser, over the
 * local index ({@link WebServer}); prints the address and serves until stopped (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Search, read, extract and compare in a browser: a local web server over the index "
        + "(no account; nothing leaves the machine).")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexDir indexDir;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 lets "
          + "other machines in, and there is no account).")
  String host;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "50",
      description = "Refuse uploads larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  double maxSizeMb;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "8",
      description = "Requests handled at once (default: ${DEFAULT-VALUE}); more wait in a queue.")
  int threads;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65535 || threads < 1) {
      throw new CliException(port < 0 || port > 65535 ? "--port must be from 0 to 65535" : "--threads must be at least 1", 2);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WebServer server;
    try {
      server = WebServer.start(new WebServer.Options(host, port, indexDir.path, Inputs.maxBytes(maxSizeMb), threads), err);
    } catch (UnknownHostException e) {
      throw new CliException("--host " + host + ": no such address on this machine", 2);
    } catch (BindException e) {
      throw new CliException(e.getMessage());
    }
    out.println("zhengce: serving " + indexDir.path.toAbsolutePath() + " at " + server.address() + " (Ctrl-C stops)");
    if (!Files.isDirectory(indexDir.path)) {
      out.println("zhengce: note: no index at " + indexDir.path + " yet: the extract page works, and search finds "
          + "the index as soon as 'zhengce index --index " + indexDir.path + " DOCS' has made it");
    }
    if (!server.address().getHost().startsWith("127.") && !host.equals("localhost")) {
      out.println("zhengce: note: listening on " + host + ": other machines can reach these pages, without an account");
    }
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "zhengce-serve-stop"));
    stopped.await();
    return 0;
  }
}
