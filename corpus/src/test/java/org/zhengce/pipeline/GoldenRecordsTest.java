package org.zhengce.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhengce.format.RecordsJson;
import org.zhengce.read.ReadException;

/**
 * Whole documents against their golden records (see {@code golden/README.md}): a plan, a task
 * list and a work report from ../shared/corpus, each read through the {@link DocumentPipeline} as
 * {@code zhengce extract} reads it. Every record the expected file lists must be given exactly —
 * text, offsets, every field, links compared by the spans they point to — and no record may be
 * given that is neither listed nor known to be wrong; a failure lists each difference on a line.
 */
class GoldenRecordsTest {

  private static final DocumentPipeline PIPELINE = DocumentPipeline.standard();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> KINDS = List.of("commitments", "targets", "deadlines", "parties");
  /** The fields that link a record to others, by the kind they point to. */
  private static final Map<String, String> LINKS = Map.of("parties", "parties", "deadlines",
      "deadlines", "targets", "targets", "deadline", "deadlines");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"214、天津市“十四五”节能减排工作实施方案", "sd_48_2024-05-31", "2024_中山_政府工作报告"})
  void givesTheRecordsReadInTheGoldenFile(String name) throws Exception {
    JsonNode actual = extract(name);
    String actualPath = System.getProperty("golden.actual");
    if (actualPath != null) {
      Files.createDirectories(Path.of(actualPath));
      JSON.writerWithDefaultPrettyPrinter().writeValue(Path.of(actualPath, name + ".actual.json").toFile(), actual);
    }
    JsonNode expected = JSON.readTree(resource(name + ".expected.json").toFile());
    List<String> differences = compare(expected, actual);
    assertTrue(differences.isEmpty(), () -> name + ": " + differences.size() + " differences\n  "
        + String.join("\n  ", differences));
  }

  private static JsonNode extract(String name) throws IOException, ReadException, URISyntaxException {
    ProcessedDocument p = PIPELINE.process(PIPELINE.read(resource(name + ".txt")));
    ObjectNode out = JSON.valueToTree(RecordsJson.of(p.document(), p.extraction()));
    out.remove("source"); // the path of the test resource, not of the document
    return out;
  }

  private static Path resource(String file) throws URISyntaxException {
    return Path.of(GoldenRecordsTest.class.getResource("/golden/" + file).toURI());
  }

  /** Every difference between the expected file and what was given, one line each. */
  static List<String> compare(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = expected.path("document").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      JsonNode given = actual.path("document").path(f.getKey());
      if (!same(f.getValue(), given)) {
        out.add("document." + f.getKey() + ": expected " + f.getValue() + ", given " + given);
      }
    }
    Map<String, Map<String, String>> expectedKeys = keysById(expected);
    Map<String, Map<String, String>> actualKeys = keysById(actual);
    for (String kind : KINDS) {
      Map<String, JsonNode> given = byKey(actual.path(kind));
      Set<String> listed = new LinkedHashSet<>();
      for (JsonNode e : expected.path(kind)) {
        String key = key(e);
        listed.add(key);
        JsonNode g = given.get(key);
        if (g == null) {
          out.add("MISSING " + kind + " " + describe(e));
          continue;
        }
        for (String change : fieldChanges(kind, e, g, expectedKeys, actualKeys)) {
          out.add("CHANGED " + kind + " " + describe(e) + ": " + change);
        }
      }
      Set<String> wrong = new LinkedHashSet<>();
      for (JsonNode w : expected.path("known_wrong").path(kind)) {
        String key = key(w);
        wrong.add(key);
        if (!given.containsKey(key)) {
          out.add("GONE known wrong " + kind + " " + describe(w) + " (no longer given: drop it from known_wrong"
              + " or list the record given now)");
        }
      }
      for (Map.Entry<String, JsonNode> g : given.entrySet()) {
        if (!listed.contains(g.getKey()) && !wrong.contains(g.getKey())) {
          out.add("UNEXPECTED " + kind + " " + describe(g.getValue()));
        }
      }
    }
    return out;
  }

  /** The fields of {@code e} that {@code g} gives otherwise, links resolved to the spans they name. */
  private static List<String> fieldChanges(String kind, JsonNode e, JsonNode g,
      Map<String, Map<String, String>> expectedKeys, Map<String, Map<String, String>> actualKeys) {
    List<String> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = e.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String field = f.getKey();
      if (field.equals("id")) {
        continue;
      }
      String linked = LINKS.get(field);
      if (linked != null && !(kind.equals("deadlines") && field.equals("deadlines"))) {
        List<String> want = resolve(f.getValue(), expectedKeys.get(linked));
        List<String> got = resolve(g.path(field), actualKeys.get(linked));
        if (!want.equals(got)) {
          out.add(field + " expected " + want + ", given " + got);
        }
      } else if (!same(f.getValue(), g.path(field))) {
        out.add(field + " expected " + f.getValue() + ", given " + g.path(field));
      }
    }
    return out;
  }

  /** The records of each kind by id (known wrong ones too), each as its key (start-end:text). */
  private static Map<String, Map<String, String>> keysById(JsonNode doc) {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (String kind : KINDS) {
      Map<String, String> ids = new HashMap<>();
      for (JsonNode r : doc.path(kind)) {
        ids.put(r.path("id").asText(), key(r));
      }
      for (JsonNode r : doc.path("known_wrong").path(kind)) {
        ids.put(r.path("id").asText(), key(r));
      }
      out.put(kind, ids);
    }
    return out;
  }

  /** Equal values; numbers by value (15 read from the file, 15.0 given). */
  private static boolean same(JsonNode a, JsonNode b) {
    return a.isNumber() && b.isNumber() ? a.doubleValue() == b.doubleValue() : a.equals(b);
  }

  private static List<String> resolve(JsonNode ids, Map<String, String> keys) {
    List<String> out = new ArrayList<>();
    if (ids.isTextual()) {
      out.add(keys.getOrDefault(ids.asText(), "?" + ids.asText()));
    }
    for (JsonNode id : ids) {
      out.add(keys.getOrDefault(id.asText(), "?" + id.asText()));
    }
    return out;
  }

  private static Map<String, JsonNode> byKey(JsonNode records) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode r : records) {
      out.put(key(r), r);
    }
    return out;
  }

  private static String key(JsonNode r) {
    return r.path("start").asInt() + "-" + r.path("end").asInt() + ":" + r.path("text").asText().replace("\n", "⏎");
  }

  private static String describe(JsonNode r) {
    String text = r.path("text").asText().replace("\n", "⏎");
    return "[" + r.path("start").asInt() + "," + r.path("end").asInt() + ") "
        + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
  }
}
