package org.zhengce.index;

/** A problem with the index itself — locked, damaged, missing — with a one-line reason. */
public final class IndexException extends Exception {

  private static final long serialVersionUID = 1L;

  public IndexException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
