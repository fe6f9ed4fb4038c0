package org.zhengce.serve;

/**
 * A request the server answers with an error page (or, under {@code /api/}, an error object): an
 * HTTP status and one clear sentence for the reader. The server goes on serving.
 */
final class PageException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int status;

  PageException(int status, String sentence) {
    super(sentence);
    this.status = status;
  }

  int status() {
    return status;
  }

  static PageException badRequest(String sentence) {
    return new PageException(400, sentence);
  }

  static PageException notFound(String sentence) {
    return new PageException(404, sentence);
  }
}
