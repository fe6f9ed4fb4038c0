package org.zhengce.segment;

/**
 * One word of a segmented text: its characters, its UTF-16 span in the text that was segmented
 * and its part of speech (HanLP's tag set: {@code n}, {@code v}, {@code ns} place, {@code nt}
 * organization, {@code m} number, {@code mq} number with unit, {@code w} punctuation …).
 */
public record Token(String text, int start, int end, String pos) {

  public Token {
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("token " + text + " does not fit [" + start + ", " + end + ")");
    }
  }

  public boolean isPunctuation() {
    return pos.startsWith("w");
  }
}
