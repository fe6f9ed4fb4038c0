package org.zhengce.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.zhengce.normalize.Normalization;
import org.zhengce.normalize.ScriptConverter;
import org.zhengce.number.Qualifier;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.text.Span;

/** Extraction on short excerpts of the seeds, asserted like the examples of records.md. */
class DocumentExtractorTest {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(HanlpSegmenter.standard());
  private static final LocalDate JUNE_30_2016 = LocalDate.of(2016, 6, 30);

  private static Extraction extract(String original, LocalDate date) {
    return EXTRACTOR.extract(Normalization.standard().normalize(original),
        DocumentContext.speech(date, "衡水市"));
  }

  private static void assertTextsMatchOffsets(String original, Extraction x) {
    List<Object[]> items = new ArrayList<>();
    x.commitments().forEach(c -> items.add(new Object[] {c.span(), c.text()}));
    x.targets().forEach(t -> items.add(new Object[] {t.span(), t.text()}));
    x.deadlines().forEach(d -> items.add(new Object[] {d.span(), d.text()}));
    x.parties().forEach(p -> items.add(new Object[] {p.span(), p.text()}));
    for (Object[] item : items) {
      assertEquals(((Span) item[0]).of(original), item[1]);
    }
  }

  @Test
  void targetsShareTheDeadlineAndModalityOfTheirSentence() {
    String original = "要继续围绕\"治煤、治尘、治气\"三大核心任务,深入实施六大防治工程,"
        + "确保今年PM2.5平均浓度下降10%,PM10平均浓度下降12%以上。";
    Extraction x = extract(original, JUNE_30_2016);
    assertEquals(2, x.targets().size());
    Target pm25 = x.targets().get(0);
    assertEquals("PM2.5平均浓度下降10%", pm25.text());
    assertEquals("PM2.5平均浓度", pm25.indicator());
    assertEquals(Direction.DECREASE, pm25.direction());
    assertEquals(10, pm25.value());
    assertEquals("%", pm25.unit());
    assertEquals(Qualifier.EXACT, pm25.qualifier());
    Target pm10 = x.targets().get(1);
    assertEquals("PM10平均浓度下降12%以上", pm10.text());
    assertEquals(Qualifier.AT_LEAST, pm10.qualifier());
    assertEquals(1, x.deadlines().size());
    Deadline thisYear = x.deadlines().get(0);
    assertEquals("今年", thisYear.text());
    assertEquals(Deadline.Kind.ABSOLUTE, thisYear.kind());
    assertEquals(LocalDate.of(2016, 12, 31), thisYear.due());
    assertEquals(thisYear.id(), pm25.deadline());
    assertEquals(thisYear.id(), pm10.deadline());
    Commitment second = x.commitments().stream()
        .filter(c -> c.text().equals("PM10平均浓度下降12%以上")).findFirst().orElseThrow();
    assertEquals(Modality.MUST, second.modality());
    assertEquals(List.of(pm10.id()), second.targets());
    assertEquals(List.of(thisYear.id()), second.deadlines());
    assertTextsMatchOffsets(original, x);
  }

  @Test
  void relativeDeadlinesAndTheirCommitments() {
    String original = "30个工作日内要把市委、市政府的整改方案上报省委、省政府和省环境保护督察办公室,6个月内报整改情况。";
    Extraction x = extract(original, null);
    assertEquals(List.of("30个工作日内", "6个月内"), x.deadlines().stream().map(Deadline::text).toList());
    Deadline d = x.deadlines().get(0);
    assertEquals(Deadline.Kind.RELATIVE, d.kind());
    assertNull(d.due());
    assertEquals(30, d.amount());
    assertEquals("workday", d.unit());
    assertEquals(2, x.commitments().size());
    Commitment c = x.commitments().get(0);
    assertEquals("30个工作日内要把市委、市政府的整改方案上报省委、省政府和省环境保护督察办公室", c.text());
    assertEquals("上报整改方案", c.action());
    assertEquals(List.of(d.id()), c.deadlines());
    assertTrue(c.specific());
  }

  @Test
  void partiesChargedInTraditionalTextKeepTheOriginalWords() {
    String original = "市委、市政府責成市環保局、金山區政府,在充分聽取廣大干部群眾意見的基礎上,"
        + "盡快拿出一個實實在在標本兼治的行動方案。";
    Extraction x = extract(original, LocalDate.of(2015, 7, 3));
    assertEquals(List.of("市環保局", "金山區政府"), x.parties().stream().map(Party::text).toList());
    assertEquals(List.of("市环保局", "金山区政府"), x.parties().stream().map(Party::name).toList());
    assertTrue(x.parties().stream().allMatch(p -> p.role() == Role.RESPONSIBLE));
    assertTextsMatchOffsets(original, x);
  }

  @Test
  void listsAreSplitAndAbbreviationsExpanded() {
    String original = "市、县整改落实工作领导小组和部门专项整改小组要切实发挥作用。"
        + "第二工业区和其他区域的工作责任,在金山区委、区政府。";
    Extraction x = extract(original, null);
    // exactly these: a spurious party fails the test as a missing one does
    assertEquals(List.of("市整改落实工作领导小组", "县整改落实工作领导小组", "部门专项整改小组", "金山区委",
        "金山区政府"), x.parties().stream().map(Party::name).toList());
    assertEquals(List.of("市", "县整改落实工作领导小组", "部门专项整改小组", "金山区委", "区政府"),
        x.parties().stream().map(Party::text).toList());
    assertTextsMatchOffsets(original, x);
  }

  @Test
  void rolesFromTheVerbs() {
    Extraction x = extract("市政府各部门将全力以赴支持金山区落实污染治理和环境保护各项工作。"
        + "市环保局和其他相关部门要切实履行行业监管、环保执法等职责,加强指导和督查。", null);
    // every party with its role, none left out and none added (allMatch on none would pass)
    assertEquals(List.of("市政府各部门|SUPPORT", "市环保局|SUPERVISOR", "其他相关部门|SUPERVISOR"),
        x.parties().stream().map(p -> p.name() + "|" + p.role()).toList());
  }

  @Test
  void achievementsAreNotTargets() {
    Extraction x = extract("据悉,今年1到6月,全市共拆除违法建筑2870万平方米,同比增长350%。", JUNE_30_2016);
    assertEquals(List.of(), x.targets());
    assertEquals(List.of(), x.commitments());
  }

  @Test
  void baselineYearsRangesAndRanks() {
    Extraction x = extract("到2020年,单位GDP能耗比2015年下降15%—18%,在全省排名退出后5。", JUNE_30_2016);
    Target energy = x.targets().get(0);
    assertEquals(2015, energy.baselineYear());
    assertEquals(15, energy.value());
    assertEquals(18.0, energy.valueMax());
    Target rank = x.targets().get(1);
    assertEquals("全省排名", rank.indicator());
    assertEquals(Direction.REACH, rank.direction());
    assertEquals(5, rank.value());
    assertEquals("名", rank.unit());
    Deadline due = x.deadlines().get(0);
    assertEquals("到2020年", due.text());
    assertEquals(LocalDate.of(2020, 12, 31), due.due());
  }

  @Test
  void pastEventsAndWordsForSoonAreNotDeadlines() {
    Extraction x = extract("根据省委的统一部署,今年5月19日至6月7日,督察组对我市开展了督察。"
        + "现在能改的,要马上整改到位,尽快解决问题。", JUNE_30_2016);
    assertEquals(List.of(), x.deadlines());
  }

  @Test
  void planPeriods() {
    Extraction x = extract("到\"十三五\"末,森林覆盖率要达到33.5%。", JUNE_30_2016);
    Deadline d = x.deadlines().get(0);
    assertEquals("到\"十三五\"末", d.text());
    assertEquals(Deadline.Kind.PERIOD, d.kind());
    assertEquals(LocalDate.of(2020, 12, 31), d.due());
    assertEquals(d.id(), x.targets().get(0).deadline());
  }

  @Test
  void traditionalAndSimplifiedCopiesGiveTheSameRecords() {
    String traditional = "市委、市政府責成市環保局、金山區政府,在充分聽取廣大干部群眾意見的基礎上,"
        + "盡快拿出一個實實在在標本兼治的行動方案。這個行動方案,一定要出實招、見行動。"
        + "要確保整改時限,必須嚴格遵守普通轉辦案件3天內辦結的要求。各縣區(qū)在問題整改上一定要態度堅決。";
    String simplified = ScriptConverter.standard().convert(traditional);
    Extraction a = extract(traditional, null);
    Extraction b = extract(simplified, null);
    assertEquals(fields(a), fields(b));
    assertTextsMatchOffsets(traditional, a);
    assertTextsMatchOffsets(simplified, b);
  }

  private static List<String> fields(Extraction x) {
    List<String> out = new ArrayList<>();
    x.commitments().forEach(c -> out.add(c.id() + c.modality() + c.action() + c.parties() + c.deadlines() + c.targets()));
    x.parties().forEach(p -> out.add(p.id() + p.name() + p.role()));
    x.deadlines().forEach(d -> out.add(d.id() + d.kind() + d.due() + d.amount() + d.unit()));
    x.targets().forEach(t -> out.add(t.id() + t.indicator() + t.value() + t.unit() + t.qualifier()));
    return out;
  }

  @Test
  void longDocumentsAreReadInChunksWithTheSameRecords() {
    String paragraph = "确保今年PM2.5平均浓度下降10%,PM10平均浓度下降12%以上。"
        + "市委、市政府責成市環保局、金山區政府,盡快拿出行動方案。\n";
    Extraction one = extract(paragraph, JUNE_30_2016);
    int copies = TextAnalyzer.CHUNK / paragraph.length() * 3;
    String original = paragraph.repeat(copies);
    Extraction many = extract(original, JUNE_30_2016);
    assertEquals(one.targets().size() * copies, many.targets().size());
    assertEquals(one.commitments().size() * copies, many.commitments().size());
    assertEquals(one.parties().size() * copies, many.parties().size());
    assertTextsMatchOffsets(original, many);
    Target last = many.targets().get(many.targets().size() - 1);
    assertEquals("PM10平均浓度下降12%以上", last.text());
    assertTrue(many.deadlines().stream().anyMatch(d -> d.id().equals(last.deadline())));
  }

  @Test
  void emptyAndOddTextGiveNothingAndNeverThrow() {
    // a modal word alone, a number without a goal, a time without a task: no record at all
    for (String odd : List.of("", " ", "。。。", "要", "确保", "(", "\uD840", "10%", "今年",
        "責成", "一是要", "要".repeat(2000), "环(huán)境".repeat(200))) {
      Extraction x = extract(odd, null);
      String shown = odd.length() > 12 ? odd.substring(0, 12) + "…" : odd;
      assertEquals(List.of(), x.commitments(), shown);
      assertEquals(List.of(), x.targets(), shown);
      assertEquals(List.of(), x.deadlines(), shown);
      assertEquals(List.of(), x.parties(), shown);
    }
    // and with a date, 今年 alone is still no deadline: nothing is due in it
    assertEquals(List.of(), extract("今年", JUNE_30_2016).deadlines());
  }

  @Test
  void sameRecordsOnFourThreadsAndInAnyOrder() throws Exception {
    List<String> texts = List.of("确保今年PM2.5平均浓度下降10%,PM10平均浓度下降12%以上。",
        "市委、市政府責成市環保局、金山區政府,盡快拿出行動方案。",
        "30个工作日内要把整改方案上报省委,6个月内报整改情况。");
    List<Extraction> expected = texts.stream().map(t -> extract(t, JUNE_30_2016)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        String t = texts.get(i % 3);
        futures.add(pool.submit(() -> extract(t, JUNE_30_2016)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % 3), futures.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
