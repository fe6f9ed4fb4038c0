package org.zhengce.structure;

/**
 * The brackets an attribution or a note is written in: （ ） ( ) 〔 〕 【 】 [ ]. A switch, not a
 * search of a string, because every character of a document is asked. Stateless.
 */
final class Brackets {

  private Brackets() {}

  static boolean isOpen(char c) {
    return switch (c) {
      case '（', '(', '〔', '【', '[' -> true;
      default -> false;
    };
  }

  static boolean isClose(char c) {
    return switch (c) {
      case '）', ')', '〕', '】', ']' -> true;
      default -> false;
    };
  }
}
