package org.zhengce.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The load check: {@value #REQUESTS} searches sent at once over loopback, all in flight together,
 * against a server with its default pool of 8 threads; none may fail, and the latencies are
 * printed (p50, p99, max). Bounded: one round, a minute at most.
 */
class ConcurrentSearchTest {

  private static final int REQUESTS = 200;
  private static final List<String> QUERIES = List.of("環保督察", "整改", "河长制", "PM2.5", "督察 AND 整改",
      "\"环境保护\"", "大气污染防治", "秸秆", "生态", "-督察 工作");

  @Test
  void twoHundredSearchesAtOnceAllAnswer() throws Exception {
    StringWriter log = new StringWriter();
    try (WebServer server = WebServer.start(new WebServer.Options("127.0.0.1", 0, SeedIndex.path(), 50L << 20, 8),
        new PrintWriter(log))) {
      Client client = new Client(server.address());
      assertEquals(200, client.get("/api/search?q=x").status(), "warm: the index is open");
      long[] took = new long[REQUESTS];
      int[] status = new int[REQUESTS];
      List<CompletableFuture<Void>> all = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < REQUESTS; i++) {
        int n = i;
        String q = QUERIES.get(i % QUERIES.size());
        String path = (i % 2 == 0 ? "/api/search?q=" : "/?q=") + Client.q(q) + (i % 3 == 0 ? "&page=1" : "");
        long sent = System.nanoTime();
        all.add(client.http().sendAsync(client.request(path).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
            .thenAccept(r -> {
              took[n] = System.nanoTime() - sent;
              status[n] = r.statusCode();
            }));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      long wall = System.nanoTime() - start;
      assertTrue(Arrays.stream(status).allMatch(s -> s == 200), "every search answered 200: " + Arrays.toString(status));
      long[] sorted = took.clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "serve: %d concurrent searches over loopback, 0 failed, p50 %.1f ms, p99 %.1f ms, "
          + "max %.1f ms, %.0f searches/s%n", REQUESTS, ms(sorted[REQUESTS / 2]), ms(sorted[(int) Math.ceil(REQUESTS * 0.99) - 1]),
          ms(sorted[REQUESTS - 1]), REQUESTS / (wall / 1e9));
    }
    assertEquals("", log.toString());
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
