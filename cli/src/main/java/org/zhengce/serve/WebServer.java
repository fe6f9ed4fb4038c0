package org.zhengce.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhengce.pipeline.DocumentPipeline;

/**
 * {@code zhengce serve}: the search, document, extract and compare pages and their JSON over a
 * local index, on the JDK's {@link HttpServer} with a bounded pool of threads (a full queue makes
 * the accepting thread answer itself, which slows new connections instead of dropping them).
 * Binds the address given (127.0.0.1 unless told otherwise); uploads go to a temporary directory
 * of its own, removed when it stops. Start with {@link #start}, stop with {@link #close}.
 */
public final class WebServer implements Closeable {

  /** How to serve: where, over which index, the size limit of uploads, how many threads. */
  public record Options(String host, int port, Path index, long maxBytes, int threads) {

    public Options {
      if (threads < 1 || maxBytes < 1 || port < 0 || port > 65535) {
        throw new IllegalArgumentException("bad server options");
      }
    }
  }

  private static final int QUEUE = 512;
  private static final int BACKLOG = 512;

  private final HttpServer server;
  private final ThreadPoolExecutor pool;
  private final Corpus corpus;
  private final Path uploads;
  private final URI address;

  private WebServer(HttpServer server, ThreadPoolExecutor pool, Corpus corpus, Path uploads, URI address) {
    this.server = server;
    this.pool = pool;
    this.corpus = corpus;
    this.uploads = uploads;
    this.address = address;
  }

  /**
   * Starts serving; errors of requests are logged to {@code log}. A port in use is a {@link
   * BindException} saying so.
   */
  public static WebServer start(Options o, PrintWriter log) throws IOException {
    InetAddress bind = InetAddress.getByName(o.host());
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(bind, o.port()), BACKLOG);
    } catch (BindException e) {
      throw new BindException("port " + o.port() + " on " + o.host() + " is in use (give another with --port, "
          + "or --port 0 for any free one)");
    }
    Path temp = Files.createTempDirectory("zhengce-serve-");
    DocumentPipeline pipeline = DocumentPipeline.builder().maxBytes(o.maxBytes()).build();
    Corpus corpus = new Corpus(o.index());
    Documents documents = new Documents(pipeline);
    SearchPage search = new SearchPage(corpus);
    DocumentPage doc = new DocumentPage(corpus, documents);
    ExtractPage extract = new ExtractPage(corpus, documents, pipeline, new Uploads(temp, o.maxBytes()));
    ComparePage compare = new ComparePage(corpus);
    Map<String, Dispatcher.Endpoint> routes = new LinkedHashMap<>();
    routes.put("GET /", search::page);
    routes.put("GET /search", search::page);
    routes.put("GET /api/search", search::json);
    routes.put("GET /doc", doc::page);
    routes.put("GET /api/document", doc::json);
    routes.put("GET /download/checklist.md", doc::checklist);
    routes.put("GET /download/commitments.csv", doc::csv);
    routes.put("GET /download/records.json", doc::records);
    routes.put("GET /extract", extract::form);
    routes.put("POST /extract", extract::extract);
    routes.put("POST /api/extract", extract::json);
    routes.put("GET /compare", compare::page);
    routes.put("GET /api/compare", compare::json);
    routes.put("GET /api/indicators", compare::indicatorsJson);
    int port = server.getAddress().getPort();
    Set<String> hosts = bind.isLoopbackAddress()
        ? Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port) : Set.of();
    Assets assets = new Assets();
    server.createContext("/", new Dispatcher(routes, assets::get, hosts, o.index().toString(), log));
    ThreadPoolExecutor pool = new ThreadPoolExecutor(o.threads(), o.threads(), 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(QUEUE), daemons(), new ThreadPoolExecutor.CallerRunsPolicy());
    server.setExecutor(pool);
    warmUp(pipeline);
    server.start();
    String shown = bind.isAnyLocalAddress() ? "127.0.0.1" : bind instanceof java.net.Inet6Address
        ? "[" + bind.getHostAddress() + "]" : bind.getHostAddress();
    return new WebServer(server, pool, corpus, temp, URI.create("http://" + shown + ":" + port + "/"));
  }

  /** Loads the dictionaries before the first request, so that it is not the one that waits. */
  private static void warmUp(DocumentPipeline pipeline) {
    try {
      pipeline.process(pipeline.read("warm-up.txt", "各县区要在6月底前制定整改方案。".getBytes(StandardCharsets.UTF_8)));
    } catch (org.zhengce.read.ReadException e) {
      throw new IllegalStateException(e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "zhengce-serve-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Where the server answers: {@code http://127.0.0.1:8080/}. */
  public URI address() {
    return address;
  }

  /** Stops accepting, lets requests under way finish (up to a second), closes the index. */
  @Override
  public void close() {
    server.stop(1);
    pool.shutdown();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    corpus.close();
    try (var left = Files.list(uploads)) {
      for (Path p : (Iterable<Path>) left::iterator) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(uploads);
    } catch (IOException e) {
      // the system cleans its temporary directory
    }
  }
}
