package org.zhengce.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.zhengce.clean.CleanDocument;
import org.zhengce.extract.Extraction;
import org.zhengce.format.RecordsJson;

/**
 * A document's records as the index stores them: the object of records.md in Smile, Jackson's
 * binary JSON, whose repeated names and short values (a section heading, a modality) are written
 * once per document. It is some 40 % smaller than the JSON text and quicker to write and to read
 * back, and it reads back as the same JSON tree. An index written before holds the JSON text,
 * which is read as it is.
 */
final class StoredRecords {

  private static final SmileFactory FACTORY = smile();

  private StoredRecords() {}

  /** Smile with short string values written once per document and referred back to. */
  private static SmileFactory smile() {
    return SmileFactory.builder().enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES).build();
  }

  /**
   * The records of a document, to be stored: the tree of {@link RecordsJson} written by Jackson's
   * streaming generator, which is all such a tree of maps, lists, strings and numbers needs (an
   * object mapper, its serializers found for each value, is made only for a value of another type).
   */
  static BytesRef of(CleanDocument doc, Extraction x) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
      write(out, RecordsJson.of(doc, x));
    } catch (IOException e) {
      throw new IllegalStateException("records that cannot be written: " + e.getMessage(), e);
    }
    return new BytesRef(bytes.toByteArray());
  }

  private static void write(JsonGenerator out, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof String s) {
      out.writeString(s);
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.writeFieldName(String.valueOf(e.getKey()));
        write(out, e.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof Collection<?> list) {
      out.writeStartArray();
      for (Object o : list) {
        write(out, o);
      }
      out.writeEndArray();
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      out.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double d) {
      out.writeNumber(d);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else {
      Mappers.SMILE.writeValue(out, value); // another type: as an object mapper writes it
    }
  }

  /** Object mappers, made on first use: the index writes through the generator alone. */
  private static final class Mappers {
    static final ObjectMapper SMILE = new ObjectMapper(smile()); // a factory of its own: a mapper takes its factory over
    static final ObjectMapper JSON = new ObjectMapper();
  }

  /** The records read back from the stored field, or null when there is none. */
  static JsonNode read(IndexableField stored) {
    if (stored == null) {
      return null;
    }
    try {
      BytesRef bytes = stored.binaryValue();
      return bytes != null ? Mappers.SMILE.readTree(bytes.bytes, bytes.offset, bytes.length)
          : Mappers.JSON.readTree(stored.stringValue());
    } catch (IOException e) {
      throw new UncheckedIOException("records of the index that cannot be read: " + e.getMessage(), e);
    }
  }

  /** The records as the JSON text of records.md, or null when there are none. */
  static String json(IndexableField stored) {
    JsonNode records = read(stored);
    try {
      return records == null ? null : Mappers.JSON.writeValueAsString(records);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
