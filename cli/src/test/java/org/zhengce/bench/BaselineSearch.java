package org.zhengce.bench;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A plain Lucene search to compare against: one analyzer indexing title and body of the same
 * documents in memory, Lucene's classic parser over both fields (title ×2, AND as default). Not
 * thread-safe; close when done.
 */
final class BaselineSearch implements Closeable {

  private final Analyzer analyzer;
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;

  /** Indexes {@code docs} (key → {title, body}) with {@code analyzer}. */
  BaselineSearch(Analyzer analyzer, Map<String, String[]> docs) throws IOException {
    this.analyzer = analyzer;
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Map.Entry<String, String[]> e : docs.entrySet()) {
        Document d = new Document();
        d.add(new StringField("path", e.getKey(), Field.Store.YES));
        d.add(new TextField("title", e.getValue()[0], Field.Store.NO));
        d.add(new TextField("body", e.getValue()[1], Field.Store.NO));
        writer.addDocument(d);
      }
    }
    reader = DirectoryReader.open(dir);
  }

  /** The keys of the first {@code n} documents for {@code query}; none when it does not parse. */
  List<String> search(String query, int n) throws IOException {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "body"}, analyzer,
        Map.of("title", 2f, "body", 1f));
    parser.setDefaultOperator(MultiFieldQueryParser.Operator.AND);
    List<String> ranked = new ArrayList<>();
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (ScoreDoc sd : searcher.search(parser.parse(query), n).scoreDocs) {
        ranked.add(reader.storedFields().document(sd.doc).get("path"));
      }
    } catch (ParseException e) {
      System.err.println("cannot parse " + query + ": " + e.getMessage().lines().findFirst().orElse(""));
    }
    return ranked;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}
