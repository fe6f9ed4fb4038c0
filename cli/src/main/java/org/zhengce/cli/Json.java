package org.zhengce.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.zhengce.clean.CleanDocument;
import org.zhengce.format.RecordsJson;
import org.zhengce.text.CodePoints;
import org.zhengce.text.Span;

/** JSON as the CLI writes it: field names and order of records.md, offsets in code points. */
final class Json {

  private Json() {}

  /** The mapper, made on first use (a holder, so that {@link #warmUp} does not make it on the caller's thread). */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  static com.fasterxml.jackson.databind.JsonNode readTree(String json) throws JsonProcessingException {
    return Mapper.MAPPER.readTree(json);
  }

  /**
   * Starts writing a small record on a thread of its own, so that Jackson's first use (the mapper
   * made, its serializers found and built: some tens of milliseconds) overlaps the first
   * document's extraction instead of preceding or following it.
   */
  static void warmUp() {
    Thread t = new Thread(() -> {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("text", "确保今年PM2.5平均浓度下降10%");
      record.put("start", 0);
      record.put("value", 10.0);
      record.put("flags", java.util.List.of("warm-up", true));
      record.put("none", null);
      compact(Map.of("records", java.util.List.of(record)));
      pretty(record);
    }, "zhengce-json");
    t.setDaemon(true);
    t.start();
  }

  static String compact(Object value) {
    try {
      return Mapper.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String pretty(Object value) {
    try {
      return Mapper.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The {@code document} object of records.md. */
  static Map<String, Object> document(CleanDocument doc) {
    return RecordsJson.document(doc);
  }

  /** {@code start}, {@code end} (code points) and {@code text} of an original span. */
  static Map<String, Object> span(String original, CodePoints cp, Span span) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("start", cp.of(span.start()));
    out.put("end", cp.of(span.end()));
    out.put("text", span.of(original));
    return out;
  }

}
