package org.zhengce.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.zhengce.text.NormalizedText;
import org.zhengce.text.Span;

/**
 * Layout repair on text as PDF converters write it: lines wrapped inside sentences (from
 * ../shared/corpus/env_carbon_plans_pdf and dev2's plans), page numbers, running headers, form
 * feeds, spaced digits; and random wrapped text whose offsets must still lead into the original.
 */
class LayoutRepairTest {

  private static final LayoutRepair REPAIR = new LayoutRepair();

  private static String repaired(String original) {
    return REPAIR.apply(original).normalized();
  }

  /** A plan's text as a PDF gives it: about 30 characters a line, page number and a form feed. */
  private static final String PLAN_PAGE = String.join("\n",
      "天津市“十四五”节能减排工作实施方案",
      "为认真贯彻落实党中央、国务院重大决策部署，大力推进节能减排，深入打好",
      "污染防治攻坚战，推进经济社会发展全面绿色转型，助力实现碳达峰、碳中和",
      "目标，结合我市实际，制定本实施方案。按照国家下达的目标任务，完善能源",
      "消费强度和总量双控、主要污染物排放总量控制制度，组织实施节能减排重点",
      "工程，进一步健全节能减排政策机制，推动能源利用效率大幅提高、主要污染",
      "物排放总量持续减少，实现节能降碳减污协同增效、生态环境质量持续改善。",
      "按照自然资源部统一部署，及时启动 2021 年度国土变更调查工作，按时保质保量完成",
      "任务，为全省自然资源管理和重大政策决策的制定提供详实的自然资源本底数据支撑。",
      "（二）具体工作措施",
      "1.选用高水平作业队伍。通过公开招标，选聘信誉好、技术力量强、具有丰富国土调",
      "查经验的作业队伍承担调查任务，确保调查成果质量。到 2025 年，细颗粒物浓度降至 40 微克/立",
      "方米以下，地表水达到或好于Ⅲ类水体比例达到 12.5 %以上，农村生活污水治理率达到",
      "",
      "—— 1 ——",
      "",
      "\f55%，重污染天气基本消除，城乡人居环境明显改善，生态文明建设迈上新台阶，生态",
      "环境治理体系和治理能力现代化水平明显提升。",
      "（三）完成时限",
      "2021 年 12 月底前。");

  @Test
  void wrappedLinesAreJoinedAndRealBreaksKept() {
    String text = repaired(PLAN_PAGE);
    assertTrue(text.contains("按时保质保量完成任务，为全省"), text);
    assertTrue(text.contains("具有丰富国土调查经验的作业队伍"), text);
    assertTrue(text.contains("降至40微克/立方米以下"), text);
    assertTrue(text.contains("12.5%以上"), text);
    // across the page break: the page number and the form feed are out, the sentence whole
    assertTrue(text.contains("农村生活污水治理率达到55%，重污染天气"), text);
    assertFalse(text.contains("—— 1 ——"), text);
    // a heading and the line after a sentence end stay on their own lines
    assertTrue(text.contains("支撑。\n（二）具体工作措施\n1.选用"), text);
    assertTrue(text.contains("明显提升。\n（三）完成时限\n2021年12月底前。"), text);
  }

  @Test
  void aQuoteOfTheRepairedTextIsTheOriginalWithItsLineBreak() {
    NormalizedText text = REPAIR.apply(PLAN_PAGE);
    int at = text.normalized().indexOf("降至40微克/立方米");
    Span original = text.toOriginal(at, at + "降至40微克/立方米".length());
    assertEquals("降至 40 微克/立\n方米", original.of(PLAN_PAGE));
  }

  @Test
  void runningHeadersAndPageNumbersAreOut() {
    StringBuilder pdf = new StringBuilder();
    List<String> fields = List.of("能源", "工业", "建筑", "交通");
    for (int page = 1; page <= 4; page++) {
      String field = fields.get(page - 1);
      pdf.append("江苏省2022年碳达峰碳中和工作要点\n");
      pdf.append("推进" + field + "结构调整，严格控制煤炭消费，大力发展非化石能源，提高\n");
      pdf.append("可再生能源消费比重，完善" + field + "领域能源消费强度和总量双控制度，\n");
      pdf.append("构建清洁低碳安全高效的" + field + "用能体系。\n");
      pdf.append("- ").append(page).append(" -\n\f");
    }
    String text = repaired(pdf.toString());
    // the first page's is the title; the repeats on later pages are running headers
    assertEquals(1, text.split("江苏省2022年碳达峰碳中和工作要点", -1).length - 1, text);
    assertFalse(text.contains("- 2 -"), text);
    assertTrue(text.contains("提高可再生能源消费比重，完善交通领域"), text);
  }

  @Test
  void pageNumbersInTheirUsualForms() {
    for (String number : List.of("－ 2 －", "- 3 -", "— 12 —", "第 3 页", "第3页 共10页", "3/10")) {
      String text = repaired("统筹推进城乡建设绿色低碳转型，加快提升建筑能效水平。\n" + number
          + "\n严格落实建筑节能、绿色建筑、市政基础设施等领域节能降碳标准。");
      assertFalse(text.contains(number.replace(" ", "")) || text.contains(number), number + ": " + text);
    }
  }

  @Test
  void tableCellsOneALineStay() {
    String table = "指标名称\n细颗粒物（PM2.5）浓度\n2020 年\n52\n40\n约束性\n空气质量优良天数比率（%）\n60.1\n65.4\n";
    String text = repaired(table + table);
    assertTrue(text.contains("\n52\n40\n"), text);
  }

  @Test
  void tableRowsWithTabsAreNotJoined() {
    StringBuilder rows = new StringBuilder(PLAN_PAGE).append('\n');
    for (int i = 1; i <= 4; i++) {
      rows.append(i).append("\t制定大气污染防治整改方案并报送\t市环保局\t市发改委\t2017年6月底前\n");
    }
    String text = repaired(rows.toString());
    assertTrue(text.contains("2017年6月底前\n2\t制定"), text);
  }

  @Test
  void paragraphsOneALineAreNotJoined() {
    String html = "一、总体目标\n深入推进全省数字经济建设，加快推进服务业数字化转型升级。到2022年，全省服务业数字化转型全面推开，服务业企业“上云、用数、赋智”加快推进\n"
        + "二、开展生活性服务业数字提升行动\n（一）医养健康产业数字化转型\n"
        + "1.支持高水平建设国家健康医疗大数据中心（北方）；加快省市（县）全民健康信息平台建设，打造“互联网+医疗健康”示范省\n"
        + "2.全面推动“互联网+医疗健康”便民服务平台建设，推进医疗机构电子病历和医学影像数据共享\n";
    assertEquals(html.replace("到2022年", "到2022年"), repaired(html));
  }

  @Test
  void spacesAConverterPutAreFolded() {
    assertEquals("到2025年，PM2.5年均浓度下降12.5%", repaired("到 2025 年，PM2.5 年均浓度下降 12.5 %"));
    assertEquals("政府工作报告", repaired("政 府 工 作 报 告"));
    // two names side by side and Latin words keep their space
    assertEquals("中共辽宁省委 辽宁省人民政府", repaired("中共辽宁省委 辽宁省人民政府"));
    assertEquals("Hong Kong", repaired("Hong Kong"));
  }

  @Provide
  Arbitrary<String> wrappedText() {
    Arbitrary<String> piece = Arbitraries.of("推进", "能源", "结构", "调整，", "2025", " 年", " ", "。",
        "PM2.5", " %", "—— 3 ——", "第 2 页", "(一)", "1.", "𠀀", "環保", "\u3000", "\r", "\t", "52");
    Arbitrary<String> line = piece.list().ofMinSize(0).ofMaxSize(14).map(l -> String.join("", l));
    Arbitrary<String> breaks = Arbitraries.of("\n", "\n", "\n", "\n\n", "\n\f", "\r\n");
    return Combinators.combine(line.list().ofMaxSize(30), breaks.list().ofMinSize(30).ofMaxSize(30))
        .as((lines, bs) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < lines.size(); i++) {
            sb.append(lines.get(i)).append(bs.get(i));
          }
          return sb.toString();
        });
  }

  @Property(tries = 300)
  void offsetsStayInsideTheOriginalAndInOrder(@ForAll("wrappedText") String original) {
    NormalizedText text = Normalization.standard().normalize(original);
    int n = text.normalized().length();
    Span previous = new Span(0, 0);
    for (int i = 0; i < n; i++) {
      Span one = text.toOriginal(i, i + 1);
      assertTrue(one.start() >= 0 && one.end() <= original.length(), () -> one + " outside");
      assertTrue(one.start() >= previous.start() && one.end() >= previous.end(), "order lost");
      previous = one;
    }
    Span all = text.toOriginal(0, n);
    assertTrue(all.end() <= original.length());
  }
}
