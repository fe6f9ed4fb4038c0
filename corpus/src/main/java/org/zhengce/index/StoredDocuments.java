package org.zhengce.index;

import static org.zhengce.index.IndexFields.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;

/**
 * What the index stores of its documents, read for {@link CorpusSearcher}: every document's
 * records for comparisons, and one document by its id or any spelling of its path. Stateless.
 */
final class StoredDocuments {

  private static final Set<String> RECORD_FIELDS = Set.of(PATH, TITLE, PLACE, YEAR, KIND, RECORDS);

  private StoredDocuments() {}

  /** Every document's stored place, year, title and records, in index order. */
  static List<CorpusSearcher.Stored> all(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<CorpusSearcher.Stored> out = new ArrayList<>();
    Bits live = MultiBits.getLiveDocs(reader);
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Document d = stored.document(doc, RECORD_FIELDS);
      String year = d.get(YEAR);
      out.add(new CorpusSearcher.Stored(d.get(PATH), d.get(TITLE), d.get(PLACE),
          year == null ? null : Integer.valueOf(year), d.get(KIND), StoredRecords.read(d.getField(RECORDS))));
    }
    return out;
  }

  /** The stored fields of the document with this id or path (any spelling of it), or null. */
  static Map<String, Object> show(IndexSearcher searcher, String idOrPath) throws IOException {
    List<Term> keys = new ArrayList<>(List.of(new Term(ID, idOrPath), new Term(PATH, idOrPath)));
    spellings(idOrPath).forEach(p -> keys.add(new Term(PATH, p)));
    for (Term key : keys) {
      TopDocs hits = searcher.search(new TermQuery(key), 1);
      if (hits.scoreDocs.length > 0) {
        Document d = searcher.getIndexReader().storedFields().document(hits.scoreDocs[0].doc);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : new String[] {ID, PATH, TITLE, DATE, PLACE, ISSUER, KIND, SCRIPT}) {
          out.put(f, d.get(f));
        }
        out.put("speakers", List.of(d.getValues(SPEAKER)));
        out.put("flags", List.of(d.getValues(FLAG)));
        out.put(RECORDS, StoredRecords.json(d.getField(RECORDS)));
        return out;
      }
    }
    return null;
  }

  /** The canonical and the absolute spelling of a path, as the index may hold it. */
  private static List<String> spellings(String path) {
    List<String> out = new ArrayList<>();
    try {
      Path p = Path.of(path);
      if (Files.exists(p)) {
        out.add(p.toRealPath().toString());
      }
      out.add(p.toAbsolutePath().normalize().toString());
    } catch (IOException | RuntimeException notAPath) {
      // an id, or a path of another system: looked up as given
    }
    return out;
  }
}
