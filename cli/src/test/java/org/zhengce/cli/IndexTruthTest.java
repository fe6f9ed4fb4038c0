package org.zhengce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index holds each file once, only files that exist, and says the truth about itself. */
class IndexTruthTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Path docs(Path dir, String... seeds) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    for (String seed : seeds) {
      Files.copy(CliTest.seed(seed), docs.resolve(seed));
    }
    return docs;
  }

  private static int documents(Path index) throws IOException {
    CliTest.Run stats = CliTest.run("stats", "--index", index.toString(), "--format", "json");
    assertEquals(0, stats.exit(), stats.err());
    return MAPPER.readTree(stats.out()).get("documents").asInt();
  }

  @Test
  void oneDocumentPerFileHoweverItsPathIsSpelled(@TempDir Path dir) throws IOException {
    Path docs = docs(dir, CliTest.S001, CliTest.S004);
    Path index = dir.resolve("index");
    for (String spelling : new String[] {docs.toString(), docs + "/./", dir.resolve("docs/../docs").toString()}) {
      CliTest.Run run = CliTest.run("index", "--index", index.toString(), spelling);
      assertEquals(0, run.exit(), run.err());
    }
    assertEquals(2, documents(index));
    for (String spelling : new String[] {docs.resolve(CliTest.S004).toString(),
        docs + "/./" + CliTest.S004, dir.resolve("docs/../docs/" + CliTest.S004).toString()}) {
      CliTest.Run show = CliTest.run("show", "--index", index.toString(), spelling);
      assertEquals(0, show.exit(), spelling + ": " + show.err());
      assertEquals(docs.toRealPath().resolve(CliTest.S004).toString(), MAPPER.readTree(show.out()).get("path").asText());
    }
  }

  @Test
  void indexingAFolderRemovesTheFilesThatAreGone(@TempDir Path dir) throws IOException {
    Path docs = docs(dir, CliTest.S001, CliTest.S004);
    Path index = dir.resolve("index");
    assertEquals(0, CliTest.run("index", "--index", index.toString(), docs.toString()).exit());
    Files.delete(docs.resolve(CliTest.S004));
    CliTest.Run again = CliTest.run("index", "--index", index.toString(), docs.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().contains("0 added, 0 updated, 1 unchanged, 1 removed, 0 failed"), again.err());
    assertEquals(1, documents(index));
    assertEquals(1, CliTest.run("show", "--index", index.toString(), docs.resolve(CliTest.S004).toString()).exit());
    // a file given on its own never removes the rest of its folder
    CliTest.Run one = CliTest.run("index", "--index", index.toString(), docs.resolve(CliTest.S001).toString());
    assertTrue(one.err().contains("0 added, 0 updated, 1 unchanged, 0 removed, 0 failed"), one.err());
  }

  @Test
  void symlinkedSubFoldersAreFollowedAndLoopsAreNot(@TempDir Path dir) throws IOException {
    Path docs = docs(dir, CliTest.S001);
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.copy(CliTest.seed(CliTest.S004), elsewhere.resolve(CliTest.S004));
    Files.createSymbolicLink(docs.resolve("linked"), elsewhere);
    Files.createSymbolicLink(docs.resolve("loop"), docs);
    Files.createSymbolicLink(elsewhere.resolve("same.txt"), elsewhere.resolve(CliTest.S004));
    Path index = dir.resolve("index");
    CliTest.Run run = CliTest.run("index", "--index", index.toString(), docs.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(2, documents(index));
  }

  @Test
  void aSegmentWithZeroedBytesIsReportedDamagedWithTheRepairCommand(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("index");
    assertEquals(0, CliTest.run("index", "--index", index.toString(), docs(dir, CliTest.S004).toString()).exit());
    Path biggest;
    try (var files = Files.list(index)) {
      biggest = files.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
    try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
      f.seek(f.length() / 2);
      f.write(new byte[512]);
    }
    for (String command : new String[] {"stats", "search"}) {
      CliTest.Run run = command.equals("stats") ? CliTest.run("stats", "--index", index.toString())
          : CliTest.run("search", "环保督察", "--index", index.toString());
      assertEquals(1, run.exit(), run.out());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.err().contains("is damaged") && run.err().contains("zhengce index --repair"), run.err());
    }
    CliTest.Run plain = CliTest.run("index", "--index", index.toString(), dir.resolve("docs").toString());
    assertEquals(1, plain.exit());
    assertTrue(plain.err().contains("is damaged"), plain.err());
    CliTest.Run repair = CliTest.run("index", "--repair", "--index", index.toString(), dir.resolve("docs").toString());
    assertEquals(0, repair.exit(), repair.err());
    assertTrue(repair.err().contains("1 added"), repair.err());
    assertEquals(1, documents(index));
  }

  @Test
  void anIndexWithoutItsListOfSegmentsIsNotTakenForAnEmptyOne(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("index");
    Path docs = docs(dir, CliTest.S004);
    assertEquals(0, CliTest.run("index", "--index", index.toString(), docs.toString()).exit());
    try (var files = Files.list(index)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.delete(f);
      }
    }
    for (CliTest.Run run : List.of(CliTest.run("stats", "--index", index.toString()),
        CliTest.run("index", "--index", index.toString(), docs.toString()))) {
      assertEquals(1, run.exit());
      assertTrue(run.err().contains("holds segment files but no segments_N"), run.err());
    }
  }

  @Test
  void anIndexPathThatIsAFileIsNamedAsSuch(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("f"), "hello");
    for (List<String> args : List.of(List.of("index", CliTest.seed(CliTest.S004).toString()), List.of("stats"),
        List.of("search", "河长制"))) {
      List<String> all = new java.util.ArrayList<>(args);
      all.addAll(List.of("--index", file.toString()));
      CliTest.Run run = CliTest.run(all.toArray(String[]::new));
      assertEquals(1, run.exit());
      assertEquals(List.of("zhengce: the index path " + file + " is a file, not an index directory"), run.errLines());
    }
  }
}
