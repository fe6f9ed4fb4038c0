package org.zhengce.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengce.format.RecordsJson;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.read.TestPdfs;

/**
 * The job in local mode on two cores, bound to the loopback: the five seeds, three corpus
 * documents (a work report, a notice, a Hong Kong page in traditional script), one of them also as
 * HTML and one as a PDF, and a file that is no document. Each document's JSON line equals what
 * the pipeline ({@code zhengce extract --format jsonl}) gives for the same file, the target table
 * holds every target of those records, and the refused file is named with the CLI's reason.
 */
class ExtractJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir static Path work;
  private static Path input;
  private static ExtractJob.Summary summary;

  @BeforeAll
  static void runTheJob() throws IOException {
    input = Files.createDirectories(work.resolve("in/nested"));
    for (String seed : List.of("000_7f856751f97904c2.txt", "001_b75ede0dfb48a4da.txt", "002_dfa6bb9ab80b81e2.txt",
        "003_aed745ce6a21ca97.txt", "004_cde5e523752f718d.txt")) {
      Files.write(input.resolve(seed), resource("seeds/" + seed));
    }
    for (String doc : List.of("2024_林芝_政府工作报告.txt", "四川_出台稳外资行动实施方案.txt", "hkcnews_7903.txt")) {
      Files.write(input.getParent().resolve(doc), resource("docs/" + doc));
    }
    String notice = new String(resource("docs/四川_出台稳外资行动实施方案.txt"), StandardCharsets.UTF_8);
    Files.writeString(input.resolve("notice.html"), "<html><head><title>四川出台稳外资行动实施方案</title></head><body>"
        + Stream.of(notice.split("\n")).map(l -> "<p>" + l + "</p>").collect(Collectors.joining("\n"))
        + "</body></html>");
    String speech = new String(resource("seeds/004_cde5e523752f718d.txt"), StandardCharsets.UTF_8);
    Files.write(input.resolve("speech.pdf"),
        TestPdfs.plan("在省环境保护督察组督察衡水市情况反馈会上的讲话", "衡水市人民政府", speech.substring(0, 3000)));
    Files.write(input.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});

    spark = SparkSession.builder().master("local[2]").appName("zhengce-test")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    summary = ExtractJob.run(spark, JobArguments.folder(work.resolve("in").toString(), work.resolve("out").toString()));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  static byte[] resource(String name) {
    try (InputStream in = ExtractJobTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** records/ as source → JSON line. */
  static Map<String, String> records(Path out) throws IOException {
    Map<String, String> bySource = new TreeMap<>();
    for (String line : spark.read().textFile(out.resolve("records").toString()).collectAsList()) {
      bySource.put(JSON.readTree(line).path("source").asText(), line);
    }
    return bySource;
  }

  @Test
  void recordsEqualWhatThePipelineGivesForTheSameFiles() throws Exception {
    Map<String, String> got = records(work.resolve("out"));
    DocumentPipeline pipeline = DocumentPipeline.standard();
    List<Path> files;
    try (Stream<Path> all = Files.walk(work.resolve("in"))) {
      files = all.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".png")).sorted().toList();
    }
    assertEquals(10, files.size());
    assertEquals(files.size(), got.size(), got.keySet().toString());
    for (Path f : files) {
      ProcessedDocument p = pipeline.process(pipeline.read(f));
      String expected = JSON.writeValueAsString(RecordsJson.of(p.document(), p.extraction()));
      assertEquals(expected, got.get(f.toString()), f.toString());
    }
    assertEquals(new ExtractJob.Summary(11, 1, summary.targets()), summary);
  }

  @Test
  void theTargetTableHoldsEveryTargetFlat() throws IOException {
    Dataset<Row> table = spark.read().parquet(work.resolve("out/targets").toString());
    long targets = 0;
    for (String line : records(work.resolve("out")).values()) {
      targets += JSON.readTree(line).path("targets").size();
    }
    assertTrue(targets > 10, "targets: " + targets);
    assertEquals(targets, table.count());
    assertEquals(List.of("place", "year", "kind", "indicator_id", "indicator", "direction", "value", "value_max",
        "unit", "qualifier", "due", "baseline_year", "source", "title", "text", "start", "end"),
        List.of(table.columns()));
    // every quote is the code-point substring of its source document
    for (Row r : table.collectAsList()) {
      String source = r.getAs("source");
      String original = new String(Files.readAllBytes(Path.of(source)), StandardCharsets.UTF_8);
      if (source.endsWith(".txt")) {
        int[] cps = original.codePoints().toArray();
        String quote = new String(cps, r.<Integer>getAs("start"), r.<Integer>getAs("end") - r.<Integer>getAs("start"));
        assertEquals(r.<String>getAs("text"), quote, source);
      }
    }
    JsonNode seed = JSON.readTree(records(work.resolve("out")).get(input.resolve("004_cde5e523752f718d.txt").toString()));
    long pm25 = table.filter("indicator_id = 'pm25' and source like '%004_cde5e523752f718d.txt'").count();
    long expected = 0;
    for (JsonNode t : seed.path("targets")) {
      expected += "pm25".equals(t.path("indicator_id").asText()) ? 1 : 0;
    }
    assertEquals(expected, pm25);
  }

  @Test
  void aFileThatIsNoDocumentIsNamedWithTheReason() {
    List<String> failed = spark.read().textFile(work.resolve("out/failed").toString()).collectAsList();
    assertEquals(1, failed.size(), failed.toString());
    assertTrue(failed.get(0).startsWith(input.resolve("logo.png") + ": "), failed.get(0));
  }

  @Test
  void aTableWithATextColumn() throws IOException {
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("a", "各县区要在6月底前制定整改方案。到2020年,全市森林覆盖率要达到33.5%。"));
    rows.add(RowFactory.create("b", "確保今年PM2.5平均濃度下降10%"));
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    Path table = work.resolve("table");
    spark.createDataFrame(rows, schema).write().parquet(table.toString());
    ExtractJob.Summary s = ExtractJob.run(spark, JobArguments.parse(table.toString(), work.resolve("table-out").toString(),
        "--table", "parquet", "--id-column", "id", "--date", "2016-06-30"));
    assertEquals(new ExtractJob.Summary(2, 0, 2), s);
    JsonNode b = JSON.readTree(records(work.resolve("table-out")).get("b"));
    assertEquals("PM2.5平均濃度下降10%", b.path("targets").get(0).path("text").asText());
  }

  @Test
  void thePipelineIsBuiltOncePerJvm() {
    PipelineOptions options = PipelineOptions.defaults();
    assertSame(Pipelines.of(options), Pipelines.of(new PipelineOptions(options.maxBytes(), null)));
  }
}
