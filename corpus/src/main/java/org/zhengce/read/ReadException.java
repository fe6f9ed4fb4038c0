package org.zhengce.read;

/**
 * A file zhengce will not read, with the one-line reason a user sees: binary, empty, too large,
 * in no encoding it knows, or a PDF or Word file that is encrypted, broken or without text.
 */
public final class ReadException extends Exception {

  private static final long serialVersionUID = 1L;

  public ReadException(String reason) {
    super(reason);
  }

  public ReadException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
