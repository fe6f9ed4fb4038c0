package org.zhengce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Zhengce.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static Path seed(String name) {
    Path p = Path.of("..", "examples", name);
    return Files.exists(p) ? p : Path.of("examples", name);
  }

  static final String S001 = "001_b75ede0dfb48a4da.txt";
  static final String S004 = "004_cde5e523752f718d.txt";

  @Test
  void infoPrintsTheDocumentFields() throws IOException {
    Run run = run("info", seed(S001).toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode doc = json.get("document");
    assertEquals("我市召开落实中央环境保护督察组反馈问题整改工作专题会议", doc.get("title").asText());
    assertEquals("2017-08-22", doc.get("date").asText());
    assertEquals("济南市", doc.get("place").asText());
    assertEquals("traditional", doc.get("script").asText());
    assertEquals("UTF-8", json.get("encoding").asText());
  }

  @Test
  void badFilesGetOneLineEachAndTheOthersStillPrint(@TempDir Path dir) throws IOException {
    Path png = dir.resolve("picture.png");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    Path zip = dir.resolve("archive.zip");
    Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(60L * 1024 * 1024); // sparse: 60 MB without writing them
    }
    Path missing = dir.resolve("missing.txt");
    Run run = run("info", png.toString(), seed(S004).toString(), zip.toString(), empty.toString(),
        huge.toString(), missing.toString());
    assertEquals(1, run.exit());
    assertEquals(5, run.errLines().size(), run.err());
    assertEquals("zhengce: " + png + ": not a text file (PNG image)", run.errLines().get(0));
    assertTrue(run.errLines().get(1).startsWith("zhengce: " + zip + ": not a text file (zip"), run.err());
    assertEquals("zhengce: " + empty + ": empty file", run.errLines().get(2));
    assertTrue(run.errLines().get(3).startsWith("zhengce: " + huge + ": too large: 60.0 MB"), run.err());
    assertEquals("zhengce: " + missing + ": no such file", run.errLines().get(4));
    assertTrue(run.out().contains("衡水市"), "the good file still printed");
  }

  @Test
  void normalizeRepairsAndSimplifies() {
    Run run = run("normalize", seed(S001).toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("落实中央环境保护督察组反馈问题整改"), run.out());
    assertTrue(!run.out().contains("(huán)") && !run.out().contains("環"));
    assertTrue(!run.out().contains("友情链接"), "boilerplate is left out");
  }

  @Test
  void segmentJsonOffsetsPointIntoTheOriginal() throws IOException {
    Run run = run("segment", "--json", seed(S001).toString());
    assertEquals(0, run.exit(), run.err());
    String original = Files.readString(seed(S001), StandardCharsets.UTF_8);
    JsonNode tokens = new ObjectMapper().readTree(run.out()).get("tokens");
    assertTrue(tokens.size() > 500);
    List<String> words = new ArrayList<>();
    for (JsonNode t : tokens) {
      int start = t.get("start").asInt();
      int end = t.get("end").asInt();
      String text = original.substring(original.offsetByCodePoints(0, start),
          original.offsetByCodePoints(0, end));
      assertEquals(text, t.get("text").asText());
      words.add(t.get("word").asText());
    }
    assertTrue(words.contains("环保督察") || words.contains("中央环保督察"), words.toString());
  }

  @Test
  void usageErrorsExitWithTwo() {
    Run run = run("segment");
    assertEquals(2, run.exit());
    assertEquals(1, run.errLines().size(), run.err());
    assertEquals(2, run("frobnicate").exit());
    assertEquals(0, run("--version").exit());
  }

  @Test
  void missingUserDictionaryIsAUsageError() {
    Run run = run("segment", "--dict", "no-such-dict.txt", seed(S004).toString());
    assertEquals(2, run.exit());
    assertEquals(List.of("zhengce: --dict no-such-dict.txt: no such file"), run.errLines());
  }
}
