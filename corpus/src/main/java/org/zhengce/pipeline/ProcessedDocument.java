package org.zhengce.pipeline;

import java.util.List;
import org.zhengce.clean.CleanDocument;
import org.zhengce.extract.DocumentContext;
import org.zhengce.extract.Extraction;

/**
 * A document through the whole pipeline: cleaned (noise, flags, metadata, the normalized text with
 * its offset map), the context extraction read it in, its records, and — when the caller asked
 * for them ({@link DocumentPipeline#processWithWords}, the indexer) — every word of the document
 * in original offsets, from the one segmentation extraction made; otherwise no words. Immutable.
 */
public record ProcessedDocument(CleanDocument document, DocumentContext context,
    Extraction extraction, List<SourceToken> words) {

  public ProcessedDocument {
    words = List.copyOf(words);
  }
}
