package org.zhengce.text;

/**
 * One normalization stage: reads a text and writes its normalized form through a {@link
 * TextEditor}, which records the offset map as it goes. Stages compose with {@link #andThen};
 * {@link #apply} runs a stage on an already normalized text and composes the maps, so every
 * position still leads back to the first original. Implementations are immutable and
 * thread-safe.
 */
@FunctionalInterface
public interface TextNormalizer {

  /** Writes the normalized form of {@code text} into {@code out}, covering all of the input. */
  void normalize(String text, TextEditor out);

  /** Normalizes {@code input.normalized()} and composes the offset maps. */
  default NormalizedText apply(NormalizedText input) {
    TextEditor editor = new TextEditor(input.normalized());
    normalize(input.normalized(), editor);
    editor.keepRest();
    if (!editor.changed()) {
      return input; // nothing to compose
    }
    OffsetMap stage = editor.offsets();
    return new NormalizedText(input.original(), editor.text(), input.offsets().andThen(stage));
  }

  /** Normalizes a fresh original. */
  default NormalizedText apply(String original) {
    return apply(NormalizedText.of(original));
  }

  /** This stage, then {@code next}. */
  default TextNormalizer andThen(TextNormalizer next) {
    TextNormalizer first = this;
    return new TextNormalizer() {
      @Override
      public void normalize(String text, TextEditor out) {
        NormalizedText mid = first.apply(text);
        NormalizedText done = next.apply(mid);
        out.replaceAll(done);
      }

      @Override
      public NormalizedText apply(NormalizedText input) {
        return next.apply(first.apply(input));
      }
    };
  }
}
