package org.zhengce.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/** The fields of the corpus index, in one place: names, the body's field type, the facets. */
final class IndexFields {

  static final String ID = "id";
  static final String PATH = "path";
  static final String TITLE = "title";
  static final String BODY = "body";
  /** The pairs of common words next to each other in the body ({@link WordPairs}). */
  static final String PAIRS = "pairs";
  static final String DATE = "date";
  static final String YEAR = "year";
  static final String PLACE = "place";
  static final String KIND = "kind";
  static final String ISSUER = "issuer";
  static final String SPEAKER = "speaker";
  static final String SCRIPT = "script";
  static final String FLAG = "flag";
  static final String RECORDS = "records";
  static final String INDICATOR = "indicator";

  /** The body: analyzed, stored, with offsets in the postings for the highlighter. */
  static final FieldType BODY_TYPE = tokenized(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, true, false);

  /** The pairs: documents only, no norms. */
  static final FieldType PAIRS_TYPE = tokenized(IndexOptions.DOCS, false, true);

  private IndexFields() {}

  private static FieldType tokenized(IndexOptions options, boolean stored, boolean omitNorms) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(options);
    type.setStored(stored);
    type.setOmitNorms(omitNorms);
    type.freeze();
    return type;
  }

  /** Facets on place, year, kind, script and target indicators; several indicators a document. */
  static FacetsConfig facets() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(INDICATOR, true);
    return config;
  }
}
