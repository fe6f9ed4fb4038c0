package org.zhengce.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The five sample documents shipped in the project's {@code examples/} folder. */
public final class Seeds {

  public static final String S000 = "000_7f856751f97904c2.txt";
  public static final String S001 = "001_b75ede0dfb48a4da.txt";
  public static final String S002 = "002_dfa6bb9ab80b81e2.txt";
  public static final String S003 = "003_aed745ce6a21ca97.txt";
  public static final String S004 = "004_cde5e523752f718d.txt";

  private Seeds() {}

  public static Path path(String name) {
    Path p = Path.of("..", "examples", name);
    if (!Files.exists(p)) {
      p = Path.of("examples", name);
    }
    return p;
  }

  /**
   * The characters of {@code text} that {@code cs} encodes and decodes back unchanged: what a
   * legacy copy of a seed can hold.
   */
  public static String encodableIn(String text, java.nio.charset.Charset cs) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(c -> {
      String s = Character.toString(c);
      if (cs.newEncoder().canEncode(s) && new String(s.getBytes(cs), cs).equals(s)) {
        sb.append(s);
      }
    });
    return sb.toString();
  }

  public static String text(String name) {
    try {
      return Files.readString(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
