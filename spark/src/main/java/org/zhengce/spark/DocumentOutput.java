package org.zhengce.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What the job keeps of one document: its source, its records as one records.md JSON line, its
 * targets as rows of {@link TargetTable}, or, for a file the pipeline refuses, the one-line reason
 * ({@code failure}, the line {@code zhengce extract} prints on stderr) and nothing else. Immutable.
 */
public record DocumentOutput(String source, String recordsJson, List<Row> targets, String failure)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  static DocumentOutput failed(String source, String reason) {
    return new DocumentOutput(source, null, List.of(), reason);
  }

  boolean ok() {
    return failure == null;
  }
}
