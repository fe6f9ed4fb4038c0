package org.zhengce.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;

/** A searcher kept open (the web page's) and the index a writer changes under it. */
class IndexSnapshotsTest {

  private static final CorpusSearcher.Filters NONE = new CorpusSearcher.Filters(null, null, null, null);
  private static final String HAILAR = "推进城市精细化管理，开展“散乱污”企业专项整治，全面实施“河长制”，扎实推进“两河”治理。";
  private static final String JINAN = "济南市坚持生态优先，全面落实河湖长制，完成“散乱污”企业整治1200家。";

  @TempDir Path dir;

  private static void put(CorpusIndex index, String name, String text) throws Exception {
    DocumentPipeline pipeline = DocumentPipeline.standard();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ProcessedDocument p = pipeline.process(pipeline.read(name, bytes));
    index.put(name, CorpusIndex.id(bytes), p.document(), p.extraction());
  }

  @Test
  void aSearcherKeptOpenSeesWhatIsCommittedAfterARefresh() throws Exception {
    Path index = dir.resolve("index");
    try (CorpusIndex writer = CorpusIndex.open(index)) {
      put(writer, "hailar.txt", HAILAR);
      writer.commit();
      try (CorpusSearcher searcher = CorpusSearcher.open(index)) {
        assertEquals(1, searcher.search("散乱污", NONE, 10).total());
        put(writer, "jinan.txt", JINAN);
        writer.commit();
        searcher.refresh();
        assertEquals(2, searcher.search("散乱污", NONE, 10).total());
        assertEquals(2, searcher.documents());
      }
    }
  }

  @Test
  void theFacetStateOfAReaderIsBuiltOnce() throws Exception {
    Path index = dir.resolve("index");
    try (CorpusIndex writer = CorpusIndex.open(index)) {
      put(writer, "hailar.txt", HAILAR);
    }
    try (IndexSnapshots snapshots = IndexSnapshots.open(index)) {
      FacetedSearcher first = snapshots.acquire();
      FacetedSearcher second = snapshots.acquire();
      try {
        assertSame(first, second);
        assertNotNull(first.facets());
        assertSame(first.facets(), second.facets());
      } finally {
        snapshots.release(first);
        snapshots.release(second);
      }
    }
  }
}
