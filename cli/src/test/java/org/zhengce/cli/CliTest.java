package org.zhengce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  @Test
  void aFileWithBadBytesIsKeptWithAWarningAndTheCount(@TempDir Path dir) throws IOException {
    byte[] text = Files.readAllBytes(seed(S004));
    byte[] bad = new byte[text.length + 1];
    int at = 3000 - 3000 % 3; // between characters: the seed's text there is all three-byte Han
    System.arraycopy(text, 0, bad, 0, at);
    bad[at] = (byte) 0xFF;
    System.arraycopy(text, at, bad, at + 1, text.length - at);
    Path file = dir.resolve("one_bad_byte.txt");
    Files.write(file, bad);
    String warning = "zhengce: " + file + ": warning: 1 byte could not be decoded (UTF-8), replaced "
        + "and flagged garbled";

    Run info = run("info", file.toString());
    assertEquals(0, info.exit(), info.err());
    assertEquals(List.of(warning), info.errLines());
    JsonNode json = new ObjectMapper().readTree(info.out());
    assertEquals(1, json.get("replaced_bytes").asInt());
    assertTrue(json.get("document").get("flags").toString().contains("garbled"), info.out());

    Run extract = run("extract", "--format", "json", file.toString());
    assertEquals(0, extract.exit(), extract.err());
    assertEquals(List.of(warning), extract.errLines());
    JsonNode doc = new ObjectMapper().readTree(extract.out());
    assertTrue(doc.get("document").get("flags").toString().contains("garbled"), extract.out());
    assertTrue(doc.get("commitments").size() > 0, "the document is analysed");

    Run clean = run("info", seed(S004).toString());
    assertEquals("", clean.err());
    assertTrue(!clean.out().contains("replaced_bytes"), clean.out());
  }

  @Test
  void shortBig5AndGbkAreNeverReadInAWesternOrCyrillicCodePage(@TempDir Path dir) throws IOException {
    Path big5 = dir.resolve("big5.txt");
    Files.write(big5, "環保督察整改".getBytes(java.nio.charset.Charset.forName("Big5")));
    Path gbk = dir.resolve("gbk.txt");
    Files.write(gbk, "環境局回應".getBytes(java.nio.charset.Charset.forName("GBK")));
    Run run = run("normalize", big5.toString(), gbk.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(List.of("环保督察整改", "环境局回应"), run.out().lines()
        .filter(l -> !l.isBlank() && !l.startsWith("==>")).toList());
    Path french = dir.resolve("french.txt");
    Files.write(french, "Le café, déjà vu: à l’école.".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Run refused = run("info", french.toString());
    assertEquals(1, refused.exit());
    assertEquals(List.of("zhengce: " + french + ": not Chinese text (looks like windows-1252)"),
        refused.errLines());
  }
}
