package org.zhengce.normalize;

import java.util.List;
import org.zhengce.text.NormalizedText;
import org.zhengce.text.TextNormalizer;

/**
 * zhengce's normalization chain, wired in one place: masked regions out, pinyin annotations
 * repaired, full-width folded, traditional script converted to simplified, the page layout
 * repaired (wrapped lines joined, page furniture out, converter spaces folded). Every stage keeps the
 * offset map, so any span of the result leads back to the original. Built once per process (the
 * script dictionaries are loaded once); immutable and thread-safe.
 */
public final class Normalization {

  private final PinyinAnnotationRepair pinyin = new PinyinAnnotationRepair();
  private final TextNormalizer chain;

  public Normalization(ScriptConverter script) {
    this.chain = pinyin.andThen(new WidthFolder()).andThen(script).andThen(new LayoutRepair());
  }

  /** The chain with the standard script conversion. */
  public static Normalization standard() {
    return Holder.STANDARD;
  }

  /** The whole original, normalized. */
  public NormalizedText normalize(String original) {
    return chain.apply(original);
  }

  /** The original without the {@code masked} regions, normalized. */
  public NormalizedText normalize(String original, List<RegionMask.Cut> masked) {
    if (masked.isEmpty()) {
      return normalize(original);
    }
    return chain.apply(new RegionMask(masked).apply(original));
  }

  /** A short derived string (a title, a name) normalized the same way. */
  public String normalizeString(String s) {
    return s == null ? null : normalize(s).normalized();
  }

  /** Share of Han characters in {@code text} that are traditional forms (0 for simplified text). */
  public double traditionalShare(String text) {
    return ScriptConverter.traditionalShare(text);
  }

  /** Whether the original carries the {@code 環(huán)} pinyin artifact. */
  public boolean hasPinyinAnnotations(String original) {
    return pinyin.appliesTo(original);
  }

  private static final class Holder {
    static final Normalization STANDARD = new Normalization(ScriptConverter.standard());
  }
}
