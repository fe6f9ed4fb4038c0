package org.zhengce.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengce.clean.DocumentMetadata.Script;
import org.zhengce.extract.Kind;

/** Each metadata field on short excerpts of real page headers and texts. */
class MetadataFieldsTest {

  private final MetadataExtractor extractor = new MetadataExtractor();

  private DocumentMetadata extract(String text) {
    return MetadataExtractorTest.extract(extractor, text);
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  private static LocalDate date(String text) {
    return DateFields.date(lines(text), -1);
  }

  @Test
  void dateFieldFormats() {
    assertEquals(LocalDate.of(2017, 8, 22), date("发布日期:2017-08-22"));
    assertEquals(LocalDate.of(2015, 7, 3), date("时间:2015-07-03 10:54:54来源:中国甘肃在线编辑:马;点击:"));
    assertEquals(LocalDate.of(2016, 6, 30), date("发布时间：2016年6月30日"));
    assertEquals(LocalDate.of(2016, 6, 30), date("成文日期：2016.06.30"));
    assertEquals(LocalDate.of(2016, 6, 30), date("日期: 2016/6/30"));
    assertEquals(LocalDate.of(2018, 2, 23), date("date: \"2018-02-23\""));
  }

  @Test
  void aFieldBeatsTheCrawlDateOnTop() {
    assertEquals(LocalDate.of(2016, 6, 30), date("2024-11-24 04:08:45\n\n韩正:标题\n"
        + "文章来源:解放日报    作者:    发布时间:2016-06-30 11:30    点击量:643"));
    assertEquals(LocalDate.of(2017, 8, 22),
        date("2024年09月03日 星期二\n\n我市召开专题会议\n\n发布日期:2017-08-22"));
  }

  @Test
  void aDateLineBelowTheTitle() {
    List<String> doc = lines("中共中央 国务院关于实施乡村振兴战略的意见\n（2018年1月2日）\n正文");
    assertEquals(LocalDate.of(2018, 1, 2), DateFields.date(doc, 0));
    List<String> signed = lines("巴中市人民政府\n二〇二一年十二月二十日\n");
    assertEquals(LocalDate.of(2021, 12, 20), DateFields.date(signed, 0));
  }

  @Test
  void noReliableDateIsNull() {
    assertNull(date("2024年09月03日 星期二\n\n我市召开专题会议"));
    assertNull(date("在2024年全市落实中央生态环境保护督察组交办信访问题研判会上的讲话"));
    assertNull(date("admin 分享 时间: 加入收藏 共计4521个字"));
    assertNull(date("发布时间:2016-02-30"));
    assertNull(date("会议时间：2024年3月1日")); // a meeting's time, not a date field
  }

  @Test
  void issuerFieldsStopAtTheNextField() {
    assertEquals("中国甘肃在线", HeaderFields.issuer(lines("时间:2015-07-03 10:54:54来源:中国甘肃在线编辑:马;点击:")));
    assertEquals("解放日报", HeaderFields.issuer(lines("文章来源:解放日报    作者:    发布时间:2016-06-30")));
    assertEquals("济南日报", HeaderFields.issuer(lines("发布日期:2017-08-22\n\n信息来源:济南日报")));
    assertEquals("国务院", HeaderFields.issuer(lines("发文机关：国务院")));
    assertEquals("新华社", HeaderFields.issuer(lines("（来源：新华社）")));
    assertNull(HeaderFields.issuer(lines("资金来源：财政拨款\n来源于群众")));
    assertNull(HeaderFields.issuer(lines("来源:    作者:")));
  }

  @Test
  void issuerIsNormalized() {
    assertEquals("中国甘肃在线", extract("標題:某某\n時間:2015-07-03來源:中國甘肅在線編輯:馬").issuer());
  }

  @Test
  void speakersByTitle() {
    assertEquals(List.of("韩正", "杨雄"),
        SpeakerFinder.find("上海市委书记韩正,市委副书记、市长杨雄7月2日来到金山区", List.of(), -1));
    assertEquals(List.of("王文涛", "王忠林"), SpeakerFinder.find(
        "省委副书记、市委书记王文涛出席会议并讲话，市委副书记、市长王忠林主持会议", List.of(), -1));
    assertEquals(List.of("韩正"), SpeakerFinder.find("市委书记韩正主持会议并强调", List.of(), -1));
    assertEquals(List.of("陈国鹰", "张桂生"), SpeakerFinder.find(
        "指导和支持。陈国鹰厅长亲自担任督察组组长，张桂生副组长和督察组的全体同志", List.of(), -1));
  }

  @Test
  void noSpeakersFromOfficesAlone() {
    assertEquals(List.of(), SpeakerFinder.find("我作为市委书记,将带头强化责任担当", List.of(), -1));
    assertEquals(List.of(), SpeakerFinder.find("市委书记和市长要亲自抓，书记全面负责", List.of(), -1));
    assertEquals(List.of(), SpeakerFinder.find("高举毛主席的旗帜，执行主席就座。", List.of(), -1));
  }

  @Test
  void speakersAtTheEdgesOfTheText() {
    assertEquals(List.of("杨雄"), SpeakerFinder.find("市长杨雄", List.of(), -1));
    assertEquals(List.of("陈国鹰"), SpeakerFinder.find("陈国鹰厅长", List.of(), -1));
    assertEquals(List.of(), SpeakerFinder.find("书记", List.of(), -1));
    assertEquals(List.of(), SpeakerFinder.find("市长\uD840\uDC00", List.of(), -1)); // 𠀀 is Han, no name
  }

  @Test
  void linesAndSpaces() {
    assertEquals(List.of("a", "b", "", "c", ""), MetadataExtractor.lines("a\r\nb\r\rc\n"));
    assertEquals(List.of(""), MetadataExtractor.lines(""));
    assertEquals("来源: 新华社 ", MetadataExtractor.plainSpaces("来源:\u3000新华社\u00a0"));
  }

  @Test
  void speakerOfAByline() {
    List<String> doc = lines("政府工作报告\n国务院总理\n 李克强\n各位代表：");
    assertEquals(List.of("李克强"), SpeakerFinder.find(String.join("\n", doc), doc, 0));
    List<String> spaced = lines("为夺取新时代中国特色社会主义伟大胜利\n\n习 近 平\n\n同志们：");
    assertEquals(List.of("习近平"), SpeakerFinder.find(String.join("\n", spaced), spaced, 0));
  }

  @Test
  void titles() {
    assertEquals("韩正与金山区官员座谈:认真负责地回应民众诉求", TitleFinder.find(lines(
        "您的位置:首页 > 资讯频道 > 国内资讯\n\n韩正与金山区官员座谈:认真负责地回应民众诉求\n\n"
        + "时间:2015-07-03 10:54:54来源:中国甘肃在线"), null).title());
    assertEquals("政府工作报告", TitleFinder.find(lines(
        "政府工作报\n告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n各位代表："), null).title());
    assertEquals("政府工作报告", TitleFinder.find(lines("政 府 工 作 报 告\n各位代表："), null).title());
    assertEquals("关于印发《巴中市“十四五”生态环境保护规划》的通知", TitleFinder.find(lines(
        "巴中市人民政府\n关于印发《巴中市“十四五”生态环境保护\n规划》的通知\n巴府发〔2021〕19 号"), null)
        .title());
    assertNull(TitleFinder.find(lines("各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。"), null)
        .title());
  }

  @Test
  void kinds() {
    assertEquals(Kind.REPORT, KindClassifier.classify("2026年上海市政府工作报告", ""));
    assertEquals(Kind.REPORT, KindClassifier.classify(null, "各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。"));
    assertEquals(Kind.SPEECH, KindClassifier.classify("在民营企业座谈会上的讲话", ""));
    assertEquals(Kind.SPEECH, KindClassifier.classify("讲话稿", "讲话稿\n同志们：\n今天我们召开会议。"));
    assertEquals(Kind.PLAN, KindClassifier.classify("关于印发《巴中市“十四五”生态环境保护规划》的通知", ""));
    assertEquals(Kind.PLAN, KindClassifier.classify("天津市“十四五”节能减排工作实施方案", ""));
    assertEquals(Kind.NOTICE, KindClassifier.classify("关于深入打好污染防治攻坚战的意见", ""));
    assertEquals(Kind.MEETING, KindClassifier.classify("李克强主持召开国务院常务会议", ""));
    assertEquals(Kind.MEETING,
        KindClassifier.classify("中央经济工作会议举行 习近平李克强作重要讲话", ""));
    assertEquals(Kind.NEWS, KindClassifier.classify("香港空气质素倒退", "记者报道。"));
  }

  @Test
  void scriptFromTheShareOfConvertedCharacters() {
    assertEquals(Script.SIMPLIFIED, MetadataExtractor.script(0.0));
    assertEquals(Script.SIMPLIFIED, MetadataExtractor.script(0.01));
    assertEquals(Script.MIXED, MetadataExtractor.script(0.08));
    assertEquals(Script.TRADITIONAL, MetadataExtractor.script(0.31));
    assertEquals("traditional", Script.TRADITIONAL.label());
    assertEquals("speech", Kind.SPEECH.label());
  }

  @Test
  void aTextHalfConvertedIsMixed() {
    String traditional = MetadataExtractorTest.seed("000_7f856751f97904c2.txt");
    String simplified = MetadataExtractorTest.seed("002_dfa6bb9ab80b81e2.txt");
    DocumentMetadata m = extract(traditional.substring(0, 2000) + "\n" + simplified);
    assertEquals(Script.MIXED, m.script());
  }

  @Test
  void placeNeedsTheTextToBeAboutIt() {
    // a national text naming places thinly has none
    assertNull(extract("国务院常务会议\n会议指出，中央经济工作会议在北京举行，支持香港、澳门融入国家发展大局。"
        + "全国各地区各部门要坚决贯彻党中央决策部署。我国经济长期向好。").place());
    assertEquals("衡水市", extract("我市召开会议\n衡水市委书记在会上强调，全市上下要狠抓落实。衡水市各县区要行动起来。")
        .place());
  }
}
