package org.zhengce.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengce.text.Span;

/** Outlines of excerpts copied from the corpus (wrapped PDF lines joined by hand). */
class OutlineParserTest {

  private static final OutlineParser PARSER = new OutlineParser();

  /** pkulaw_digital_policy/sd_41_2023-04-29.txt, indented with ideographic spaces. */
  private static final String SHANDONG_PLAN = """
      　　一、总体要求
      　　（一）指导思想
      　　以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入实施创新驱动发展战略，加快先进制造业强省建设。
      　　——标准化体系建设取得新突破。形成一批国家标准、行业标准、地方标准和团体标准。
      　　二、重点任务
      　　（一）关键核心技术攻关能力提升行动
      　　1.强化产业基础技术攻关。实施产业基础再造工程，编制产业基础创新发展目录。
      　　2.推进制造业“卡脖子”技术精准攻坚。大力推广“揭榜挂帅”“赛马制”“军令状”等重大科研任务组织方式。
      　　（二）科技创新人才队伍提升行动
      　　（1）塑强高水平技术创新人才。扎实做好国家级人才计划申报推荐工作。
      　　①持续壮大“国字号”领军人才队伍规模。
      """;

  @Test
  void headingLevelsOfAPlan() {
    Outline o = PARSER.parse(SHANDONG_PLAN);
    List<String> headings = o.headings().stream()
        .map(s -> s.level() + " " + s.heading().of(SHANDONG_PLAN)).toList();
    assertEquals(List.of("1 一、总体要求", "2 （一）指导思想", "1 二、重点任务", "2 （一）关键核心技术攻关能力提升行动",
        "3 1.强化产业基础技术攻关", "3 2.推进制造业“卡脖子”技术精准攻坚", "2 （二）科技创新人才队伍提升行动",
        "4 （1）塑强高水平技术创新人才", "5 ①持续壮大“国字号”领军人才队伍规模"), headings);
    int body = SHANDONG_PLAN.indexOf("实施产业基础再造工程");
    Section s = o.sectionAt(body).orElseThrow();
    assertEquals("强化产业基础技术攻关", s.title().of(SHANDONG_PLAN));
    assertEquals(List.of("二、重点任务", "（一）关键核心技术攻关能力提升行动", "1.强化产业基础技术攻关"),
        s.path().stream().map(p -> p.heading().of(SHANDONG_PLAN)).toList());
    // a section runs to the next heading of the same or a higher level
    Section first = o.headings().get(0);
    assertEquals(SHANDONG_PLAN.indexOf("　　二、重点任务") + 2, first.span().end());
    assertEquals("（一）指导思想", o.sectionAt(SHANDONG_PLAN.indexOf("标准化体系")).orElseThrow()
        .heading().of(SHANDONG_PLAN));
    assertTrue(o.sectionAt(0).isEmpty());
  }

  @Test
  void runInHeadingAndItsBody() {
    Outline o = PARSER.parse(SHANDONG_PLAN);
    Section s = o.headings().get(4);
    assertTrue(s.runIn());
    assertEquals(Numbering.ARABIC, s.numbering());
    assertEquals("1.强化产业基础技术攻关", s.heading().of(SHANDONG_PLAN));
    assertEquals("实施产业基础再造工程，编制产业基础创新发展目录。", s.body().of(SHANDONG_PLAN));
    Item item = o.itemAt(SHANDONG_PLAN.indexOf("编制产业基础")).orElseThrow();
    assertEquals("1.强化产业基础技术攻关。实施产业基础再造工程，编制产业基础创新发展目录。",
        item.span().of(SHANDONG_PLAN));
    assertEquals("1.", item.marker().of(SHANDONG_PLAN));
    assertEquals(s.heading(), item.heading().orElseThrow());
    // headings without a body are not items; a line under a heading is not either
    assertTrue(o.itemAt(SHANDONG_PLAN.indexOf("指导思想")).isEmpty());
    assertFalse(o.headings().get(1).runIn());
  }

  /** five_year_plans/全国_第十二个五年规划纲要_2011.txt: the title ends at a wide space. */
  @Test
  void chaptersAndSectionsOfAFiveYearPlan() {
    String text = """
        　　第一篇　转变方式　开创科学发展新局面　　“十二五”时期是全面建设小康社会的关键时期，是深化改革开放、加快转变经济发展方式的攻坚时期。
        　　第五章　加快发展现代农业　　坚持走中国特色农业现代化道路，把保障国家粮食安全作为首要目标。
        　　第一节　增强粮食安全保障能力　　稳定粮食播种面积、优化品种结构、提高单产和品质，粮食综合生产能力达到５．４亿吨以上。
        实施全国新增千亿斤粮食生产能力规划，加大粮食主产区投入和利益补偿。
        """;
    Outline o = PARSER.parse(text);
    assertEquals(List.of("第一篇　转变方式　开创科学发展新局面", "第五章　加快发展现代农业", "第一节　增强粮食安全保障能力"),
        o.headings().stream().map(s -> s.heading().of(text)).toList());
    assertEquals(List.of(Numbering.PART, Numbering.CHAPTER, Numbering.SECTION),
        o.headings().stream().map(Section::numbering).toList());
    Section section = o.sectionAt(text.indexOf("千亿斤")).orElseThrow();
    assertEquals(3, section.path().size());
    assertEquals("稳定粮食播种面积", section.body().of(text).substring(0, 8));
  }

  /** A numbered paragraph that is a full sentence is an item, not a heading. */
  @Test
  void numberedFullParagraphIsAnItemNotAHeading() {
    String text = """
        （二）具体工作措施
        1.组织落实国家下达的批而未供和闲置土地消化处置目标任务；
        2.部署对省级和国家级开发区开展用地状况、供地状况、用地效益及管理绩效调查，按照全面评价要求，完成开发区批准范围土地集约利用评价工作。
        """;
    Outline o = PARSER.parse(text);
    assertEquals(1, o.headings().size());
    assertEquals(2, o.items().size());
    assertEquals("1.组织落实国家下达的批而未供和闲置土地消化处置目标任务；", o.items().get(0).span().of(text));
    assertTrue(o.items().get(1).heading().isEmpty());
  }

  /** pkulaw_digital_policy (Shandong notice): （牵头单位：…，参加单位：…） and （…；配合单位：…）. */
  @Test
  void itemWithLeadAndSupportUnits() {
    String text = """
        （三）推进数字健康服务
        1.支持高水平建设国家健康医疗大数据中心（北方）；加快省市（含县）两级全民健康信息平台建设。（牵头单位：省卫生健康委，参加单位：省大数据局）
        3.加快省市两级医疗保障数据中心建设，推进区域处方流转信息平台建设。（牵头单位：省医保局；配合单位：省卫生健康委、省大数据局、省药监局）
        """;
    Outline o = PARSER.parse(text);
    assertEquals(2, o.items().size());
    Item first = o.items().get(0);
    assertEquals(List.of("LEAD 省卫生健康委", "SUPPORT 省大数据局"), labels(first, text));
    assertEquals("牵头单位：省卫生健康委", first.attributions().get(0).span().of(text));
    assertTrue(first.span().of(text).endsWith("参加单位：省大数据局）"));
    Item second = o.items().get(1);
    assertEquals(List.of("LEAD 省医保局", "SUPPORT 省卫生健康委、省大数据局、省药监局"), labels(second, text));
    // the brackets （北方） and （含县） are not attributions
    assertEquals(4, o.attributions().size());
    int inTask = text.indexOf("处方流转");
    assertEquals(second.attributions(), o.attributionsCovering(inTask));
    assertEquals(second, o.itemOf(second.attributions().get(1)));
    assertEquals(second.span(), second.attributions().get(0).item());
  }

  /** pkulaw_local_policy (Anhui RCEP plan): （A负责）, （A牵头，B配合）, …按职责分工配合. */
  @Test
  void itemWithUnitsBeforeTheirRole() {
    String text = """
        　　1.扩大优势产品出口。建立RCEP国别商品税率对比清单，深化企业对RCEP重点国别关税减让的理解掌握。（合肥海关负责）巩固纺织、服装、鞋帽、箱包等传统产品出口优势。（省商务厅牵头，合肥海关配合）
        　　3.用好原产地规则。加快实施经核准出口商原产地自主声明制度，降低企业制度性成本。（合肥海关牵头，省贸促会、省商务厅按职责分工配合）
        """;
    Outline o = PARSER.parse(text);
    assertEquals(List.of("RESPONSIBLE 合肥海关", "LEAD 省商务厅", "SUPPORT 合肥海关"),
        labels(o.items().get(0), text));
    assertEquals(List.of("LEAD 合肥海关", "SUPPORT 省贸促会、省商务厅"), labels(o.items().get(1), text));
    // each bracket covers the sentences since the bracket before it
    List<Attribution> atStart = o.attributionsCovering(text.indexOf("建立RCEP"));
    assertEquals(List.of(AttributionLabel.RESPONSIBLE), atStart.stream().map(Attribution::label).toList());
    List<Attribution> later = o.attributionsCovering(text.indexOf("巩固纺织"));
    assertEquals(List.of(AttributionLabel.LEAD, AttributionLabel.SUPPORT),
        later.stream().map(Attribution::label).toList());
  }

  /** env_carbon_plans_pdf/214 (Tianjin plan): a support list of nine units, longer than a clause. */
  @Test
  void aLongUnitListBeforeItsRole() {
    String text = "1.推动运输结构调整。加快推进大宗货物和中长途货物运输“公转铁”“公转水”。（市交通运输委、市发展改革委牵头，"
        + "市工业和信息化局、市公安交管局、市财政局、市生态环境局、市住房城乡建设委、市商务局、市市场监管委、"
        + "市邮政管理局、天津港集团等按职责分工负责）\n";
    Outline o = PARSER.parse(text);
    assertEquals(List.of("LEAD 市交通运输委、市发展改革委", "RESPONSIBLE 市工业和信息化局、市公安交管局、市财政局、"
        + "市生态环境局、市住房城乡建设委、市商务局、市市场监管委、市邮政管理局、天津港集团等"),
        labels(o.items().get(0), text));
  }

  /** env_carbon_plans_pdf/451 (Dezhou plan): unnumbered task paragraphs; breaks inside the bracket. */
  @Test
  void attributionSplitByALineBreak() {
    String text = """
        第二节 强化重污染天气应对和区域协作
        优化重污染天气应对体系。完善环境空气质量预报预警能力建设，进一步提升准确率。依法严厉打击不落实应急减排措施行为。（牵头单位：市生态环境局；配合单
        位：市工业和信息化局、市交通运输局、市气象局）
        深化区域大气联防联控。加强联合执法、跨区域执法和交叉执法，查处大气污染违法行为，协商解决跨界大气污染纠纷。（牵头单位：市生态环境局；
        配合单位：市公安局）
        第三节 深化工业污染源治理
        """;
    Outline o = PARSER.parse(text);
    assertEquals(List.of("第二节 强化重污染天气应对和区域协作", "第三节 深化工业污染源治理"),
        o.headings().stream().map(s -> s.heading().of(text)).toList());
    assertEquals(2, o.items().size());
    assertEquals(List.of("LEAD 市生态环境局", "SUPPORT 市工业和信息化局、市交通运输局、市气象局"),
        labels(o.items().get(0), text));
    assertEquals(List.of("LEAD 市生态环境局", "SUPPORT 市公安局"), labels(o.items().get(1), text));
    assertEquals(Numbering.NONE, o.items().get(1).numbering());
    assertTrue(o.items().get(1).span().of(text).endsWith("配合单位：市公安局）"));
    assertTrue(o.itemAt(text.indexOf("第三节")).isEmpty());
  }

  /** env_carbon_plans_pdf/231 (Liaoning task list): 责任处室 and 完成时限 on lines of their own. */
  @Test
  void attributionsOnTheirOwnLines() {
    String text = """
        一、开展年度国土变更调查工作
        （二）具体工作措施
        1.选用高水平作业队伍。通过公开招标，选聘信誉好、技术力量强的作业单位。
        2.加强与自然资源部沟通联系。通过赴京面见及电话、微信、电子邮件等方式，及时了解国家最新政策要求。
        3.强力推动工作进展。定期召开各市自然资源部门分管负责同志参加的工作调度会议，通报工作进展，部署下步重点工作。
        责任处室：自然资源调查监测处

        完成时限：2021 年 12 月底前
        二、建立自然资源统一确权登记工作机制
        """;
    Outline o = PARSER.parse(text);
    Item third = o.itemAt(text.indexOf("强力推动")).orElseThrow();
    assertEquals(List.of("RESPONSIBLE 自然资源调查监测处", "DEADLINE 2021 年 12 月底前"), labels(third, text));
    assertTrue(third.span().of(text).endsWith("完成时限：2021 年 12 月底前"));
    Attribution office = third.attributions().get(0);
    assertTrue(office.ownLine());
    assertEquals("责任处室：自然资源调查监测处", office.span().of(text));
    // the lines close the run of tasks 1–3, which have none of their own
    assertEquals(2, o.attributionsCovering(text.indexOf("选用高水平")).size());
    assertTrue(o.attributionsCovering(text.indexOf("建立自然资源")).isEmpty());
    assertEquals(0, o.items().get(0).attributions().size());
  }

  @Test
  void tabSeparatedTaskTableWithHeader() {
    String text = """
        附件
        重点任务清单
        序号\t重点任务\t牵头单位\t配合单位\t完成时限
        1\t开展年度国土变更调查工作\t省自然资源厅\t各市政府\t2021年12月底前
        2\t建立自然资源统一确权登记工作机制\t省自然资源厅\t省林草局、各市政府\t2021年12月底前
        
        备注：各市于每季度末报送进展情况。
        """;
    Outline o = PARSER.parse(text);
    assertEquals(3, o.tableRows().size());
    TableRow header = o.tableRows().get(0);
    assertTrue(header.header());
    assertEquals(List.of(Column.INDEX, Column.TASK, Column.LEAD, Column.SUPPORT, Column.DEADLINE),
        header.columns());
    TableRow row = o.tableRowAt(text.indexOf("确权登记")).orElseThrow();
    assertFalse(row.header());
    assertEquals("建立自然资源统一确权登记工作机制", row.cell(Column.TASK).orElseThrow().of(text));
    assertEquals("省林草局、各市政府", row.cell(Column.SUPPORT).orElseThrow().of(text));
    assertEquals("2021年12月底前", row.cell(Column.DEADLINE).orElseThrow().of(text));
    assertTrue(row.cell(Column.RESPONSIBLE).isEmpty());
    assertTrue(o.tableRowAt(text.indexOf("备注")).isEmpty());
    assertTrue(o.items().isEmpty(), "table rows are not read as items");
  }

  @Test
  void tableRowsFromAFormatReader() {
    String text = "工作任务分工表\n序号 工作任务 责任单位\n1 推进数据共享 市大数据局\n";
    List<Layout.Row> rows = List.of(row(text, "序号", "工作任务", "责任单位"),
        row(text, "1", "推进数据共享", "市大数据局"));
    Outline o = PARSER.parse(text, rows);
    assertEquals(2, o.tableRows().size());
    assertTrue(o.tableRows().get(0).header());
    TableRow second = o.tableRowAt(text.indexOf("数据共享")).orElseThrow();
    assertEquals("市大数据局", second.cell(Column.RESPONSIBLE).orElseThrow().of(text));
    assertEquals("推进数据共享", second.cell(Column.TASK).orElseThrow().of(text));
  }

  private static Layout.Row row(String text, String... cells) {
    List<Span> spans = new java.util.ArrayList<>();
    int from = text.indexOf(cells[0] + " ");
    for (String c : cells) {
      int at = text.indexOf(c, from);
      spans.add(new Span(at, at + c.length()));
      from = at + c.length();
    }
    return new Layout.Row(new Span(spans.get(0).start(), from), spans);
  }

  /** city_gwr_2024/2024_六盘水_政府工作报告.txt, one sentence of each paragraph. */
  private static final String LIUPANSHUI = """
      各位代表：

      现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。

      一、2023年政府工作回顾

      2023年是全面贯彻党的二十大精神的开局之年，也是三年新冠疫情防控转段后经济恢复发展的一年。
      （一）全力防风险、守底线，社会大局保持和谐稳定。围绕“防风险、促发展”，扎实开展各项工作。

      二、2024年主要目标和重点任务

      今年是新中国成立75周年，是实现“十四五”规划目标任务的关键一年，做好政府工作具有特殊重要意义。

      主要预期目标是：地区生产总值增长5.5％左右，在实际工作中努力争取更好结果。
      围绕实现上述目标，今年要重点抓好以下工作。

      （一）突出比较优势大抓工业。深入推进“富矿精开”，依托资源禀赋和产业基础。
      三、加强政府自身建设

      各位代表！奋进新征程，各级政府必须提高治理能力和水平。
      """;

  @Test
  void partsOfAWorkReport() {
    Outline o = PARSER.parse(LIUPANSHUI);
    assertEquals(ReportPart.OTHER, o.reportPart(LIUPANSHUI.indexOf("现在，我代表")));
    assertEquals(ReportPart.REVIEW, o.reportPart(LIUPANSHUI.indexOf("一、2023年政府工作回顾")));
    assertEquals(ReportPart.REVIEW, o.reportPart(LIUPANSHUI.indexOf("全力防风险")));
    assertEquals(ReportPart.TARGETS, o.reportPart(LIUPANSHUI.indexOf("主要预期目标是")));
    assertEquals(ReportPart.WORK, o.reportPart(LIUPANSHUI.indexOf("今年要重点抓好")));
    assertEquals(ReportPart.WORK, o.reportPart(LIUPANSHUI.indexOf("富矿精开")));
    assertEquals(ReportPart.SELF_BUILDING, o.reportPart(LIUPANSHUI.indexOf("各级政府必须")));
    assertEquals(List.of(ReportPart.OTHER, ReportPart.REVIEW, ReportPart.TARGETS, ReportPart.WORK,
        ReportPart.SELF_BUILDING), o.reportParts().stream().map(PartRange::part).toList());
  }

  /** city_gwr_2024/2024_柳州 and 益阳: no numbered heading opens the review or the targets. */
  @Test
  void partsOfAWorkReportWithoutPartHeadings() {
    String text = """
        各位代表：
        现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
        2023年，是全面贯彻党的二十大精神的开局之年，是益阳发展进程中极不平凡的一年。
        2023年，我们重点抓了以下工作：
        各位代表，一年来，我们坚持把党的领导贯穿政府工作全过程。
        今年工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。
        今年经济社会发展主要预期目标是：地区生产总值增长6%左右。
        一、着力推进产业立市
        坚持把发展经济的着力点放在实体经济上，推进新型工业化。
        """;
    Outline o = PARSER.parse(text);
    assertEquals(ReportPart.OTHER, o.reportPart(text.indexOf("现在")));
    assertEquals(ReportPart.REVIEW, o.reportPart(text.indexOf("我们重点抓了")));
    assertEquals(ReportPart.REVIEW, o.reportPart(text.indexOf("一年来")));
    assertEquals(ReportPart.TARGETS, o.reportPart(text.indexOf("今年工作的总体要求")));
    assertEquals(ReportPart.TARGETS, o.reportPart(text.indexOf("地区生产总值增长6%")));
    assertEquals(ReportPart.WORK, o.reportPart(text.indexOf("推进新型工业化")));
  }

  @Test
  void notAWorkReportIsAllOther() {
    Outline o = PARSER.parse(SHANDONG_PLAN);
    assertEquals(List.of(ReportPart.OTHER), o.reportParts().stream().map(PartRange::part).toList());
    assertEquals(ReportPart.OTHER, o.reportPart(SHANDONG_PLAN.indexOf("重点任务")));
  }

  @Test
  void emptyAndOddTextGiveAnEmptyOutline() {
    for (String odd : List.of("", "\n\n\n", "（", "）（", "1.", "一、", "\t\t", "牵头单位：", "（牵头单位：）",
        "（省商务厅牵头", "\uD83D\uDE00第一章", "\u3000\u3000\r\n二、\r\n")) {
      Outline o = PARSER.parse(odd);
      for (int i = -1; i <= odd.length() + 1; i++) {
        o.sectionAt(i);
        o.itemAt(i);
        o.attributionsCovering(i);
        o.tableRowAt(i);
        o.reportPart(i);
      }
      for (Attribution a : o.attributions()) {
        assertFalse(a.value().isEmpty(), odd);
      }
    }
    assertTrue(PARSER.parse("").headings().isEmpty());
  }

  private static List<String> labels(Item item, String text) {
    return item.attributions().stream().map(a -> a.label() + " " + a.value().of(text)).toList();
  }
}
