package org.zhengce.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhengce.normalize.LayoutRepair;
import org.zhengce.normalize.Normalization;
import org.zhengce.normalize.RegionMask;
import org.zhengce.read.Document;
import org.zhengce.text.NormalizedText;
import org.zhengce.text.Span;

/**
 * The second stage of the pipeline, in one place: a {@link Document} as read becomes a {@link
 * CleanDocument}. The whole original is normalized once, to find noise and metadata; the noise
 * is then cut out of the normalized whole for analysis, the offset map still leading back to the
 * original. Immutable and thread-safe; build once.
 */
public final class DocumentCleaner {

  /** Flags in the order records.md lists them. */
  private static final List<String> FLAG_ORDER =
      List.of("truncated", "garbled", "annotated-pinyin", "boilerplate");

  private final Normalization normalization;
  private final NoiseScanner noiseScanner = new NoiseScanner();
  private final LayoutRepair layout = new LayoutRepair();
  private final MetadataExtractor metadataExtractor;

  public DocumentCleaner(Normalization normalization, MetadataExtractor metadataExtractor) {
    this.normalization = normalization;
    this.metadataExtractor = metadataExtractor;
  }

  /** The standard chain and metadata, loaded once per process. */
  public static DocumentCleaner standard() {
    return Holder.STANDARD;
  }

  public CleanDocument clean(Document document) {
    String original = document.original();
    NormalizedText full = normalization.normalize(original);
    List<Noise> noise = noiseScanner.scan(full);
    DocumentMetadata metadata = metadataExtractor.extract(original, full, document.htmlTitle(),
        normalization.traditionalShare(original), document.source());
    // the noise is cut out of the normalized whole, which spares a second normalization
    List<RegionMask.Cut> cuts = new ArrayList<>(noise.size());
    Set<String> present = new LinkedHashSet<>();
    int cutEnd = 0;
    for (Noise n : noise) {
      Span cut = full.offsets().toNormalized(n.span().start(), n.span().end());
      if (cut.start() >= cutEnd) {
        cuts.add(new RegionMask.Cut(cut, n.kind() != Noise.Kind.GARBLED));
        cutEnd = cut.end();
      }
      if (n.kind().flag() != null) {
        present.add(n.kind().flag());
      }
    }
    if (document.replacedBytes() > 0) {
      present.add("garbled"); // the U+FFFD are garbled noise, even inside a boilerplate region
    }
    if (normalization.hasPinyinAnnotations(original)) {
      present.add("annotated-pinyin");
    }
    // page numbers and running headers are gone from the normalized text already: noise, no cut
    List<Noise> all = new ArrayList<>(noise);
    for (Span furniture : layout.furniture(original)) {
      all.add(new Noise(furniture, Noise.Kind.PAGE_FURNITURE, "page number or running header"));
      present.add(Noise.Kind.PAGE_FURNITURE.flag());
    }
    all.sort(java.util.Comparator.comparing(Noise::span));
    List<String> flags = FLAG_ORDER.stream().filter(present::contains).toList();
    NormalizedText analysed = new RegionMask(cuts).apply(full);
    return new CleanDocument(document, all, flags, metadata, analysed);
  }

  /** The whole original normalized, noise included. */
  public NormalizedText normalizeAll(Document document) {
    return normalization.normalize(document.original());
  }

  private static final class Holder {
    static final DocumentCleaner STANDARD =
        new DocumentCleaner(Normalization.standard(), new MetadataExtractor());
  }
}
