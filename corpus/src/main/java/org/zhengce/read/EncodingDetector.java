package org.zhengce.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a Chinese text file as UTF-8, GB18030 (a superset of GBK and GB2312) or
 * Big5, never as a single-byte Western or Cyrillic code page. A byte-order mark decides; else
 * strict UTF-8; else each of the three is decoded with U+FFFD for what it cannot read, and counts
 * only if it replaced at most {@value #BAD_PER_HUNDRED}% of the bytes ≥ 0x80 plus {@value
 * #BAD_SLACK}, and never more than a quarter of them (a stray byte, a character cut at the end).
 * GB18030 and Big5 decodes must also look like Chinese ({@link ChineseScore}); the highest score
 * wins, which tells GB18030 from Big5 for the same bytes, down to one character. Anything else is
 * refused in one line: "not Chinese text (looks like windows-1252)" for mostly ASCII Western text,
 * the same with juniversalchardet's guess for text in letters of another script (KOI8-R, EUC-KR),
 * else "cannot decode". Thread-safe.
 */
public final class EncodingDetector {

  /** The decoded text, the name of its encoding and how many bytes were replaced by U+FFFD. */
  public record Decoded(String text, String encoding, int replacedBytes) {
    public Decoded(String text, String encoding) {
      this(text, encoding, 0);
    }
  }

  /** Replaced bytes tolerated: this many per hundred bytes ≥ 0x80, plus the slack. */
  static final int BAD_PER_HUNDRED = 1;
  static final int BAD_SLACK = 3;
  /** Real Chinese scores 2.5 and more; wrong decodes, Korean or Japanese read as GB, below 1.5. */
  static final double MIN_SCORE = 2.0;
  /** A decode of at most this many characters outside ASCII is short, with a lower bar. */
  static final int MAX_SHORT = 8;
  static final double MIN_SHORT_SCORE = 1.0;
  /** UTF-8 of at most this many bytes may be GBK or Big5 that happens to be valid UTF-8. */
  static final int MAX_TINY_BYTES = 32;
  /** Text with at most this share of bytes ≥ 0x80 that is valid windows-1252 is Western text. */
  static final int MAX_WESTERN_HIGH_PERCENT = 30;
  /** Fewer bytes ≥ 0x80 are too few to name another language's encoding. */
  static final int MIN_LETTERS_TO_NAME = 16;

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5-HKSCS");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Set<String> CHINESE_OR_UNICODE = Set.of("GB18030", "GBK", "GB2312",
      "BIG5", "BIG5-HKSCS", "X-EUC-TW", "EUC-TW", "HZ-GB-2312", "ISO-2022-CN", "UTF-8", "UTF-16BE",
      "UTF-16LE", "UTF-32BE", "UTF-32LE");

  private record Attempt(Decoded decoded, double score) {}

  public Decoded decode(byte[] bytes) throws ReadException {
    Decoded bom = fromBom(bytes);
    if (bom != null) {
      return bom;
    }
    int tolerated = tolerated(highBytes(bytes, 0));
    Decoded utf8 = lenient(bytes, 0, StandardCharsets.UTF_8, "UTF-8", tolerated);
    if (utf8 != null && utf8.replacedBytes() == 0 && !mayBeLegacy(bytes, utf8.text())) {
      return utf8;
    }
    Attempt best = null;
    for (Attempt a : Arrays.asList( // nulls: decodes that do not count
        attempt(utf8, ChineseScore.Repertoire.ANY, false),
        attempt(lenient(bytes, 0, GB18030, "GB18030", tolerated), ChineseScore.Repertoire.GB, true),
        attempt(lenient(bytes, 0, BIG5, "Big5", tolerated), ChineseScore.Repertoire.BIG5, true))) {
      if (a != null && (best == null || a.score() > best.score())) { // ties: the earlier
        best = a;
      }
    }
    if (best == null) {
      throw refusal(bytes);
    }
    return best.decoded();
  }

  /**
   * A decode that counts: any UTF-8 decode (valid sequences are evidence enough), a GB18030 or
   * Big5 one only when it looks like Chinese: a score of {@value #MIN_SCORE}, or, for a few
   * characters cleanly decoded, nothing but Han characters and Chinese punctuation that score
   * {@value #MIN_SHORT_SCORE} (common characters: 政, 河长制; not rare ones alone: 鑫, 龘).
   */
  private static Attempt attempt(Decoded d, ChineseScore.Repertoire repertoire, boolean legacy) {
    if (d == null) {
      return null;
    }
    ChineseScore s = ChineseScore.of(d.text(), repertoire);
    boolean chinese = s.mean() >= MIN_SCORE
        || (s.mean() >= MIN_SHORT_SCORE && d.replacedBytes() == 0 && s.onlyChinese()
            && s.nonAscii() <= MAX_SHORT);
    return legacy && !chinese ? null : new Attempt(d, s.mean());
  }

  /**
   * Valid UTF-8 that is more likely GBK or Big5: a file of a few bytes whose only characters
   * outside ASCII are one or two letters that no Western language has (GBK 一 reads as UTF-8
   * Cyrillic һ, Big5 囧 as IPA ʨ; French où stays UTF-8).
   */
  private static boolean mayBeLegacy(byte[] bytes, String utf8) {
    if (bytes.length > MAX_TINY_BYTES) {
      return false;
    }
    int[] foreign = utf8.codePoints().filter(c -> c >= 0x80).toArray();
    return foreign.length >= 1 && foreign.length <= 2 && Arrays.stream(foreign).allMatch(c ->
        Character.isLetter(c) && (c < 0xC0 || c > 0x17F) // not Latin-1 or Latin Extended-A
            && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN);
  }

  /** How many replaced bytes a decode may have, given the bytes that only an encoding can read. */
  static int tolerated(int highBytes) {
    return Math.min(BAD_SLACK + highBytes * BAD_PER_HUNDRED / 100, highBytes / 4);
  }

  private static int highBytes(byte[] b, int from) {
    int n = 0;
    for (int i = from; i < b.length; i++) {
      if (b[i] < 0) {
        n++;
      }
    }
    return n;
  }

  private static ReadException refusal(byte[] bytes) {
    String looksLike = western(bytes) ? WINDOWS_1252.name() : otherLanguage(bytes);
    return new ReadException(looksLike != null ? "not Chinese text (looks like " + looksLike + ")"
        : "cannot decode: the bytes are neither UTF-8, GB18030/GBK nor Big5 Chinese text");
  }

  /** Mostly ASCII ({@value #MAX_WESTERN_HIGH_PERCENT}% bytes ≥ 0x80 at most) and valid windows-1252. */
  private static boolean western(byte[] bytes) {
    return highBytes(bytes, 0) * 100L <= bytes.length * (long) MAX_WESTERN_HIGH_PERCENT
        && lenient(bytes, 0, WINDOWS_1252, "", 0) != null;
  }

  /**
   * The encoding juniversalchardet proposes when it is not a Chinese one and its strict decode is
   * letters throughout (Cyrillic, Greek, Japanese, Korean), else null: random bytes are not, and
   * fewer than {@value #MIN_LETTERS_TO_NAME} bytes ≥ 0x80 are too few to tell.
   */
  private static String otherLanguage(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    detector.dataEnd();
    String proposed = detector.getDetectedCharset();
    if (proposed == null || !Charset.isSupported(proposed)) {
      return null;
    }
    Charset cs = Charset.forName(proposed);
    if (CHINESE_OR_UNICODE.contains(cs.name().toUpperCase(Locale.ROOT))) {
      return null;
    }
    Decoded d = lenient(bytes, 0, cs, cs.name(), 0);
    if (d == null || highBytes(bytes, 0) < MIN_LETTERS_TO_NAME) {
      return null;
    }
    long nonAscii = d.text().codePoints().filter(c -> c >= 0x80).count();
    long letters = d.text().codePoints().filter(c -> c >= 0x80 && Character.isLetter(c)).count();
    return letters * 10 >= nonAscii * 9 ? cs.name() : null;
  }

  private static Decoded fromBom(byte[] b) throws ReadException {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      // the mark stays the first character, as a plain UTF-8 decoder (and the scorer) reads it,
      // so that offsets agree with every tool that counts it
      return decodeOrFail(b, 0, StandardCharsets.UTF_8, "UTF-8 (BOM)", tolerated(highBytes(b, 3)));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return decodeOrFail(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)", tolerated(b.length - 2));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return decodeOrFail(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)", tolerated(b.length - 2));
    }
    return null;
  }

  private static Decoded decodeOrFail(byte[] b, int skip, Charset cs, String name, int tolerated)
      throws ReadException {
    Decoded d = lenient(b, skip, cs, name, tolerated);
    if (d == null) {
      throw new ReadException("invalid " + name + " text: bytes that the byte-order mark's encoding cannot decode");
    }
    return d;
  }

  /**
   * Decodes with U+FFFD for each malformed or unmappable sequence, counting its bytes; null as
   * soon as more than {@code tolerated} bytes were replaced. A stray byte before an ASCII one
   * (0xFF before a space in Big5) is replaced alone, so that no ASCII character is lost; in
   * UTF-16 a lone surrogate is replaced, not the character after it.
   */
  static Decoded lenient(byte[] bytes, int offset, Charset cs, String name, int tolerated) {
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    boolean utf16 = cs.name().startsWith("UTF-16");
    CharBuffer out = CharBuffer.allocate(Math.min(in.remaining(), 1 << 16) + 16); // grows
    int replaced = 0;
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isUnderflow()) {
        break;
      }
      if (r.isOverflow()) {
        out = grow(out);
        continue;
      }
      int bad = utf16 ? Math.min(2, r.length()) : 1; // one unit; never an ASCII byte as a trail
      while (!utf16 && bad < r.length() && bytes[in.position() + bad] < 0) {
        bad++;
      }
      replaced += bad;
      if (replaced > tolerated) {
        return null;
      }
      in.position(in.position() + bad);
      if (!out.hasRemaining()) {
        out = grow(out);
      }
      out.put('\uFFFD');
    }
    while (decoder.flush(out).isOverflow()) {
      out = grow(out);
    }
    return new Decoded(out.flip().toString(), name, replaced);
  }

  private static CharBuffer grow(CharBuffer out) {
    return CharBuffer.allocate(out.capacity() * 2 + 16).put(out.flip());
  }
}
