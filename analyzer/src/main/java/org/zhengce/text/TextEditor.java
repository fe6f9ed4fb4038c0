package org.zhengce.text;

/**
 * Writes a normalized text from left to right over its input, building the {@link OffsetMap} at
 * the same time. A normalizer calls {@link #keep} for input it copies, {@link #replace} for input
 * it rewrites and {@link #map} for input rewritten character for character. Not thread-safe: one
 * editor per text.
 */
public final class TextEditor {

  private final String input;
  private final StringBuilder out;
  private OffsetMap.Builder offsets = OffsetMap.builder();
  private OffsetMap done;
  private int position;
  private boolean changed;

  public TextEditor(String input) {
    this.input = input;
    this.out = new StringBuilder(input.length());
  }

  /** How much of the input has been written so far. */
  public int position() {
    return position;
  }

  /** Copies input up to {@code end} unchanged. */
  public TextEditor keepUntil(int end) {
    return keep(end - position);
  }

  /** Copies the next {@code n} input characters unchanged. */
  public TextEditor keep(int n) {
    check(n);
    out.append(input, position, position + n);
    offsets.keep(n);
    position += n;
    return this;
  }

  /** Replaces the next {@code n} input characters by {@code replacement}, as a whole. */
  public TextEditor replace(int n, CharSequence replacement) {
    check(n);
    if (n == replacement.length() && input.regionMatches(position, replacement.toString(), 0, n)) {
      return keep(n);
    }
    out.append(replacement);
    offsets.replace(n, replacement.length());
    position += n;
    changed = true;
    return this;
  }

  /**
   * Replaces the next {@code replacement.length()} input characters character for character, so
   * that each output position maps to the input position under it.
   */
  public TextEditor map(CharSequence replacement) {
    int n = replacement.length();
    check(n);
    out.append(replacement);
    offsets.keep(n);
    position += n;
    changed |= !input.regionMatches(position - n, replacement.toString(), 0, n);
    return this;
  }

  /** Copies whatever input is left. */
  public TextEditor keepRest() {
    if (done == null) {
      keep(input.length() - position);
    }
    return this;
  }

  void replaceAll(NormalizedText done) {
    if (position != 0) {
      throw new IllegalStateException("replaceAll on a started editor");
    }
    out.append(done.normalized());
    this.done = done.offsets();
    position = input.length();
  }

  /** Whether anything written so far differs from the input. */
  public boolean changed() {
    return changed || done != null;
  }

  public String text() {
    return out.toString();
  }

  public OffsetMap offsets() {
    return done != null ? done : offsets.build();
  }

  private void check(int n) {
    if (done != null) {
      throw new IllegalStateException("editor already complete");
    }
    if (n < 0 || position + n > input.length()) {
      throw new IllegalArgumentException(
          "cannot take " + n + " chars at " + position + " of " + input.length());
    }
  }
}
