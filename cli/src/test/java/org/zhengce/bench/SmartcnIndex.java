package org.zhengce.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The peer of {@code zhengce index} in {@code scripts/bench-index.sh}: a plain Lucene index of
 * the same files with SmartChineseAnalyzer (path and stored body with offsets), as a whole
 * process. Usage: {@code SmartcnIndex INDEX_DIR FILE_OR_FOLDER...}.
 */
public final class SmartcnIndex {

  public static void main(String[] args) throws Exception {
    try (FSDirectory dir = FSDirectory.open(Path.of(args[0]));
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new SmartChineseAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (int i = 1; i < args.length; i++) {
        try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
          for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
            Document d = new Document();
            d.add(new StringField("path", file.toString(), Field.Store.YES));
            d.add(new TextField("body", Files.readString(file, StandardCharsets.UTF_8), Field.Store.YES));
            writer.addDocument(d);
          }
        }
      }
      writer.commit();
    }
  }
}
