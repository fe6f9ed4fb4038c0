package org.zhengce.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengce.normalize.Normalization;
import org.zhengce.segment.HanlpSegmenter;
import org.zhengce.structure.OutlineParser;
import org.zhengce.text.NormalizedText;

/**
 * Extraction profiles on real text from ../shared/corpus: a provincial action plan's item with its
 * （牵头单位：…） attribution (pkulaw_digital_policy/sd_41), and a city work report's review and
 * plans (city_gwr_2024/丽水). Asserted like the examples of records.md.
 */
class ProfileExtractionTest {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(HanlpSegmenter.standard());
  private static final OutlineParser OUTLINES = new OutlineParser();

  private static Extraction extract(String original, Kind kind, LocalDate date) {
    NormalizedText text = Normalization.standard().normalize(original);
    return EXTRACTOR.extract(text,
        DocumentContext.of(date, null, kind, OUTLINES.parse(text.normalized())));
  }

  private static final String PLAN_ITEM = "（一）提升产业基础能力\n"
      + "1.强化产业基础技术攻关。实施产业基础再造工程，编制产业基础创新发展目录，加快突破工业母机、关键原材料、"
      + "机器人、光电子、高端软件等核心领域，精准补齐基础零部件、基础元器件、基础材料、基础软件、基础工艺等“五基”短板。"
      + "完善政府首购首用、保险补偿等机制，促进首台套装备、首批次材料、首版次软件等创新产品大规模应用和迭代升级。"
      + "（牵头单位：省工业和信息化厅、省科技厅）\n";

  @Test
  void aPlanItemGivesOneCommitmentPerActionAndItsLeadUnits() {
    Extraction x = extract(PLAN_ITEM, Kind.PLAN, LocalDate.of(2023, 4, 29));
    List<String> texts = x.commitments().stream().map(Commitment::text).toList();
    assertTrue(texts.contains("实施产业基础再造工程"), texts.toString());
    assertTrue(texts.contains("编制产业基础创新发展目录"), texts.toString());
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("完善政府首购首用")), texts.toString());
    assertEquals(List.of("省工业和信息化厅", "省科技厅"), x.parties().stream().map(Party::name).toList());
    assertTrue(x.parties().stream().allMatch(p -> p.role() == Role.LEAD));
    // the attribution covers every clause of the item it closes
    for (Commitment c : x.commitments()) {
      if (!c.text().startsWith("强化产业基础技术攻关")) {
        assertEquals(List.of("p1", "p2"), c.parties(), c.text());
      }
    }
  }

  @Test
  void theSameItemReadAsASpeechHasNoBareImperatives() {
    Extraction speech = extract(PLAN_ITEM, Kind.SPEECH, LocalDate.of(2023, 4, 29));
    Extraction plan = extract(PLAN_ITEM, Kind.PLAN, LocalDate.of(2023, 4, 29));
    assertTrue(speech.commitments().size() <= plan.commitments().size());
    // what a plan directs is must; a speech's bare instructions are should
    assertTrue(plan.commitments().stream().allMatch(c -> c.modality() == Modality.MUST), plan.commitments()::toString);
    assertTrue(speech.commitments().stream().allMatch(c -> c.modality() == Modality.SHOULD),
        speech.commitments()::toString);
    // the run-in title 强化产业基础技术攻关 is no task of its own
    assertTrue(plan.commitments().stream().noneMatch(c -> c.text().contains("强化产业基础技术攻关")));
  }

  private static final String REPORT = "一、2023年主要工作回顾\n"
      + "2023年是全面贯彻党的二十大精神的开局之年。主要做了以下工作：\n"
      + "（一）以拼促进稳增长，经济回升向好态势更趋稳固。坚持以“链长制”牵引产业链发展，推行一链一对策、一业一方案，"
      + "全市生产总值增长6.8%。\n"
      + "二、2024年主要工作安排\n"
      + "综合考虑各方面因素，建议主要预期目标为：生产总值增长6.5%左右，规上工业增加值增长7%，固定资产投资增长10%以上。\n"
      + "（一）全力推动经济稳进提质。加快培育“5+5”产业链，推进生态工业提质增效。\n";

  @Test
  void aWorkReportsReviewYieldsNoCommitmentsNorTargets() {
    Extraction x = extract(REPORT, Kind.REPORT, LocalDate.of(2024, 1, 20));
    int plans = REPORT.indexOf("二、2024年主要工作安排");
    assertFalse(x.commitments().isEmpty());
    assertTrue(x.commitments().stream().allMatch(c -> c.span().start() > plans),
        x.commitments().toString());
    assertTrue(x.targets().stream().allMatch(t -> t.span().start() > plans), x.targets().toString());
    assertTrue(x.targets().stream().anyMatch(t -> t.text().contains("6.5%")), x.targets().toString());
  }

  @Test
  void aListOfExpectedTargetsCutBySemicolonsIsAllTargets() {
    // city_gwr_2024: the goal word opens the list, the later sentences after ； carry none
    String report = "二、2024年工作安排\n"
        + "今年经济社会发展的主要预期目标是：地区生产总值增长7％以上；规上工业增加值增长9％左右；"
        + "固定资产投资增长10％左右；社会消费品零售总额增长10％左右；地方一般公共预算收入增长8％左右。\n";
    Extraction x = extract(report, Kind.REPORT, LocalDate.of(2024, 1, 20));
    assertEquals(List.of("地区生产总值", "规上工业增加值", "固定资产投资", "社会消费品零售总额",
        "地方一般公共预算收入"), x.targets().stream().map(Target::indicator).toList());
  }

  @Test
  void aDeadlineOnItsOwnLineIsTheDeadlineOfEachTaskAbove() {
    // a task list's form: numbered measures, then 责任处室：… and 完成时限：… on lines of their own
    String list = "（二）具体工作措施\n"
        + "1.编制产业基础创新发展目录，加快突破关键核心领域。\n"
        + "2.完善政府首购首用、保险补偿等机制，促进创新产品大规模应用。\n"
        + "责任处室：产业发展处\n"
        + "完成时限：2023 年 12 月底前\n";
    Extraction x = extract(list, Kind.PLAN, LocalDate.of(2023, 4, 29));
    assertEquals(1, x.deadlines().size(), x.deadlines().toString());
    Deadline due = x.deadlines().get(0);
    assertEquals(LocalDate.of(2023, 12, 31), due.due());
    assertTrue(x.commitments().size() >= 2);
    for (Commitment c : x.commitments()) {
      assertEquals(List.of(due.id()), c.deadlines(), c.text());
      assertEquals(List.of("产业发展处"), c.parties().stream()
          .map(id -> x.parties().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().name())
          .toList(), c.text());
    }
  }

  @Test
  void theAddresseesOfANoticeAreResponsible() {
    // env_carbon_plans_pdf/214: the opening of a notice that issues a plan
    String notice = "天津市人民政府关于印发天津市“十四五”节能减排工作实施方案的通知\n"
        + "各区人民政府，市政府各委、办、局：\n"
        + "现将《天津市“十四五”节能减排工作实施方案》印发给你们，望遵照执行。\n";
    Extraction x = extract(notice, Kind.NOTICE, LocalDate.of(2022, 5, 8));
    assertEquals(List.of("各区人民政府", "市政府各委", "市政府各办", "市政府各局"), x.parties().stream().map(Party::name).toList());
    assertTrue(x.parties().stream().allMatch(p -> p.role() == Role.RESPONSIBLE));
    // a speech's 同志们： is no addressee list
    assertTrue(extract("同志们：\n今天召开全市生态环境保护大会。", Kind.SPEECH, null).parties().isEmpty());
  }

  @Test
  void idsFollowTheDocumentOrder() {
    Extraction x = extract("各县区要在6月底前制定整改方案。到2020年,全市森林覆盖率要达到33.5%。",
        Kind.SPEECH, LocalDate.of(2016, 6, 30));
    assertEquals(List.of("d1", "d2"), x.deadlines().stream().map(Deadline::id).toList());
    assertTrue(x.deadlines().get(0).text().contains("6月底前"));
    assertEquals("d2", x.targets().get(0).deadline());
  }

  @Test
  void aLongTextWithoutLineBreaksIsReadInChunks() {
    // 240,000 characters without a line break or a 。: the chunk that ends the text is clamped
    String original = "要加快推进生态环境保护督察整改；".repeat(15_000);
    Extraction x = extract(original, Kind.PLAN, LocalDate.of(2024, 1, 1));
    assertFalse(x.commitments().isEmpty());
    for (Commitment c : x.commitments()) {
      assertEquals(c.span().of(original), c.text());
    }
  }

  @Test
  void aTimeOpeningTheSentenceIsTheDeadlineOfItsFirstClause() {
    // pkulaw_digital_policy: a provincial plan's goal paragraph
    Extraction x = extract("到2020年，建成一批特色鲜明的智慧城市，聚集和辐射带动作用大幅增强。\n", Kind.PLAN,
        LocalDate.of(2016, 5, 1));
    Commitment first = x.commitments().get(0);
    assertTrue(first.text().contains("建成一批特色鲜明的智慧城市"), first.text());
    assertEquals(1, first.deadlines().size(), first.toString());
    Deadline due = x.deadlines().stream().filter(d -> d.id().equals(first.deadlines().get(0)))
        .findFirst().orElseThrow();
    assertEquals(LocalDate.of(2020, 12, 31), due.due());
  }
}
