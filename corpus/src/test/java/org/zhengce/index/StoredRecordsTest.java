package org.zhengce.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.StoredField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengce.format.RecordsJson;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.read.Seeds;

/** The records an index stores read back as the JSON of records.md, from this index format and the one before. */
class StoredRecordsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DocumentPipeline PIPELINE = DocumentPipeline.standard();

  /** A seed speech, and a noisy notice: a bad-script title, a 牵头单位 line, a target with a deadline. */
  private static final List<String> TEXTS = List.of(Seeds.text(Seeds.S004),
      "關於印發《大氣污染防治行動計劃》的通知\n\n2021年12月1日\n\n到2025年，全市PM2.5年均浓度下降到35微克/立方米，"
          + "确保今年PM2.5平均浓度下降10%。（牵头单位：市生态环境局；责任单位：各区政府）\n第 3 页 共 12 页");

  private static ProcessedDocument processed(String text) throws Exception {
    return PIPELINE.process(PIPELINE.read("notice.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsBackTheJsonOfRecordsMd() throws Exception {
    for (String text : TEXTS) {
      ProcessedDocument p = processed(text);
      String json = JSON.writeValueAsString(RecordsJson.of(p.document(), p.extraction()));
      StoredField stored = new StoredField(IndexFields.RECORDS, StoredRecords.of(p.document(), p.extraction()));
      assertEquals(json, StoredRecords.json(stored));
      assertEquals(JSON.readTree(json), StoredRecords.read(stored));
      assertTrue(JSON.readTree(json).path("targets").size() > 0, json);
      assertTrue(stored.binaryValue().length < 0.8 * json.getBytes(StandardCharsets.UTF_8).length,
          "stored " + stored.binaryValue().length + " bytes for " + json.length() + " characters of JSON");
    }
  }

  @Test
  void readsAnIndexThatStoredTheJsonText() throws Exception {
    ProcessedDocument p = processed(TEXTS.get(1));
    String json = JSON.writeValueAsString(RecordsJson.of(p.document(), p.extraction()));
    StoredField before = new StoredField(IndexFields.RECORDS, json);
    assertEquals(json, StoredRecords.json(before));
    assertEquals(JSON.readTree(json), StoredRecords.read(before));
    assertNull(StoredRecords.read(null));
  }

  @Test
  void comparesFromTheStoredRecords(@TempDir Path dir) throws Exception {
    ProcessedDocument p = processed(TEXTS.get(1));
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      index.put("notice.txt", CorpusIndex.id(TEXTS.get(1).getBytes(StandardCharsets.UTF_8)), p.document(), p.extraction());
      index.commit();
    }
    try (CorpusSearcher searcher = CorpusSearcher.open(dir)) {
      List<CorpusSearcher.Stored> all = searcher.allRecords();
      assertEquals(1, all.size());
      JsonNode target = all.get(0).records().path("targets").get(0);
      assertEquals("全市PM2.5年均浓度下降到35微克/立方米", target.path("text").asText());
      assertEquals(35.0, target.path("value").asDouble());
    }
  }
}
