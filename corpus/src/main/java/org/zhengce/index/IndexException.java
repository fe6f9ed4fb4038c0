package org.zhengce.index;

/** A problem with the index itself — locked, damaged, missing — with a one-line reason. */
public final class IndexException extends Exception {

  private static final long serialVersionUID = 1L;

  public IndexException(String reason, Throwable cause) {
    super(reason, cause);
  }

  /** The index in {@code dir} cannot be read: damaged, truncated, or of another Lucene version. */
  static IndexException unreadable(java.nio.file.Path dir, java.io.IOException cause) {
    return new IndexException("index " + dir + " is damaged or unreadable ("
        + cause.getClass().getSimpleName() + "); index the files again into a new directory", cause);
  }
}
