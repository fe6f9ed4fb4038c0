package org.zhengce.pipeline;

import org.zhengce.clean.CleanDocument;
import org.zhengce.extract.DocumentContext;
import org.zhengce.extract.Extraction;

/**
 * A document through the whole pipeline: cleaned (noise, flags, metadata, the normalized text with
 * its offset map), the context extraction read it in, and its records. Immutable.
 */
public record ProcessedDocument(CleanDocument document, DocumentContext context,
    Extraction extraction) {}
