package org.zhengce.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * Sends each request to its endpoint by method and path, and turns what goes wrong into an
 * answer: a {@link PageException} becomes an error page with its sentence (an error object under
 * {@code /api/}), anything else a 500 page with one line, the stack trace going to the server's
 * log only. Requests whose Host is not this server's own address (DNS rebinding) and forms posted
 * from other sites are refused. Every answer forbids the page to load anything from elsewhere.
 * Thread-safe.
 */
final class Dispatcher implements HttpHandler {

  /** One endpoint. */
  interface Endpoint {
    Reply handle(Request r) throws IOException;
  }

  private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
      + "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final Map<String, Endpoint> routes;
  private final Endpoint assets;
  private final Set<String> hosts;
  private final String index;
  private final PrintWriter log;

  /**
   * {@code routes} by "METHOD /path"; {@code hosts} the Host values this server answers to (empty:
   * any, when it was bound to another address than loopback).
   */
  Dispatcher(Map<String, Endpoint> routes, Endpoint assets, Set<String> hosts, String index, PrintWriter log) {
    this.routes = Map.copyOf(routes);
    this.assets = assets;
    this.hosts = Set.copyOf(hosts);
    this.index = index;
    this.log = log;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    boolean api = path.startsWith("/api/");
    Reply reply;
    try {
      reply = answer(exchange, path);
    } catch (PageException e) {
      reply = error(api, e.status(), e.getMessage());
    } catch (OutOfMemoryError e) {
      reply = error(api, 503, "That document is too large for the memory given to the server; raise it with "
          + "ZHENGCE_JAVA_OPTS=-Xmx8g or split the file.");
    } catch (Exception | StackOverflowError e) {
      synchronized (log) {
        log.println("zhengce serve: " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + e);
        e.printStackTrace(log);
        log.flush();
      }
      reply = error(api, 500, "Internal error: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ".");
    }
    send(exchange, reply);
  }

  private Reply answer(HttpExchange exchange, String path) throws IOException {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (!hosts.isEmpty() && host != null && !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
      throw new PageException(421, "This server answers only to its own address (" + hosts.iterator().next() + ").");
    }
    String method = exchange.getRequestMethod();
    if (method.equals("POST") && !sameOrigin(exchange.getRequestHeaders().getFirst("Origin"), host)) {
      throw new PageException(403, "This server takes forms only from its own pages.");
    }
    Request r = Request.of(exchange);
    Endpoint endpoint = routes.get(method + " " + path);
    if (endpoint != null) {
      return endpoint.handle(r);
    }
    if (path.startsWith("/static/") && method.equals("GET")) {
      return assets.handle(r);
    }
    if (routes.keySet().stream().anyMatch(k -> k.endsWith(" " + path))) {
      throw new PageException(405, method + " is not how " + path + " is used; open it as a page or send its form.");
    }
    throw PageException.notFound("There is no page " + path + " on this server.");
  }

  private boolean sameOrigin(String origin, String host) {
    if (origin == null || host == null) {
      return true; // not a browser's cross-site form: scripts and old clients send none
    }
    try {
      URI u = URI.create(origin);
      String authority = u.getRawAuthority();
      return authority != null && (authority.equalsIgnoreCase(host) || hosts.contains(authority.toLowerCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private Reply error(boolean api, int status, String sentence) {
    if (api) {
      return Reply.json(status, JsonText.pretty(Map.of("status", status, "error", sentence)));
    }
    return Reply.html(status, Html.error(status, sentence, index));
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    try (exchange) {
      var headers = exchange.getResponseHeaders();
      headers.set("Content-Type", reply.contentType());
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("Content-Security-Policy", POLICY);
      headers.set("Referrer-Policy", "same-origin"); // a browser then sends its Origin with forms
      if (!reply.headers().containsKey("Cache-Control")) {
        headers.set("Cache-Control", "no-store");
      }
      reply.headers().forEach(headers::set);
      boolean empty = reply.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(reply.status(), empty ? -1 : reply.body().length);
      if (!empty) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(reply.body());
        }
      }
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }
}
