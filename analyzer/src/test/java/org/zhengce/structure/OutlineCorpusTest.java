package org.zhengce.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole documents: the work reports of ../shared/corpus (skipped when it is absent), a 1 MB
 * synthetic plan, and the same documents on four threads.
 */
class OutlineCorpusTest {

  private static final OutlineParser PARSER = new OutlineParser();
  private static final Path CORPUS = Path.of(System.getProperty("zhengce.shared",
      "../../shared"), "corpus");
  /** The heading that opens a report's review: 一、2023年工作回顾, 2023年工作回顾, 一、过去五年工作回顾. */
  private static final Pattern REVIEW_HEADING = Pattern.compile(
      "(?m)^[\\s\\u3000]*(?:[一二]、)?[^\\n。，]{0,14}工作回顾[^\\n。，]{0,14}$");

  static Stream<Path> workReports() throws IOException {
    Path shared = CORPUS.toAbsolutePath().normalize();
    if (!Files.isDirectory(shared)) {
      shared = Path.of("/work/shared/corpus");
    }
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("city_gwr_2024", "prov_gwr_2026", "national_gwr")) {
      Path d = shared.resolve(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
      }
    }
    return files.isEmpty() ? Stream.of((Path) null) : files.stream();
  }

  /** Every report with a 工作回顾 heading: REVIEW covers it and comes before TARGETS and WORK. */
  @ParameterizedTest
  @MethodSource("workReports")
  void reviewComesFirstAndCoversTheReview(Path file) throws IOException {
    Assumptions.assumeTrue(file != null, "../shared/corpus is absent");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Matcher m = REVIEW_HEADING.matcher(text);
    Assumptions.assumeTrue(m.find(), "no 工作回顾 heading");
    Outline o = PARSER.parse(text);
    int heading = m.start() + m.group().indexOf(m.group().strip());
    assertEquals(ReportPart.REVIEW, o.reportPart(heading), file + ": " + m.group().strip());
    // the paragraph after the heading is review too
    int next = text.indexOf('\n', m.end() + 1);
    while (next >= 0 && next + 1 < text.length() && text.charAt(next + 1) == '\n') {
      next++;
    }
    assertEquals(ReportPart.REVIEW, o.reportPart(next + 1), file.toString());
    List<ReportPart> order = o.reportParts().stream().map(PartRange::part).toList();
    int review = order.indexOf(ReportPart.REVIEW);
    int targets = order.indexOf(ReportPart.TARGETS);
    int work = order.indexOf(ReportPart.WORK);
    assertTrue(targets < 0 || review < targets, file + " " + order);
    assertTrue(work < 0 || review < work, file + " " + order);
    if (file.getFileName().toString().startsWith("20") && !file.toString().contains("日照")) {
      assertTrue(targets > 0 || work > 0, file + " has no targets or work: " + order);
    }
  }

  /** Four threads and the order A, B, A give the same outlines as one thread. */
  @Test
  void sameOutlineOnFourThreads() throws Exception {
    List<String> docs = List.of(synthetic(20_000), synthetic(5_000).replace('\t', ' '),
        synthetic(20_000));
    List<String> alone = docs.stream().map(d -> describe(PARSER.parse(d))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String d : docs) {
          futures.add(pool.submit(() -> describe(PARSER.parse(d))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(alone.get(i % docs.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  /** A 1 MB plan parses in one pass; every query is a binary search (not timed, just run). */
  @Test
  void parsesAMegabyteAndAnswersEveryPosition() {
    String text = synthetic(1_000_000);
    Outline o = PARSER.parse(text);
    assertTrue(o.headings().size() > 1000);
    assertTrue(o.items().size() > 5000);
    int inItems = 0;
    for (int i = 0; i < text.length(); i += 7) {
      o.sectionAt(i);
      o.attributionsCovering(i);
      o.tableRowAt(i);
      o.reportPart(i);
      if (o.itemAt(i).isPresent()) {
        inItems++;
      }
    }
    assertTrue(inItems > 0);
    for (Item item : o.items()) {
      assertTrue(item.span().end() <= text.length());
    }
  }

  /** A plan made of real lines, repeated to {@code length} characters. */
  private static String synthetic(int length) {
    StringBuilder sb = new StringBuilder(length + 400);
    int chapter = 0;
    while (sb.length() < length) {
      chapter++;
      sb.append(chapter % 9 + 1 == 1 ? "一" : "二").append("、推进国土空间规划编制，统筹划定三条控制线\n");
      sb.append("（一）年度工作计划\n");
      sb.append("完成省级国土空间规划编制，统筹划定三条控制线。\n");
      sb.append("（二）具体工作措施\n");
      for (int i = 1; i <= 5; i++) {
        sb.append(i).append(".强力推动工作进展。定期召开各市自然资源部门分管负责同志参加的工作调度会议，")
            .append("通报工作进展，部署下步重点工作。（牵头单位：省自然资源厅；配合单位：省生态环境厅、")
            .append("省农业农村厅）\n");
      }
      sb.append("责任处室：国土空间规划处\n完成时限：2021 年 12 月底前\n");
      sb.append("序号\t重点任务\t牵头单位\t完成时限\n1\t开展年度国土变更调查\t省自然资源厅\t2021年12月底前\n");
    }
    return sb.toString();
  }

  private static String describe(Outline o) {
    return o.headings().size() + " " + o.items() + " " + o.tableRows() + " " + o.reportParts();
  }
}
