package org.zhengce.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import org.zhengce.format.RecordsJson;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.read.ReadException;

/**
 * One document through the executor's {@link Pipelines pipeline}: the bytes read as {@code
 * zhengce extract} reads a file of that name, cleaned, extracted, and written as records.md's JSON
 * line ({@link RecordsJson}, the CLI's {@code --format jsonl}) and as target rows. A document the
 * reader refuses gives its one-line reason. Serializable and stateless: the function Spark ships.
 */
public final class DocumentExtraction implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PipelineOptions options;

  public DocumentExtraction(PipelineOptions options) {
    this.options = options;
  }

  /** The document named {@code source} (its extension tells the format when its bytes do not). */
  public DocumentOutput apply(String source, byte[] bytes) {
    DocumentPipeline pipeline = Pipelines.of(options);
    try {
      ProcessedDocument processed = pipeline.process(pipeline.read(source, bytes));
      String json = JSON.writeValueAsString(RecordsJson.of(processed.document(), processed.extraction()));
      return new DocumentOutput(source, json, TargetTable.rows(processed), null);
    } catch (ReadException e) {
      return DocumentOutput.failed(source, e.getMessage());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(source + ": " + e.getMessage(), e);
    }
  }
}
