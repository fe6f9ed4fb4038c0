package org.zhengce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengce.index.CorpusIndex;

/** The index, search, stats and show commands over the sample documents. */
class IndexCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Path examples() {
    return CliTest.seed("000_7f856751f97904c2.txt").getParent();
  }

  @Test
  void indexingIsIdempotentAndSearchCrossesScripts(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("index");
    Path docs = Files.createDirectories(dir.resolve("docs"));
    for (String seed : new String[] {"001_b75ede0dfb48a4da.txt", "003_aed745ce6a21ca97.txt", CliTest.S004}) {
      Files.copy(CliTest.seed(seed), docs.resolve(seed));
    }
    CliTest.Run first = CliTest.run("index", "--index", index.toString(), docs.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.err().contains("3 added, 0 updated, 0 unchanged, 0 removed, 0 failed"), first.err());
    CliTest.Run again = CliTest.run("index", "--index", index.toString(), docs.toString());
    assertTrue(again.err().contains("0 added, 0 updated, 3 unchanged, 0 removed, 0 failed"), again.err());
    Files.writeString(docs.resolve(CliTest.S004), "\n要加快推进集中供热建设。", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    CliTest.Run changed = CliTest.run("index", "--index", index.toString(), docs.toString());
    assertTrue(changed.err().contains("0 added, 1 updated, 2 unchanged, 0 removed, 0 failed"), changed.err());

    // a traditional query finds the simplified speech, highlighted in its own script
    JsonNode simplified = search(index, "環保督察", "--place", "衡水市");
    assertEquals(1, simplified.get("total").asInt());
    // (the full form 环境保护督察 is found too, so the passage of the abbreviation may come later)
    String passages = simplified.get("hits").get(0).get("passages").toString();
    assertTrue(passages.contains("【环保督察】"), passages);
    // a simplified query finds the traditional documents, highlighted in theirs
    JsonNode traditional = search(index, "环保督察", "--place", "济南市");
    assertTrue(traditional.get("hits").get(0).get("passages").toString().contains("【環(huán)保督察】"));
    assertEquals(3, search(index, "\"环境保护督察\" OR 环保督察").get("total").asInt());
    JsonNode stats = MAPPER.readTree(CliTest.run("stats", "--index", index.toString(), "--format", "json").out());
    assertEquals(3, stats.get("documents").asInt());
    assertEquals(1, stats.get("place").get("济南市").asInt());

    CliTest.Run show = CliTest.run("show", "--index", index.toString(), docs.resolve(CliTest.S004).toString());
    assertEquals(0, show.exit(), show.err());
    assertEquals(11, MAPPER.readTree(show.out()).get("records").get("targets").size());
  }

  private static JsonNode search(Path index, String query, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("search", query, "--index", index.toString(), "--format", "json"));
    args.addAll(List.of(more));
    CliTest.Run run = CliTest.run(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    return MAPPER.readTree(run.out());
  }

  @Test
  void badQueriesAndMissingOrLockedIndexesGetOneLine(@TempDir Path dir) throws Exception {
    Path index = dir.resolve("index");
    CliTest.Run missing = CliTest.run("search", "河长制", "--index", index.toString());
    assertEquals(1, missing.exit());
    assertEquals(1, missing.errLines().size(), missing.err());
    assertTrue(missing.err().contains("no index"), missing.err());

    assertEquals(0, CliTest.run("index", "--index", index.toString(), CliTest.seed(CliTest.S004).toString()).exit());
    CliTest.Run malformed = CliTest.run("search", "河长制 AND (", "--index", index.toString());
    assertEquals(2, malformed.exit());
    assertEquals(1, malformed.errLines().size(), malformed.err());
    assertTrue(malformed.err().startsWith("zhengce: malformed query"), malformed.err());

    try (CorpusIndex held = CorpusIndex.open(index)) {
      CliTest.Run locked = CliTest.run("index", "--index", index.toString(), examples().toString());
      assertEquals(1, locked.exit());
      assertEquals(List.of("zhengce: index " + index + " is locked by another process (wait for it to finish, or end it)"), locked.errLines());
    }
  }

  @Test
  void aDamagedIndexGetsOneLine(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("index");
    assertEquals(0, CliTest.run("index", "--index", index.toString(), CliTest.seed(CliTest.S004).toString()).exit());
    try (var files = Files.list(index)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }
    CliTest.Run search = CliTest.run("search", "河长制", "--index", index.toString());
    assertEquals(1, search.exit());
    assertEquals(1, search.errLines().size(), search.err());
    assertTrue(search.err().contains("damaged"), search.err());
  }

  /** A kill -9 in the middle of indexing leaves an index that opens; the same command completes it. */
  @Test
  void anInterruptedRunLeavesAWholeIndexThatTheNextRunCompletes(@TempDir Path dir) throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    String text = Files.readString(CliTest.seed(CliTest.S004), StandardCharsets.UTF_8).substring(0, 3000);
    int files = 600; // killed at 150: the rest takes seconds even on a fast machine
    for (int i = 0; i < files; i++) {
      Files.writeString(docs.resolve(String.format("doc%03d.txt", i)), text + "\n第" + i + "份。", StandardCharsets.UTF_8);
    }
    Path index = dir.resolve("index");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Zhengce.class.getName(), "index", "--index", index.toString(), docs.toString())
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("indexed 150/")) { // past the first commit, before the end
          child.destroyForcibly(); // SIGKILL: no shutdown hooks, no commit
          break;
        }
      }
    }
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    JsonNode before = MAPPER.readTree(CliTest.run("stats", "--index", index.toString(), "--format", "json").out());
    assertTrue(before.get("documents").asInt() >= IndexCommand.COMMIT_EVERY
        && before.get("documents").asInt() < files, before.toString());
    CliTest.Run rest = CliTest.run("index", "--index", index.toString(), docs.toString());
    assertEquals(0, rest.exit(), rest.err());
    JsonNode after = MAPPER.readTree(CliTest.run("stats", "--index", index.toString(), "--format", "json").out());
    assertEquals(files, after.get("documents").asInt());
  }
}
