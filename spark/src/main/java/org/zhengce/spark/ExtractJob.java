package org.zhengce.spark;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * zhengce's extraction as a Spark job: documents in (a folder of files, read recursively, or a
 * Parquet or JSON-lines table with a text column), the same {@code DocumentPipeline} per document
 * (one per executor JVM, {@link Pipelines}), and out under one folder: {@code records/} (records.md
 * JSON lines, one per document, as {@code zhengce extract --format jsonl} writes them), {@code
 * targets/} (the flat Parquet table of {@link TargetTable}) and {@code failed/} (one line per
 * document the reader refused, as the CLI says it). Each document is processed once.
 *
 * <pre>
 * spark-submit --class org.zhengce.spark.ExtractJob zhengce-spark.jar IN OUT [--date YYYY-MM-DD]
 *     [--max-size MB] [--table parquet|json --text-column text --id-column id] [--partitions N]
 * </pre>
 */
public final class ExtractJob {

  /** What one run did. */
  public record Summary(long documents, long failed, long targets) {}

  private ExtractJob() {}

  public static void main(String[] args) {
    JobArguments a = JobArguments.parse(args);
    try (SparkSession spark = SparkSession.builder().appName("zhengce extract").getOrCreate()) {
      Summary s = run(spark, a);
      System.out.println("zhengce extract: " + s.documents() + " documents, " + s.failed() + " failed, "
          + s.targets() + " targets → " + a.output());
    }
  }

  public static Summary run(SparkSession spark, JobArguments a) {
    JavaRDD<Tuple2<String, byte[]>> documents = a.table() == null ? files(spark, a) : rows(spark, a);
    DocumentExtraction extraction = new DocumentExtraction(a.options());
    JavaRDD<DocumentOutput> outputs = documents.map(d -> extraction.apply(d._1(), d._2()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      JavaRDD<String> records = outputs.filter(DocumentOutput::ok).map(DocumentOutput::recordsJson);
      spark.createDataset(records.rdd(), Encoders.STRING()).write().text(a.output() + "/records");
      JavaRDD<Row> targets = outputs.flatMap(o -> o.targets().iterator());
      Dataset<Row> table = spark.createDataFrame(targets, TargetTable.SCHEMA);
      table.write().parquet(a.output() + "/targets");
      JavaRDD<String> failed = outputs.filter(o -> !o.ok()).map(o -> o.source() + ": " + o.failure());
      spark.createDataset(failed.rdd(), Encoders.STRING()).write().text(a.output() + "/failed");
      return new Summary(outputs.count(), failed.count(), targets.count());
    } finally {
      outputs.unpersist();
    }
  }

  /** Every file under the input folder, named as the CLI names a file given by its path. */
  private static JavaRDD<Tuple2<String, byte[]>> files(SparkSession spark, JobArguments a) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    int partitions = a.partitions() > 0 ? a.partitions() : 4 * jsc.defaultParallelism();
    return jsc.binaryFiles(a.input(), partitions)
        .map(f -> new Tuple2<>(localName(f._1()), f._2().toArray()));
  }

  /** Rows of a table: the text column as a document, named by the id column (or its row number). */
  private static JavaRDD<Tuple2<String, byte[]>> rows(SparkSession spark, JobArguments a) {
    Dataset<Row> table = spark.read().format(a.table()).load(a.input());
    String text = a.textColumn();
    String id = a.idColumn();
    JavaRDD<Row> rows = table.javaRDD();
    if (a.partitions() > 0) {
      rows = rows.repartition(a.partitions());
    }
    return rows.zipWithIndex().map(r -> {
      Row row = r._1();
      Object name = id == null ? null : row.getAs(id);
      String body = row.getAs(text);
      return new Tuple2<>(name == null ? "row-" + r._2() : name.toString(),
          (body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
    });
  }

  /** {@code file:/a/b.txt} → {@code /a/b.txt}; other file systems keep their URI. */
  static String localName(String uri) {
    URI u = URI.create(uri);
    return "file".equals(u.getScheme()) ? u.getPath() : uri;
  }

}
