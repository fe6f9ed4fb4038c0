package org.zhengce.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengce.normalize.Normalization;

class NoiseScannerTest {

  private final NoiseScanner scanner = new NoiseScanner();

  private List<Noise> scan(String original) {
    return scanner.scan(Normalization.standard().normalize(original));
  }

  private static List<String> texts(String original, List<Noise> noise, Noise.Kind kind) {
    return noise.stream().filter(n -> n.kind() == kind).map(n -> n.span().of(original)).toList();
  }

  @Test
  void findsBreadcrumbsFootersAndRepeatedSiteNames() {
    String original = "您的位置:首頁 > 資訊頻道 > 國內資訊 > 各地資訊\n\n"
        + "韓正與金山區官員座談:認真負責地回應民眾訴求\n\n"
        + "時間:2015-07-03 10:54:54來源:中國甘肅在線編輯:馬;點擊:\n"
        + "     中新網7月3日電 據上海市金山區官方網站消息。\n"
        + "相關文章\n"
        + "中國甘肅在線關于我們|媒體合作|廣告服務|版權聲明|聯系我們|網站地圖|友情鏈接 | 友鏈申請\n"
        + "Copyright©2006-2019中國甘肅在線(甘肅地方門戶網). All Rights Reserved\n"
        + "中國甘肅在線 中國甘肅在線 中國甘肅在線 中國甘肅在線\n";
    List<Noise> noise = scan(original);
    List<String> boilerplate = texts(original, noise, Noise.Kind.BOILERPLATE);
    assertEquals(List.of("您的位置:首頁 > 資訊頻道 > 國內資訊 > 各地資訊", "相關文章",
        "中國甘肅在線關于我們|媒體合作|廣告服務|版權聲明|聯系我們|網站地圖|友情鏈接 | 友鏈申請",
        "Copyright©2006-2019中國甘肅在線(甘肅地方門戶網). All Rights Reserved",
        "中國甘肅在線 中國甘肅在線 中國甘肅在線 中國甘肅在線"), boilerplate);
    assertEquals(List.of("時間:2015-07-03 10:54:54來源:中國甘肅在線編輯:馬;點擊:"),
        texts(original, noise, Noise.Kind.METADATA));
  }

  @Test
  void leavesTheCellsOfAPdfTableAlone() {
    // 淮南市“十四五”生态环境保护规划, 表 1, as PDF text gives it: one cell a line
    String original = "指标名称\n\n2020 年\n\n2025 年\n\n1\n\n地表水达到或好于Ⅲ类水体比例\n（%）\n\n78\n\n87.5\n\n"
        + "约束性\n\n6\n\n地下水质量Ⅴ类水比例（%）\n\n—\n\n≤27.0\n\n预期性\n";
    assertEquals(List.of(), scan(original));
  }

  @Test
  void findsTruncationNoticesInsideLongLines() {
    String original = "但這些信訪問題如“鯁在喉”。 ……(快文網(wǎng)http://www.hancun.net省略808字,"
        + "正式會(huì)員可完整閱讀)…… (三)監(jiān)管執(zhí)法“寬松軟”。 信訪問題“當(dāng)下改”更要“長久立”, "
        + "……(未完,全文共3783字,當(dāng)前只顯示2102字,請閱讀下面提示信息。收藏在2024年全市…的講話) "
        + "上一篇:關(guān)于“以案促改”專題民主生活會(huì)召開情況的報(bào)告 下一篇:在2025年企業(yè)工會(huì)代表大會(huì)上的報(bào)告";
    List<Noise> noise = scan(original);
    assertEquals(List.of(
        "……(快文網(wǎng)http://www.hancun.net省略808字,正式會(huì)員可完整閱讀)……",
        "……(未完,全文共3783字,當(dāng)前只顯示2102字,請閱讀下面提示信息。收藏在2024年全市…的講話)"),
        texts(original, noise, Noise.Kind.TRUNCATION));
    assertTrue(texts(original, noise, Noise.Kind.BOILERPLATE).get(0).startsWith("上一篇:"));
  }

  @Test
  void findsGarbledCharacters() {
    String original = "聽取了金山區委、上;\ue1ee\ue62a^管委會和市環保局的匯報,提醒我們生態環(huán)!靶邪倮镎甙刖攀保,"
        + "需要\uFFFD\uFFFD運用行政手段,滯緩”;鶎訉θ罕娚鷳";
    List<Noise> noise = scan(original);
    assertEquals(List.of(";\ue1ee\ue62a^", "!", "\uFFFD\uFFFD", "θ"),
        texts(original, noise, Noise.Kind.GARBLED));
  }

  @Test
  void leavesOrdinaryTextAlone() {
    String original = "要确保整改时限,必须严格遵守普通转办案件3天内办结的要求。一是加强领导;二是落实责任!\n"
        + "(一)提高站位(修编)";
    assertEquals(List.of(), scan(original));
  }
}
