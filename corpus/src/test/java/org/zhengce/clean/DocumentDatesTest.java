package org.zhengce.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhengce.normalize.Normalization;

/**
 * Where documents that have no date field give their date, on lines taken from ../shared/corpus:
 * the signature of a notice that issues a plan, the imprint at a document's end, the header of a
 * Taiwan gazette record (Republic of China years), a field glued to the one before it, and a
 * readout's lead with the file name's year. A year is never guessed: month-only lines, leads
 * without a year anywhere and dates of quoted documents give nothing.
 */
class DocumentDatesTest {

  private final MetadataExtractor extractor = new MetadataExtractor();

  private LocalDate date(String original, String source) {
    Normalization n = Normalization.standard();
    return extractor.extract(original, n.normalize(original), null, n.traditionalShare(original), source)
        .date();
  }

  private LocalDate date(String original) {
    return date(original, null);
  }

  @Test
  void theSignatureOfTheNoticeAboveThePlanItIssues() {
    // env_carbon_plans_pdf/214: the plan's title stands below the notice and its signature
    assertEquals(LocalDate.of(2022, 5, 8), date("天津市人民政府关于印发天津市\n“十四五”节能减排工作实施方案的通知\n"
        + "各区人民政府，市政府各委、办、局：\n现将《天津市“十四五”节能减排工作实施方案》印发\n给你们，望遵照执行。\n"
        + "天津市人民政府\n2022 年 5 月 8 日\n（本文有删减）\n天津市“十四五”节能减排工作实施方案\n"
        + "为认真贯彻落实党中央、国务院重大决策部署，大力推动节能减排，制定本方案。\n"));
    // env_carbon_plans_pdf/320: full-width digits, spaced
    assertEquals(LocalDate.of(2021, 11, 27), date("甘肃省人民政府办公厅文件\n甘政办发 〔\n２０２１〕１０５ 号\n"
        + "甘肃省人民政府办公厅关于印发\n甘肃省 “ 十四五 ” 生态环境保护规划的通知\n各市、自治州人民政府,兰州新区管委会,省政府各部门:\n"
        + "«甘肃省 “十 四 五” 生 态 环 境 保 护 规 划» 已 经 省 政 府 同 意,\n现印发给你们,请认真抓好贯彻落实.\n"
        + "甘肃省人民政府办公厅\n２０２１ 年 １１ 月 ２７ 日\n(此件公开发布)\n— １ —\n甘肃省 “ 十四五 ” 生态环境保护规划\n"));
  }

  @Test
  void theImprintAtTheEnd() {
    // env_carbon_plans_pdf/451 and /468: 抄送 …, the issuing office, the day it was printed
    String body = "德州市“十四五”生态环境保护规划\n第一章 发展基础\n" + "“十三五”以来，全市生态环境质量持续改善。\n".repeat(30);
    assertEquals(LocalDate.of(2022, 1, 14), date(body + "抄送：市委有关部门，市人大常委会办公室，市政协办公室，市\n"
        + "监委，市法院，市检察院。\n各民主党派市委（总支），市工商联。\n德州市人民政府办公室\n2022 年 1 月 14 日印发\n"));
    assertEquals(LocalDate.of(2021, 11, 25), date(body + "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，西安警备区。\n"
        + "西安市人民政府办公厅\n— 58 —\n2021 年 11 月 25 日印发\n"));
  }

  @Test
  void aGazetteRecordsTimeInRepublicOfChinaYears() {
    // tw_ly_gazette/ly_gazette_3342, _3993: a spaced label without colon, Chinese or Arabic numerals
    assertEquals(LocalDate.of(2004, 2, 6), date("# 院會紀錄\n\n院會紀錄\n\n一、立法院第五屆第五會期第一次會議紀錄\n\n"
        + "時　　間　中華民國九十三年二月六日（星期五）上午十時六分、二月十日（星期二）上午九時五分\n\n地　　點　本院議場\n"));
    String record = "立法院公報　第101卷　第52期　院會紀錄\n\n立法院第8屆第2會期第2次會議紀錄\n\n"
        + "時　　間　中華民國101年9月28日（星期五）上午10時4分\n\n地　　點　本院議場\n\n主　　席　王院長金平\n";
    // a letter quoted further down has a date field of its own: the header's wins
    assertEquals(LocalDate.of(2012, 9, 28), date(record + "報告事項\n".repeat(30) + "    發文日期：中華民國101年9月20日\n"));
    assertEquals(LocalDate.of(1949, 10, 1), DateFields.parseStart("民国三十八年十月一日"));
    assertNull(DateFields.parseStart("民国九十九年十三月一日"));
  }

  @Test
  void aDateFieldGluedToTheFieldBeforeIt() {
    // env_carbon_plans_pdf/231: the source's value runs into 时间：; the signature below is a day earlier
    assertEquals(LocalDate.of(2021, 4, 22), date("关于印发《辽宁省自然资源厅 2021 年度生态环境保护工作计划和措施清单》的通知\n"
        + "来源：国土空间生态修复处时间：2021-04-22 14:28:00\n\n厅机关各处室：\n辽宁省自然资源厅\n2021 年 4 月 21 日\n"));
    assertNull(date("会议时间：2024年3月1日")); // a meeting's time is no field of a page
  }

  @Test
  void aReadoutsLeadWithTheYearOfItsFileName() {
    String lead = "李克强主持召开国务院常务会议\n部署推进实施“十四五”规划《纲要》确定的重大工程项目\n"
        + "国务院总理李克强6月9日主持召开国务院常务会议，部署推进实施“十四五”规划《纲要》确定的重大工程项目。\n";
    assertEquals(LocalDate.of(2021, 6, 9), date(lead, "docs/d11_state_council_2021.txt"));
    assertNull(date(lead, "docs/state_council.txt"), "no year anywhere: no date");
    // central_meeting_notes/cewc_2016: a meeting of three days ends on the third
    assertEquals(LocalDate.of(2016, 12, 16), date("中央经济工作会议在北京举行\n"
        + "中央经济工作会议12月14日至16日在北京举行。习近平发表重要讲话。\n", "notes/cewc_2016.txt"));
    // a dateline; and a lead that writes its year needs no file name
    assertEquals(LocalDate.of(2022, 4, 20), date("国务院常务会议\n新华社北京4月20日电 国务院总理李克强4月20日主持召开国务院常务会议。\n",
        "2022_国务院常务会议.txt"));
    assertEquals(LocalDate.of(2020, 12, 18), date("中央经济工作会议\n中央经济工作会议2020年12月16日至18日在北京举行。\n"));
  }

  @Test
  void noDayNoDate() {
    // env_carbon_plans_pdf/459 and /82: a month below the title is not a day
    assertNull(date("常州市“十四五”生态环境保护规划\n\n二〇二一年十二月\n\n前\n\n言\n"));
    assertNull(date("琼府办﹝2021﹞36 号\n\n海南省“十四五”生态环境保护规划\n\n2021 年 7 月\n\n目\n\n录\n"));
    // ccgp_procurement_news: a press conference's day in a news item without any year
    assertNull(date("记者从国务院新闻办公室9月12日举行的“高质量完成‘十四五’规划”系列主题新闻发布会上了解到。\n"));
    // the signature of a notice quoted in the middle of a long text is that notice's
    String filler = "加强生态环境保护，推进减污降碳协同增效。\n".repeat(60);
    assertNull(date("淮南市“十四五”生态环境保护规划\n" + filler + "淮南市人民政府\n2018 年 6 月 5 日\n" + filler));
  }
}
