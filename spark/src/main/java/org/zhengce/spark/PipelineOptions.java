package org.zhengce.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.zhengce.pipeline.DocumentPipeline;

/**
 * The options of the pipeline the job runs on every executor, as {@code zhengce extract} takes
 * them: the size limit in bytes, and the date that 今年, 年底前… resolve against instead of each
 * document's own (null for none). Small, immutable and serializable: it travels in the closures.
 */
public record PipelineOptions(long maxBytes, LocalDate date) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The CLI's defaults: 50 MB, the documents' own dates. */
  public static PipelineOptions defaults() {
    return new PipelineOptions(DocumentPipeline.standard().maxBytes(), null);
  }

  DocumentPipeline build() {
    return DocumentPipeline.builder().maxBytes(maxBytes).dateOverride(date).build();
  }
}
