package org.zhengce.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.plugins.Plugin;
import org.opensearch.search.fetch.subphase.highlight.HighlightBuilder;
import org.opensearch.test.OpenSearchSingleNodeTestCase;

/**
 * A real OpenSearch 2.19 node inside the test, under its security manager, with the plugin: the
 * analyzer {@code zhengce} (built in for queries, configured with compounds for indexing), and a custom one of {@code html_strip}, {@code zhengce_normalize} and
 * the {@code zhengce} tokenizer with a user dictionary from the config directory. Three seeds in
 * two scripts are indexed; a query in either script finds them, highlights mark the original
 * characters. OpenSearch's test framework refuses root: {@code scripts/opensearch-it.sh} runs this
 * as an unprivileged user.
 */
public class ZhengceAnalysisIT extends OpenSearchSingleNodeTestCase {

  static final String[] SEEDS = {"001_b75ede0dfb48a4da.txt", "003_aed745ce6a21ca97.txt", "004_cde5e523752f718d.txt"};

  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    return pluginList(ZhengceAnalysisPlugin.class, CommonAnalysisPlugin.class);
  }

  private void createDocs() throws IOException {
    java.nio.file.Path config = Files.createDirectories(getInstanceFromNode(Environment.class).configFile());
    Files.writeString(config.resolve("zhengce-user.txt"),
        "# words a user adds\n雄安新区白洋淀 ns\n", StandardCharsets.UTF_8);
    Settings settings = Settings.builder()
        .put("analysis.tokenizer.zh_index.type", "zhengce")
        .put("analysis.tokenizer.zh_index.compounds", true)
        .put("analysis.tokenizer.zh_index.user_dictionary", "zhengce-user.txt")
        .put("analysis.tokenizer.zh_query.type", "zhengce")
        .put("analysis.tokenizer.zh_query.user_dictionary", "zhengce-user.txt")
        .putList("analysis.analyzer.zh_index.char_filter", "html_strip", "zhengce_normalize")
        .put("analysis.analyzer.zh_index.tokenizer", "zh_index")
        .putList("analysis.analyzer.zh_index.filter", "lowercase")
        .putList("analysis.analyzer.zh_query.char_filter", "html_strip", "zhengce_normalize")
        .put("analysis.analyzer.zh_query.tokenizer", "zh_query")
        .putList("analysis.analyzer.zh_query.filter", "lowercase")
        .put("analysis.analyzer.zh_plain.type", "zhengce")
        .put("analysis.analyzer.zh_plain.compounds", true)
        .build();
    createIndex("docs", settings, null,
        "body", "type=text,analyzer=zh_index,search_analyzer=zh_query,index_options=offsets",
        "plain", "type=text,analyzer=zh_plain,search_analyzer=zhengce");
    for (String seed : SEEDS) {
      String text = seed(seed);
      client().prepareIndex("docs").setId(seed.substring(0, 3))
          .setSource("body", text, "plain", text).get();
    }
    client().admin().indices().prepareRefresh("docs").get();
  }

  static String seed(String name) throws IOException {
    try (InputStream in = ZhengceAnalysisIT.class.getClassLoader().getResourceAsStream("seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public void testAnalyzerBehindHtmlStripKeepsOriginalOffsets() throws IOException {
    createDocs();
    List<AnalyzeAction.AnalyzeToken> tokens = client().admin().indices()
        .prepareAnalyze("docs", "<p><b>河長制</b>和環(huán)保督察</p>").setAnalyzer("zh_query").get().getTokens();
    assertEquals(List.of("河长制", "和", "环保督察"), tokens.stream().map(AnalyzeAction.AnalyzeToken::getTerm).toList());
    assertEquals(6, tokens.get(0).getStartOffset());
    assertEquals(14, tokens.get(2).getStartOffset());
    assertEquals(24, tokens.get(2).getEndOffset());
  }

  public void testUserDictionaryFromTheConfigDirectory() throws IOException {
    createDocs();
    List<String> terms = client().admin().indices().prepareAnalyze("docs", "推进雄安新区白洋淀综合治理")
        .setAnalyzer("zh_query").get().getTokens().stream().map(AnalyzeAction.AnalyzeToken::getTerm).toList();
    assertEquals(List.of("推进", "雄安新区白洋淀", "综合治理"), terms);
  }

  public void testQueriesInEitherScriptFindAllThreeSeeds() throws IOException {
    createDocs();
    for (String query : new String[] {"环境保护督察", "環境保護督察"}) {
      SearchResponse r = client().prepareSearch("docs").setQuery(QueryBuilders.matchPhraseQuery("body", query)).get();
      assertEquals(query, 3, r.getHits().getTotalHits().value);
      SearchResponse plain = client().prepareSearch("docs").setQuery(QueryBuilders.matchQuery("plain", query)).get();
      assertEquals(query, 3, plain.getHits().getTotalHits().value);
    }
  }

  public void testHighlightsLandOnTheOriginalCharacters() throws IOException {
    createDocs();
    SearchResponse r = client().prepareSearch("docs")
        .setQuery(QueryBuilders.matchPhraseQuery("body", "环境保护督察"))
        .highlighter(new HighlightBuilder().field("body").highlighterType("unified").numOfFragments(1))
        .get();
    assertEquals(3, r.getHits().getHits().length);
    for (var hit : r.getHits().getHits()) {
      String fragment = hit.getHighlightFields().get("body").fragments()[0].string();
      String expected = switch (hit.getId()) {
        case "001" -> "<em>環(huán)境保護督察</em>";
        case "003" -> "<em>環(huán)境保護(hù)督察</em>";
        default -> "<em>环境保护督察</em>";
      };
      assertTrue(hit.getId() + ": " + fragment, fragment.contains(expected));
    }
  }
}
