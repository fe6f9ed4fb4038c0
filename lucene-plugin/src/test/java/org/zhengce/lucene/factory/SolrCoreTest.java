package org.zhengce.lucene.factory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.solr.SolrTestCaseJ4;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A real Solr core inside the build whose schema ({@code solr/collection1/conf/schema.xml}) names
 * the factories by SPI: {@code htmlStrip}, {@code zhengceNormalize}, {@code zhengce}. Three seeds,
 * two in traditional script (001 with the 環(huán) artifact, 003) and one in simplified (004), are
 * indexed; a query in either script finds all three, and highlights mark the characters of the
 * text as given.
 */
public class SolrCoreTest extends SolrTestCaseJ4 {

  static final String TRADITIONAL = "001_b75ede0dfb48a4da.txt";
  static final String TRADITIONAL_REPAIRED = "003_aed745ce6a21ca97.txt";
  static final String SIMPLIFIED = "004_cde5e523752f718d.txt";

  @BeforeClass
  public static void indexThreeSeeds() throws Exception {
    initCore("solrconfig.xml", "schema.xml", getFile("solr").toString());
    for (String seed : new String[] {TRADITIONAL, TRADITIONAL_REPAIRED, SIMPLIFIED}) {
      assertU(adoc("id", seed.substring(0, 3), "body", seed(seed)));
    }
    assertU(commit());
  }

  static String seed(String name) {
    try (InputStream in = SolrCoreTest.class.getClassLoader().getResourceAsStream("seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  public void aSimplifiedQueryFindsAllThreeScripts() {
    assertQ(req("q", "body:环境保护督察"), "//result[@numFound='3']");
  }

  @Test
  public void aTraditionalQueryFindsAllThreeScripts() {
    assertQ(req("q", "body:環境保護督察"), "//result[@numFound='3']");
  }

  @Test
  public void aWordOfOneScriptOnlyIsFoundOnlyThere() {
    assertQ(req("q", "body:衡水", "fl", "id"), "//result[@numFound='1']", "//str[@name='id'][.='004']");
  }

  @Test
  public void highlightsLandOnTheOriginalCharacters() {
    assertQ(req("q", "body:环境保护督察", "hl", "true", "hl.fl", "body", "hl.method", "unified",
            "hl.snippets", "1"),
        "//lst[@name='highlighting']/lst[@name='001']/arr[@name='body']/str[contains(., '<em>環(huán)境保護督察</em>')]",
        "//lst[@name='highlighting']/lst[@name='003']/arr[@name='body']/str[contains(., '<em>環(huán)境保護(hù)督察</em>')]",
        "//lst[@name='highlighting']/lst[@name='004']/arr[@name='body']/str[contains(., '<em>环境保护督察</em>')]");
  }
}
