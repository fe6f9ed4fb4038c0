package org.zhengce.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.zhengce.clean.CleanDocument;
import org.zhengce.clean.DocumentMetadata;
import org.zhengce.extract.Deadline;
import org.zhengce.extract.Target;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.text.CodePoints;

/**
 * The flat table of targets, one row per target, in the columns {@code compare} shows (snake_case
 * as records.md): where and when (the target's place, else the document's; the document's year
 * and kind), what (canonical indicator id, the phrase), how much (direction, value, value max,
 * unit, qualifier), by when (the due date of its deadline) and from when (baseline year), and
 * where it was said (source, title, the quote and its code-point offsets in the original).
 */
public final class TargetTable {

  /** The Parquet schema. */
  public static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("place", DataTypes.StringType, true),
      DataTypes.createStructField("year", DataTypes.IntegerType, true),
      DataTypes.createStructField("kind", DataTypes.StringType, true),
      DataTypes.createStructField("indicator_id", DataTypes.StringType, true),
      DataTypes.createStructField("indicator", DataTypes.StringType, true),
      DataTypes.createStructField("direction", DataTypes.StringType, false),
      DataTypes.createStructField("value", DataTypes.DoubleType, false),
      DataTypes.createStructField("value_max", DataTypes.DoubleType, true),
      DataTypes.createStructField("unit", DataTypes.StringType, true),
      DataTypes.createStructField("qualifier", DataTypes.StringType, false),
      DataTypes.createStructField("due", DataTypes.StringType, true),
      DataTypes.createStructField("baseline_year", DataTypes.IntegerType, true),
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("title", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("start", DataTypes.IntegerType, false),
      DataTypes.createStructField("end", DataTypes.IntegerType, false),
  });

  private TargetTable() {}

  static List<Row> rows(ProcessedDocument processed) {
    CleanDocument doc = processed.document();
    DocumentMetadata meta = doc.metadata();
    Map<String, String> due = new HashMap<>();
    for (Deadline d : processed.extraction().deadlines()) {
      due.put(d.id(), d.due() == null ? null : d.due().toString());
    }
    CodePoints cp = new CodePoints(doc.original());
    Integer year = meta.date() == null ? null : meta.date().getYear();
    String kind = meta.kind() == null ? null : meta.kind().name().toLowerCase(Locale.ROOT);
    List<Row> rows = new ArrayList<>();
    for (Target t : processed.extraction().targets()) {
      rows.add(RowFactory.create(t.place() != null ? t.place() : meta.place(), year, kind,
          t.indicatorId(), t.indicator(), t.direction().label(), t.value(), t.valueMax(), t.unit(),
          t.qualifier().label(), t.deadline() == null ? null : due.get(t.deadline()), t.baselineYear(),
          doc.document().source(), meta.title(), t.text(), cp.of(t.span().start()), cp.of(t.span().end())));
    }
    return rows;
  }
}
