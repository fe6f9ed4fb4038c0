package org.zhengce.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON of the endpoints, indented as the CLI's {@code --format json}. Thread-safe. */
final class JsonText {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonText() {}

  static String pretty(Object value) {
    try {
      return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String compact(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A record's components as a map, as {@code compare --format json} writes them. */
  @SuppressWarnings("unchecked")
  static java.util.Map<String, Object> map(Object value) {
    return MAPPER.convertValue(value, java.util.Map.class);
  }

  /** Parses stored JSON (the records the index keeps). */
  static Object parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
