package org.zhengce.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhengce.format.Checklist;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;

/**
 * The marked text and the checklist's HTML on an excerpt of seed 004 as the site served it: its
 * site banner and header line (noise), then a sentence whose commitment holds a deadline and two
 * targets.
 */
class MarkedTextTest {

  private static final String EXCERPT = "文似观山不喜平 — — 观山文库◆记住我,来上我~\n\n"
      + "在省环境保护督察组督察衡水市情况反馈会上的讲话\n\n"
      + "admin 分享 时间: 加入收藏 共计4521个字,预计阅读时长16分钟\n\n"
      + "要继续围绕\"治煤、治尘、治气\"三大核心任务,深入实施六大防治工程,确保今年PM2.5平均浓度下降10%,"
      + "PM10平均浓度下降12%以上。各县市区要在6月底前制定整改方案。\n";

  private static ProcessedDocument processed() throws Exception {
    DocumentPipeline pipeline = DocumentPipeline.standard();
    return pipeline.process(pipeline.read("004.txt", EXCERPT.getBytes(StandardCharsets.UTF_8)));
  }

  /** The text of the marked HTML without its tags, unescaped. */
  private static String text(String html) {
    return html.replaceAll("<[^>]+>", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&");
  }

  @Test
  void theOriginalStaysWholeAndEachRecordIsMarkedWhereItStands() throws Exception {
    ProcessedDocument p = processed();
    String html = MarkedText.html(p.document(), p.extraction(), "PM10平均浓度下降12%以上");
    assertEquals(EXCERPT, text(html), "every character of the original, once, in order");
    assertTrue(html.startsWith("<span class=\"noise\" title=\"left out of analysis: "), html);
    Matcher target = Pattern.compile("<span class=\"c t\" title=\"[^\"]*target (t\\d) · PM2.5平均浓度 decrease 10%\">"
        + "PM2.5平均浓度下降10%</span>").matcher(html);
    assertTrue(target.find(), html);
    assertTrue(html.contains("<a class=\"anchor\" id=\"r-" + target.group(1) + "\"></a>"));
    assertTrue(Pattern.compile("<span class=\"c d\"[^>]*>今年</span>").matcher(html).find(), "the deadline inside");
    assertTrue(Pattern.compile("<a class=\"anchor\" id=\"focus\"></a><span class=\"c t focus\"[^>]*>PM10平均浓度下降12%以上"
        + "</span>").matcher(html).find(), "the quote followed from a comparison");
    assertTrue(Pattern.compile("<span class=\"c p\"[^>]*>各县市区</span>").matcher(html).find(), html);
    assertTrue(Pattern.compile("<span class=\"c d\"[^>]*>6月底前</span>").matcher(html).find(), html);
  }

  @Test
  void markupInTheTextStaysText() throws Exception {
    DocumentPipeline pipeline = DocumentPipeline.standard();
    String text = "关于<script>alert(1)</script>的通知\n各单位要在6月底前报送\"整改清单\"。\n";
    ProcessedDocument p = pipeline.process(pipeline.read("x.txt", text.getBytes(StandardCharsets.UTF_8)));
    String html = MarkedText.html(p.document(), p.extraction(), null);
    assertTrue(!html.contains("<script>") && html.contains("&lt;script&gt;"), html);
    assertEquals(text, text(html));
  }

  @Test
  void theChecklistKeepsItsGroupsItemsAndQuotes() throws Exception {
    ProcessedDocument p = processed();
    String markdown = Checklist.of(p.document(), p.extraction());
    String html = ChecklistHtml.of(markdown);
    long items = markdown.lines().filter(l -> l.startsWith("- [ ] ")).count();
    assertEquals(items, Pattern.compile("<li><label><input type=\"checkbox\">").matcher(html).results().count());
    assertEquals(markdown.lines().filter(l -> l.startsWith("## ")).count(), html.split("<h3>").length - 1);
    assertTrue(html.contains("<h3>各县市区</h3>"), html);
    assertTrue(html.contains("<strong>在6月底前制定整改方案</strong> · 期限 6月底前</label><blockquote>各县市区要在6月底前"
        + "制定整改方案</blockquote>"), html);
    assertTrue(!html.contains("# ") && !html.contains("**"), "no Markdown left");
  }
}
