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

  /**
   * A file of {@code format} that its library could not parse: {@code broken FORMAT: } and the
   * first line of the library's message, at most 100 characters (its type when it has none).
   */
  static ReadException broken(String format, Throwable cause) {
    String m = cause.getMessage();
    m = m == null ? "" : m.strip().lines().findFirst().orElse("").strip();
    if (m.isEmpty()) {
      m = cause.getClass().getSimpleName();
    }
    String reason = m.length() <= 100 ? m : m.substring(0, 99) + "…";
    return new ReadException("broken " + format + ": " + reason, cause);
  }
}
