package org.zhengce.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * How much a decoded text looks like Chinese, for {@link EncodingDetector} to choose between
 * decodes of the same bytes: the mean, over the characters outside ASCII, of 3 for a frequent Han
 * character ({@code frequent-han.txt}), plus 1 for a Han character in the common part of the
 * encoding's repertoire (GB2312 level 1 for GB18030, Big5 level 1 for Big5), 1 for Chinese
 * punctuation and symbols, 0 for a rare Han character or a pinyin letter and -3 for anything else
 * (U+FFFD, private use, kana, Greek, Cyrillic, other Latin letters, box drawing): what a wrong
 * decode of GBK or Big5 bytes produces. Real Chinese scores 2.5 to 4 (the shared corpus and the seeds as GBK and as Big5:
 * 2.55 and more, median 3.3), a wrong decode of the same bytes below 0.5; {@code nonAscii} counts
 * the characters scored and {@code others} those that scored -3. Immutable and thread-safe.
 */
record ChineseScore(double mean, int nonAscii, int others) {

  /** The common part of an encoding's repertoire, which scores a little above rare characters. */
  enum Repertoire { GB, BIG5, ANY }

  private static final int FREQUENT = 3;
  private static final int COMMON = 1;
  private static final int SYMBOL = 1;
  private static final int OTHER = -3;
  /** Enough characters to judge a file; the rest is not read. */
  private static final int MAX_CHARS = 200_000;

  private static final String PINYIN = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ";
  private static final BitSet FREQUENT_HAN = readFrequent("frequent-han.txt");
  /** GB2312 level 1, the 3,755 common characters (B0A1–D7F9). */
  private static final BitSet GB_LEVEL_1 = repertoire("GB2312", 0xB0, 0xD7, 0xA1, 0xFE);
  /** Big5 level 1, the 5,401 common characters (A440–C67E). */
  private static final BitSet BIG5_LEVEL_1 = big5Level1();

  /** The score of a decoded text. */
  static ChineseScore of(String text, Repertoire repertoire) {
    long sum = 0;
    int counted = 0;
    int others = 0;
    int limit = Math.min(text.length(), MAX_CHARS);
    for (int i = 0; i < limit; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        continue;
      }
      counted++;
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && c != 0x3007) {
        sum += (FREQUENT_HAN.get(c) ? FREQUENT : 0) + (isCommon(c, repertoire) ? COMMON : 0);
      } else if (isChineseSymbol(c)) {
        sum += SYMBOL;
      } else if (!isPinyin(c)) {
        sum += OTHER;
        others++;
      }
    }
    return new ChineseScore(counted == 0 ? 0 : (double) sum / counted, counted, others);
  }

  /** Whether the text has only Han characters, Chinese symbols and pinyin outside ASCII. */
  boolean onlyChinese() {
    return others == 0 && nonAscii > 0;
  }

  private static boolean isCommon(int c, Repertoire repertoire) {
    return switch (repertoire) {
      case GB -> GB_LEVEL_1.get(c);
      case BIG5 -> BIG5_LEVEL_1.get(c);
      case ANY -> GB_LEVEL_1.get(c) || BIG5_LEVEL_1.get(c);
    };
  }

  /** Punctuation and symbols of Chinese text: 。，、“”《》（）——…·①Ⅱ℃％ and the like. */
  private static boolean isChineseSymbol(int c) {
    return (c >= 0x3000 && c <= 0x303F) // CJK symbols and punctuation, 〇
        || (c >= 0xFF01 && c <= 0xFF5E) || (c >= 0xFFE0 && c <= 0xFFE6) // full-width forms
        || (c >= 0x2010 && c <= 0x203B) // dashes, quotes, …, ‰, ※
        || (c >= 0x2100 && c <= 0x2199) // ℃, №, Ⅰ–Ⅻ, arrows
        || (c >= 0x2460 && c <= 0x24FF) || (c >= 0x3220 && c <= 0x3243) // ①, ⑴, ㈠
        || (c >= 0x25A0 && c <= 0x25FF) || c == 0x2605 || c == 0x2606 // ■□▲○●, ★☆
        || c == 0xA0 || c == 0xB7 || c == 0xD7 || c == 0xF7 || c == 0xB0 || c == 0xB1 || c == 0xA7
        || c == 0xFEFF;
  }

  /** Pinyin letters with tone marks, which annotate characters (環(huán)): neutral. */
  private static boolean isPinyin(int c) {
    return PINYIN.indexOf(c) >= 0;
  }

  private static BitSet readFrequent(String resource) {
    try (InputStream in = ChineseScore.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BitSet set = new BitSet();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(l -> !l.startsWith("#"))
          .forEach(l -> l.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(set::set));
      return set;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The characters of the two-byte codes lead × trail of a double-byte charset. */
  private static BitSet repertoire(String charset, int lead1, int lead2, int trail1, int trail2) {
    Charset cs = Charset.forName(charset);
    BitSet set = new BitSet();
    for (int lead = lead1; lead <= lead2; lead++) {
      for (int trail = trail1; trail <= trail2; trail++) {
        try {
          String s = cs.newDecoder().decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}))
              .toString();
          if (s.codePointCount(0, s.length()) == 1) {
            set.set(s.codePointAt(0));
          }
        } catch (CharacterCodingException e) {
          // an unassigned code: not in the repertoire
        }
      }
    }
    return set;
  }

  private static BitSet big5Level1() {
    BitSet set = repertoire("Big5", 0xA4, 0xC5, 0x40, 0x7E);
    set.or(repertoire("Big5", 0xA4, 0xC5, 0xA1, 0xFE));
    set.or(repertoire("Big5", 0xC6, 0xC6, 0x40, 0x7E));
    return set;
  }
}
