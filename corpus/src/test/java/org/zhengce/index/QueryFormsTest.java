package org.zhengce.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;

/**
 * What a researcher's query finds over sentences of ../shared/corpus: the words of an unspaced
 * chunk near each other first, a compound the text writes apart, abbreviations and full forms both
 * ways, a name with the ending the text joins to it, a number with its unit, either script.
 */
class QueryFormsTest {

  @TempDir static Path dir;
  private static CorpusSearcher searcher;
  private static final CorpusSearcher.Filters NONE = new CorpusSearcher.Filters(null, null, null, null);

  /** File name → text: sentences of the corpus documents named in each comment. */
  private static final String[][] DOCS = {
      // env_carbon_plans_pdf/413、白银市“十四五”生态环境保护规划
      {"baiyin.txt", "开展“散乱污”企业排查，督促12家涉气“散乱污”企业完成整治。"},
      // env_carbon_plans_pdf/527、河南省坚决遏制“两高”项目盲目发展行动方案
      {"henan.txt", "关于印发河南省坚决遏制“两高”项目盲目发展行动方案的通知"},
      // central_meeting_notes/cewc_2020-12-18
      {"cewc.txt", "八是做好碳达峰、碳中和工作。我国二氧化碳排放力争2030年前达到峰值。"},
      // city_gwr_2024/2024_合肥_政府工作报告
      {"hefei.txt", "绿色转型步伐加快，“双碳”工作稳步推进，光伏并网容量稳居省会城市第一。"},
      // national_gwr/2021_国务院_政府工作报告
      {"gwr2021.txt", "国民经济和社会发展第十四个五年规划和2035年远景目标纲要（草案）"},
      // city_gwr_2024/2024_天门_政府工作报告
      {"tianmen.txt", "建成区绿化覆盖率达40.7%。严格落实河湖长制，全面推进林长制。"},
      // env_carbon_plans_pdf/463、大同市“十四五”生态环境保护规划
      {"datong.txt", "作为企业负责人业绩考核的重要内容，实行“一票否决制”。"},
      // national_gwr/2019_国务院_政府工作报告
      {"gwr2019.txt", "国内生产总值增长6%-6.5%；城镇新增就业1100万人以上，城镇调查失业率5.5%左右。"
          + "提高个人所得税起征点，设立6项专项附加扣除。"},
      // env_carbon_plans_pdf/442、三亚市“十四五”生态环境保护规划
      {"sanya.txt", "加快推进赤田水库流域生态补偿机制创新试点工作，通过设立绿色基金筹集资金。"},
      // xi_speeches_html/ARTI1576408087131257: 生态补偿 and 机制 far apart, and 机制 often
      {"speech.txt", "要从多方面健全区域协调发展新机制。要健全市场一体化发展机制，深化区域合作机制。"
          + "第五，全面建立生态补偿制度。要健全区际利益补偿机制，形成受益者付费的良性局面。"},
      // pkulaw_digital_policy/sd_7_2019-01-22
      {"jinan.txt", "设立济南市先进制造业和数字经济发展专项资金，市财政每年安排5亿元。"},
      // city_gwr_2024/2024_南京_政府工作报告
      {"nanjing.txt", "纵深推进长江大保护。持续抓好中央生态环保督察反馈问题整改。"},
      // xinwenlianbo/xwlb_20230815
      {"xwlb.txt", "中央生态环境保护督察制度成为推动地方党委和政府及其相关部门落实生态环境保护责任的硬招实招"},
      // five_year_plans/全国_第十一个五年规划纲要_2006: 生态 and 环境保护 in one sentence, not next to each other
      {"plan11.txt", "因地制宜发展资源环境可承载的特色产业，加强生态修复和环境保护，引导超载人口逐步有序转移。"},
  };

  @BeforeAll
  static void index() throws Exception {
    DocumentPipeline pipeline = DocumentPipeline.standard();
    try (CorpusIndex index = CorpusIndex.open(dir.resolve("index"))) {
      for (String[] doc : DOCS) {
        byte[] bytes = doc[1].getBytes(StandardCharsets.UTF_8);
        ProcessedDocument p = pipeline.process(pipeline.read(doc[0], bytes));
        index.put(doc[0], CorpusIndex.id(bytes), p.document(), p.extraction());
      }
    }
    searcher = CorpusSearcher.open(dir.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static List<String> paths(String query) throws IOException {
    return searcher.search(query, NONE, 10).hits().stream().map(CorpusSearcher.Hit::path).toList();
  }

  @Test
  void aCompoundIsAlsoFoundWrittenApart() throws IOException {
    assertEquals(List.of("baiyin.txt"), paths("散乱污企业"));
    assertEquals(List.of("henan.txt"), paths("两高项目"));
    assertEquals(List.of("henan.txt"), paths("\"两高项目\""));
  }

  @Test
  void aQuotedPhraseFindsItsWordsNextToEachOtherOnly() throws IOException {
    assertEquals(List.of("xwlb.txt"), paths("\"生态环境保护\""));
    assertEquals(List.of("xwlb.txt"), paths("\"落实生态环境保护责任\""));
    assertEquals(List.of(), paths("\"生态环境保护修复\""));
    assertTrue(paths("生态 环境保护").contains("plan11.txt"));
  }

  @Test
  void abbreviationsAndFullFormsFindEachOther() throws IOException {
    assertEquals(List.of("cewc.txt", "hefei.txt"), paths("双碳").stream().sorted().toList());
    assertEquals(List.of("cewc.txt", "hefei.txt"), paths("碳达峰碳中和").stream().sorted().toList());
    assertEquals(List.of("gwr2021.txt"), paths("十四五规划"));
    assertEquals(List.of("gwr2019.txt"), paths("个税"));
  }

  @Test
  void aPartFindsTheWholeButNotBack() throws IOException {
    assertEquals(List.of("tianmen.txt"), paths("河长制"));
    assertEquals(List.of(), paths("湾长制"));
  }

  @Test
  void aWordFindsItWithTheEndingTheTextJoinsToIt() throws IOException {
    assertEquals(List.of("jinan.txt"), paths("济南"));
    assertEquals(List.of("datong.txt"), paths("一票否决"));
  }

  @Test
  void aNumberFindsItWithItsUnit() throws IOException {
    assertEquals(List.of("gwr2019.txt"), paths("新增就业1100万"));
    assertEquals(List.of(), paths("新增就业11000"));
  }

  @Test
  void theWordsWrittenTogetherRankAboveTheWordsScattered() throws IOException {
    CorpusSearcher.Result r = searcher.search("生态补偿机制", NONE, 10);
    assertEquals(List.of("sanya.txt", "speech.txt"), r.hits().stream().map(CorpusSearcher.Hit::path).toList());
    assertTrue(r.hits().get(0).passages().get(0).contains("【生态补偿机制】"), r.hits().get(0).passages().toString());
  }

  @Test
  void eitherScriptFindsTheOther() throws IOException {
    assertEquals(List.of("nanjing.txt"), paths("長江大保護"));
    assertEquals(List.of("hefei.txt"), paths("雙碳 光伏"));
  }
}
