package org.zhengce.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

public class FirstCharPatternTest {

  private static final FirstCharPattern CHARGED = FirstCharPattern.of(
      Pattern.compile("责成|责任[,，]?在|(落实|分解|明确|压实)到|责令"), "责落分明压");

  /** From a notice of the corpus: the region search finds what Matcher.region(from, to).find() finds. */
  @Test
  void regionSearchFindsWhatTheMatcherFinds() {
    String text = "市政府责成市生态环境局牵头，将整改任务分解到各区县，责任在各区县政府。";
    int from = text.indexOf('市', 1);
    int to = text.indexOf('。');
    List<String> ours = new ArrayList<>();
    CHARGED.forEach(text, from, to, m -> ours.add(m.group()));
    List<String> theirs = CHARGED.pattern().matcher(text).region(from, to).results()
        .map(MatchResult::group).toList();
    assertEquals(List.of("分解到", "责任在"), ours);
    assertEquals(theirs, ours);
    assertEquals(text.indexOf("分解到"), CHARGED.firstStart(text, from, to));
    assertEquals(text.indexOf("责任在"), CHARGED.lastStart(text, from, to));
    assertFalse(CHARGED.find(text, text.indexOf("牵头"), text.indexOf("分解") + 1),
        "a match must end inside the region");
  }

  @Test
  void aMissingFirstCharacterIsReported() {
    FirstCharPattern incomplete = FirstCharPattern.of(Pattern.compile("责成|落实到"), "责");
    assertEquals("落", incomplete.missedFirstChars());
  }

  /**
   * Every FirstCharPattern constant of the analyzer lists every character its matches can start
   * with: one left out would make the search miss matches silently.
   */
  @Test
  void everyPatternOfTheAnalyzerListsItsFirstCharacters() throws Exception {
    Path classes = Path.of(FirstCharPattern.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> checked = new ArrayList<>();
    for (FirstCharPattern p : constants(classes, checked)) {
      assertEquals("", p.missedFirstChars(), p.pattern().pattern());
    }
    assertTrue(checked.size() >= 8, "found " + checked);
  }

  /** The static FirstCharPattern fields of the classes under {@code classes}, their names added to {@code names}. */
  public static List<FirstCharPattern> constants(Path classes, List<String> names) throws IOException,
      ReflectiveOperationException {
    List<FirstCharPattern> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(f -> f.toString().endsWith(".class")).sorted().toList();
    }
    for (Path f : files) {
      String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
      Class<?> type = Class.forName(name, false, FirstCharPatternTest.class.getClassLoader());
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == FirstCharPattern.class) {
          field.setAccessible(true);
          out.add((FirstCharPattern) field.get(null));
          names.add(name + "." + field.getName());
        }
      }
    }
    return out;
  }
}
