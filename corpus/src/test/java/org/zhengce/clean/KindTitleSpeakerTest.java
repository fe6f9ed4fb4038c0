package org.zhengce.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengce.extract.Kind;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.read.ReadException;

/**
 * The metadata users filter on, from the openings of real documents of the corpus: the kind of
 * plans, readouts and work reports, titles the file name gives when the text has none, dates
 * written in file names, and speakers who speak rather than leaders a text quotes.
 */
class KindTitleSpeakerTest {

  private static final DocumentPipeline PIPELINE = DocumentPipeline.standard();

  private static DocumentMetadata metadata(String source, String text) throws ReadException {
    return PIPELINE.clean(PIPELINE.read(source, text.getBytes(StandardCharsets.UTF_8))).metadata();
  }

  /** city_gwr_2024: no title in the text, 习近平 quoted in the review. */
  private static final String NANJING = "各位代表：\n\n现在，我代表南京市人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。\n\n"
      + "一、2023年工作回顾\n\n过去一年是全面贯彻党的二十大精神的开局之年。这一年，习近平总书记参加全国人代会江苏代表团审议，"
      + "并两次亲临江苏视察、发表重要讲话；7月份在南京考察调研，就我市推进高水平科技自立自强作出重要指示。\n\n"
      + "今年经济社会发展的主要预期目标是：地区生产总值增长5%以上。\n";

  @Test
  void aWorkReportWithoutATitleLineIsNamedByItsFileAndQuotesNoSpeaker() throws ReadException {
    DocumentMetadata m = metadata("city_gwr_2024/2024_南京_政府工作报告.txt", NANJING);
    assertEquals("2024年南京 政府工作报告", m.title());
    assertEquals(Kind.REPORT, m.kind());
    assertEquals(List.of(), m.speakers());
    assertEquals("南京市", m.place());
    // a review heading opening the text is no title
    DocumentMetadata aba = metadata("2024_阿坝_政府工作报告.txt", "2023年工作回顾\n\n刚刚过去的2023年，是全面贯彻党的二十大精神的"
        + "开局之年，是我州经济疫后蝶变、动能加速释放、发展提速换挡的关键之年。\n各位代表，今年主要预期目标是：地区生产总值增长6%。\n");
    assertEquals("2024年阿坝 政府工作报告", aba.title());
    assertEquals(Kind.REPORT, aba.kind());
  }

  @Test
  void plansAreRecognizedByTheirWordsAndParts() throws ReadException {
    // pkulaw_digital_policy/sd_6: no title, 制定本行动方案
    assertEquals(Kind.PLAN, metadata("sd_6_2019-03-21.txt", " 为贯彻落实《数字山东发展规划（2018-2022年）》，加快推进数字山东建设，"
        + "制定本行动方案。\n  一、打造协同高效的数字政府\n  1.推动政务服务数字化转型。整合面向社会服务的政务信息系统。\n").kind());
    // a 意见 with a plan's parts is a plan; without them a notice
    String opinion = "关于加快推进生态文明建设的实施意见\n\n为深入贯彻落实党中央决策部署，现提出如下意见。\n";
    String parts = "一、总体要求\n坚持绿色发展。\n二、主要任务\n（一）加强污染治理。\n三、保障措施\n加强组织领导。\n";
    assertEquals(Kind.PLAN, metadata("opinion.txt", opinion + parts).kind());
    assertEquals(Kind.NOTICE, metadata("opinion.txt", opinion + "请各地认真贯彻执行。\n").kind());
    // a notice issuing a plan, without 《》
    assertEquals(Kind.PLAN, metadata("5.txt", "国务院关于印发“十四五”节能减排综合工作方案的通知\n\n国发〔2021〕33号\n\n"
        + "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n现将《“十四五”节能减排综合工作方案》印发给你们，请结合本地区实际，认真贯彻执行。\n").kind());
    // five_year_plans: a text split at its full stops, without them; the title is the file's
    DocumentMetadata plan = metadata("five_year_plans/全国_第七个五年计划_1986.txt", "\ufeff    中华人民共和国国民经济和社会发展的第七个五年计划时期，"
        + "是全面改革我国经济体制的关键时期，也是在物质技术和人才方面为九十年代经济的更好发展准备条件的重要时期\n"
        + "开拓新品种、新产品\n统筹规划和认真做好这五年的工作，对于实现宏伟目标，具有极为重要的意义\n");
    assertEquals("全国 第七个五年计划（1986）", plan.title());
    assertEquals(Kind.PLAN, plan.kind());
  }

  @Test
  void readoutsAndSignedArticlesAreNotNews() throws ReadException {
    DocumentMetadata politburo = metadata("central_meeting_notes/politburo_2017-12-08.txt", "\u3000\u3000会议认为，党的十八大以来，"
        + "党中央准确把握复杂局势，科学判断，正确决策，真抓实干，使我国经济发展取得历史性成就、发生历史性变革。\n");
    assertEquals(Kind.MEETING, politburo.kind());
    assertEquals(LocalDate.of(2017, 12, 8), politburo.date());
    assertEquals(Kind.SPEECH, metadata("ARTI1576408087131257.txt",
        "习近平：推动形成优势互补高质量发展的区域经济布局\n\n我国经济发展的空间结构正在发生深刻变化。\n").kind());
    assertEquals(LocalDate.of(2023, 11, 1), metadata("xinwenlianbo/xwlb_20231101.txt",
        "今天（11月1日），河北雄安新区行政区划代码133100正式应用于户籍管理工作。\n").date());
  }
}
