package org.zhengce.normalize;

/** A converted text and the pieces that map it back to its input. */
record Converted(String text, Pieces pieces) {

  /** This conversion followed by {@code next}, which converted {@link #text}. */
  Converted then(Converted next) {
    return new Converted(next.text, pieces.then(next.pieces));
  }

  void appendTo(StringBuilder out, Pieces all) {
    out.append(text);
    all.append(pieces);
  }
}
