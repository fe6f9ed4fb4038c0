package org.zhengce.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directive 要 is {@code must}, as records.md and the dev gold read it; 应 stays {@code should}. */
class DirectiveModalityTest {

  @Test
  void theDirectiveYaoIsMust(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("s.txt"), "同志们：\n各县市区要加快推进集中供热建设。各部门应加强协调配合。\n",
        StandardCharsets.UTF_8);
    CliTest.Run run = CliTest.run("extract", file.toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode commitments = new ObjectMapper().readTree(run.out()).get("commitments");
    assertEquals("must", commitments.get(0).get("modality").asText(), commitments.toString());
    assertEquals("should", commitments.get(1).get("modality").asText(), commitments.toString());
  }
}
