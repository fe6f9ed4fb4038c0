package org.zhengce.clean;

import java.util.List;
import org.zhengce.read.Document;
import org.zhengce.text.NormalizedText;

/**
 * A document ready for analysis: the document as read, its noise regions, its flags
 * ({@code truncated}, {@code garbled}, {@code annotated-pinyin}, {@code boilerplate}), its
 * metadata, and the normalized text of the regions that are analysed, whose offset map leads back
 * to {@code document.original()}.
 */
public record CleanDocument(Document document, List<Noise> noise, List<String> flags,
    DocumentMetadata metadata, NormalizedText text) {

  public CleanDocument {
    noise = List.copyOf(noise);
    flags = List.copyOf(flags);
  }

  public String original() {
    return document.original();
  }
}
