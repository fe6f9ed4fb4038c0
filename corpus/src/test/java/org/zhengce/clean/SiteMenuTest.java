package org.zhengce.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.read.ReadException;

/** A web page's menus are navigation, left out of analysis; short lines inside the text are not. */
class SiteMenuTest {

  private static final DocumentPipeline PIPELINE = DocumentPipeline.standard();

  /** The head of xi_speeches_html/ARTI1513767487382671.txt, as the page gives it. */
  private static final String PAGE = "中央经济工作会议举行 习近平李克强作重要讲话_共产党员网\n"
      + "\t\t\t\t共产党员网首页\n\t\t\t\t手机版\n\t\t\t        欢迎使用手机浏览\n\t\t\t\t\t\t\t组工软件下载\n"
      + "\t\t\t\t\t\t\t\t用户中心\n\t\t\t\t\t\t\t\t我的投稿\n\t\t\t\t\t\t\t\t我的问答\n\n\t\t\t\t思想理论\n\t\t\t\t党章党规\n"
      + "\t\t\t\t党的历史\n\t\t\t\t先进典型\n\t\t\t\t\t网站首页\n\t\t\t\t\t组织工作\n\t\t\t\t\t人事任免\n"
      + "\t\t\t\t\t\t\t\t\t   中央经济工作会议举行 习近平李克强作重要讲话\n"
      + "  12月18日至20日，中央经济工作会议在北京举行。中共中央总书记、国家主席、中央军委主席习近平发表重要讲话。\n"
      + "  会议认为，党的十八大以来，我国经济发展取得历史性成就、发生历史性变革，为其他领域改革发展提供了重要物质条件。\n";

  private static CleanDocument clean(String text) throws ReadException {
    return PIPELINE.clean(PIPELINE.read("page.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aMenuBeforeTheTextIsNavigation() throws ReadException {
    CleanDocument doc = clean(PAGE);
    String analysed = doc.text().normalized();
    for (String entry : new String[] {"共产党员网首页", "手机版", "组工软件下载", "我的投稿", "党章党规", "人事任免"}) {
      assertFalse(analysed.contains(entry), entry + " in " + analysed);
    }
    assertTrue(analysed.contains("会议认为，党的十八大以来"));
    assertTrue(doc.flags().contains("boilerplate"));
  }

  @Test
  void shortLinesInsideTheTextStay() throws ReadException {
    String body = "为深入打好污染防治攻坚战，结合本市实际，制定本方案，各区各部门要认真贯彻落实，确保各项任务按期完成。\n";
    String cells = "大气环境\n水环境\n土壤环境\n生态保护\n固体废物\n噪声污染\n辐射安全\n";
    CleanDocument doc = clean(body + cells + body);
    assertTrue(doc.text().normalized().contains("土壤环境\n生态保护"), doc.text().normalized());
  }
}
