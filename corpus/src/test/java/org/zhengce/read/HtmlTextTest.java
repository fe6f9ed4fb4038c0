package org.zhengce.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengce.structure.Layout;

class HtmlTextTest {

  private final HtmlText html = new HtmlText();

  @Test
  void separatesCellsByTabsAndRowsByLinesAndRecordsTheTable() {
    String page = "<html><body><p>附件：重点任务分工</p>\n<table border=1>\n<tbody>"
        + "<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>\n"
        + "<tr>\n  <td>1</td>\n  <td><p>制定大气污染防治整改方案</p></td>\n  <td> 市环保局 </td>"
        + "<td>市发改委</td><td>2017年6月底前</td></tr>\n"
        + "<tr><td>2</td><td>全面完成燃煤锅炉淘汰任务</td><td>市发改委</td><td></td><td>2017年10月底前</td></tr>"
        + "</tbody></table><p>各县区要抓好落实。</p></body></html>";
    HtmlText.Page p = html.extract(page);
    assertEquals("""
        附件：重点任务分工
        序号\t重点任务\t牵头单位\t配合单位\t完成时限
        1\t制定大气污染防治整改方案\t市环保局\t市发改委\t2017年6月底前
        2\t全面完成燃煤锅炉淘汰任务\t市发改委\t\t2017年10月底前
        各县区要抓好落实。""", p.text());
    Layout.Table table = p.layout().tables().get(0);
    List<List<String>> cells = table.rows().stream()
        .map(r -> r.cells().stream().map(c -> c.of(p.text())).toList()).toList();
    assertEquals(List.of(
        List.of("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
        List.of("1", "制定大气污染防治整改方案", "市环保局", "市发改委", "2017年6月底前"),
        List.of("2", "全面完成燃煤锅炉淘汰任务", "市发改委", "", "2017年10月底前")), cells);
    assertEquals("1\t制定大气污染防治整改方案\t市环保局\t市发改委\t2017年6月底前",
        table.rows().get(1).span().of(p.text()));
    assertEquals(p.text().indexOf("序号"), table.span().start());
    assertEquals(p.text().indexOf("\n各县区"), table.span().end());
  }

  @Test
  void flattensANestedTableIntoItsCell() {
    String page = "<table><tr><td>牵头单位</td><td><table><tr><td>市环保局</td></tr>"
        + "<tr><td>市发改委</td></tr></table></td></tr><tr><td>时限</td><td>年底前</td></tr></table>";
    HtmlText.Page p = html.extract(page);
    assertEquals("牵头单位\t市环保局 市发改委\n时限\t年底前", p.text());
    assertEquals(1, p.layout().tables().size());
    assertEquals(List.of("牵头单位", "市环保局 市发改委"),
        p.layout().tables().get(0).rows().get(0).cells().stream().map(c -> c.of(p.text())).toList());
  }

  @Test
  void aPageWithoutTablesHasNoLayout() {
    HtmlText.Page p = html.extract("<p>  要落实河长制。</p>");
    assertEquals("要落实河长制。", p.text());
    assertEquals(Layout.NONE, p.layout());
  }
}
