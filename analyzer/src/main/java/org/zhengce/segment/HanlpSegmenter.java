package org.zhengce.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.zhengce.number.NumberScan;

/**
 * The one class that uses HanLP. It builds its own Viterbi {@link Segment} ({@link
 * LeanViterbiSegment}: HanLP's words, computed with less allocation) with offsets and
 * part-of-speech tagging on, and its own {@link DynamicCustomDictionary}: HanLP's bundled custom
 * words, zhengce's policy dictionary ({@code policy-dict.txt}: 河长制, 党政同责, 五违四必 …) and any
 * user dictionaries, all added before the segmenter is shared. HanLP's global {@code
 * CustomDictionary} is never touched. Each {@link Term} is copied into a {@link Token} at once;
 * numbers keep their units ({@link QuantityMerger}).
 *
 * <p>HanLP's statistical recognition of places, organizations and person names and its HMM
 * part-of-speech tagging are options of the {@link Builder}, off in {@link #standard()}: on the
 * PKU test set organization recognition lowers word F1 from 0.890 to 0.862 and, with place
 * recognition, cuts throughput to a third; parties are found by zhengce's own rules. Known
 * places, organizations and people keep their dictionary tags ({@code ns}, {@code nt},
 * {@code nr}), and every word its most frequent part of speech.
 *
 * <p>Build once per process (dictionary loading takes a second); thread-safe once built.
 */
public final class HanlpSegmenter implements Segmenter {

  static final String POLICY_DICTIONARY = "policy-dict.txt";

  private final Segment segment;
  /** The same dictionaries in HanLP's index mode: the words inside a compound. */
  private final Segment inner;
  private final QuantityMerger quantities;
  /**
   * The inner words of compounds already split: a compound's inner words depend on its text
   * alone, and a corpus repeats its compounds, so index mode's second Viterbi runs once per
   * compound, not once per occurrence. Bounded by {@link #INNER_WORDS_CACHED}.
   */
  private final ConcurrentHashMap<String, List<Token>> innerWords =
      new ConcurrentHashMap<>();
  private static final int INNER_WORDS_CACHED = 200_000;

  /** HanLP as it comes ({@code StandardTokenizer}'s settings): the baseline of benchmarks. */
  private HanlpSegmenter() {
    this.segment = HanLP.newSegment().enableOffset(true);
    this.inner = null;
    this.quantities = null;
  }

  private HanlpSegmenter(Builder b) {
    this.quantities = new QuantityMerger();
    DynamicCustomDictionary dictionary = new DynamicCustomDictionary(HanLP.Config.CustomDictionaryPath);
    try (InputStream in = HanlpSegmenter.class.getResourceAsStream(POLICY_DICTIONARY)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + POLICY_DICTIONARY);
      }
      addAll(dictionary, in, POLICY_DICTIONARY);
      for (Path p : b.userDictionaries) {
        try (InputStream user = Files.newInputStream(p)) {
          addAll(dictionary, user, p.toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.segment = new LeanViterbiSegment()
        .enableOffset(true)
        .enablePartOfSpeechTagging(b.tagging)
        .enablePlaceRecognize(b.places)
        .enableOrganizationRecognize(b.organizations)
        .enableNameRecognize(b.names)
        .enableTranslatedNameRecognize(b.translatedNames)
        .enableCustomDictionary(dictionary);
    this.inner = new ViterbiSegment()
        .enableOffset(true)
        .enableNameRecognize(false)
        .enableIndexMode(2)
        .enableCustomDictionary(dictionary);
    segment.seg(WARM_UP); // HanLP loads its bigram table and character tables on a first use: now
  }

  /** A sentence segmented once when a segmenter is built. */
  private static final String WARM_UP = "为实现2025年空气质量目标，各区县人民政府要加快推进河长制。";

  /** The segmenter with the policy dictionary, loaded once per process. */
  public static HanlpSegmenter standard() {
    return Holder.STANDARD;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Bare HanLP with {@code StandardTokenizer}'s settings and none of zhengce's additions: the
   * baseline that benchmarks compare with.
   */
  public static HanlpSegmenter baseline() {
    return new HanlpSegmenter();
  }

  /** The standard segmenter, or one that also knows the words of {@code userDictionaries}. */
  public static HanlpSegmenter withDictionaries(List<Path> userDictionaries) {
    return userDictionaries.isEmpty() ? standard() : builder().dictionaries(userDictionaries).build();
  }

  /** Texts longer than this are segmented in pieces cut at line breaks or sentence ends. */
  private static final int PIECE = 100_000;

  @Override
  public List<Token> segment(String text) {
    return segment(text, null);
  }

  /** The words of {@code text}, its numbers kept whole where {@code numbers} (if given) has them. */
  @Override
  public List<Token> segment(String text, NumberScan numbers) {
    if (text.length() <= PIECE) {
      return segmentPiece(text, 0, numbers);
    }
    List<Token> tokens = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int to = Math.min(text.length(), from + PIECE);
      while (to < text.length() && to < from + 2 * PIECE && text.charAt(to - 1) != '\n'
          && text.charAt(to - 1) != '。') {
        to++;
      }
      tokens.addAll(segmentPiece(text.substring(from, to), from, null)); // read anew: a piece of it
      from = to;
    }
    return tokens;
  }

  /**
   * The tokens of {@code piece}, which starts at {@code offset} of the whole text; {@code numbers}
   * are those of the piece, or null to read them here.
   */
  private List<Token> segmentPiece(String piece, int offset, NumberScan numbers) {
    if (piece.isEmpty()) {
      return List.of();
    }
    List<Term> terms = segment.seg(piece);
    List<Token> tokens = new ArrayList<>(terms.size());
    for (Term term : terms) {
      String word = term.word;
      int start = term.offset;
      if (word.isBlank() || start < 0 || start + word.length() > piece.length()
          || !piece.startsWith(word, start)) {
        continue; // whitespace, or a term HanLP rewrote: never report what the text does not hold
      }
      String pos = term.nature == null ? "x" : term.nature.toString();
      tokens.add(new Token(word, start, start + word.length(), pos));
    }
    List<Token> merged = quantities == null ? tokens
        : quantities.merge(piece, tokens, numbers == null ? quantities.spans(piece) : numbers.spans());
    if (offset == 0) {
      return merged;
    }
    List<Token> shifted = new ArrayList<>(merged.size());
    for (Token t : merged) {
      shifted.add(new Token(t.text(), t.start() + offset, t.end() + offset, t.pos()));
    }
    return shifted;
  }

  /**
   * The shorter words inside a compound token, for indexing: 中央环境保护督察 holds 环境保护督察,
   * 环境保护, 督察 …, so that a search for any of them finds it. Offsets are of the same text as
   * the token's. Empty for short tokens and numbers.
   */
  public List<Token> wordsInside(Token token) {
    if (inner == null || token.text().length() < 4 || token.pos().equals("mq")) {
      return List.of();
    }
    if (innerWords.size() > INNER_WORDS_CACHED) {
      innerWords.clear(); // a bound, not a policy: compounds repeat, the table refills at once
    }
    List<Token> words = innerWords.computeIfAbsent(token.text(), this::innerWordsOf);
    if (words.isEmpty() || token.start() == 0) {
      return words;
    }
    List<Token> out = new ArrayList<>(words.size());
    for (Token w : words) {
      out.add(new Token(w.text(), w.start() + token.start(), w.end() + token.start(), w.pos()));
    }
    return out;
  }

  /** The inner words of a compound written alone (offsets from 0). */
  private List<Token> innerWordsOf(String compound) {
    List<Token> out = new ArrayList<>();
    for (Term term : inner.seg(compound)) {
      String word = term.word;
      if (word.length() >= 2 && word.length() < compound.length() && term.offset >= 0
          && compound.startsWith(word, term.offset)) {
        out.add(new Token(word, term.offset, term.offset + word.length(),
            term.nature == null ? "x" : term.nature.toString()));
      }
    }
    return List.copyOf(out);
  }

  /** Reads dictionary lines {@code term [pos [frequency]]}; {@code #} starts a comment. */
  /** A dictionary line's parts, compiled once (a thousand lines are read at every start). */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NO_SPACE = Pattern.compile("\\S+");
  private static final Pattern ATTRIBUTES = Pattern.compile("[a-zA-Z]+\\d*( \\d+)?( [a-zA-Z]+\\d* \\d+)*");

  private static void addAll(DynamicCustomDictionary dictionary, InputStream in, String name)
      throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      line = line.strip();
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = SPACES.split(line, 2);
      if (parts.length == 1) {
        dictionary.insert(parts[0], "nz 1000");
      } else {
        String attrs = NO_SPACE.matcher(parts[1]).matches() ? parts[1] + " 1000" : parts[1];
        if (!ATTRIBUTES.matcher(attrs).matches()) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": expected 'term [pos [frequency]]'");
        }
        dictionary.insert(parts[0], attrs);
      }
    }
  }

  /** Options of a segmenter; each {@link #build()} loads its own dictionaries. */
  public static final class Builder {
    private final List<Path> userDictionaries = new ArrayList<>();
    private boolean places;
    private boolean organizations;
    private boolean names;
    private boolean translatedNames = true;
    private boolean tagging;

    private Builder() {}

    /** User dictionaries: one term a line, optionally followed by a part of speech and a frequency. */
    public Builder dictionaries(List<Path> paths) {
      userDictionaries.addAll(paths);
      return this;
    }

    /** HanLP's statistical place-name recognition (slower). */
    public Builder recognizePlaces(boolean on) {
      this.places = on;
      return this;
    }

    /** HanLP's HMM part-of-speech tagging, instead of each word's most frequent tag (slower). */
    public Builder tagPartsOfSpeech(boolean on) {
      this.tagging = on;
      return this;
    }

    /** HanLP's statistical person-name recognition (slower; PKU word F1 0.890 with, 0.895 without). */
    public Builder recognizeNames(boolean on) {
      this.names = on;
      return this;
    }

    /**
     * HanLP's recognition of transliterated foreign names, on as HanLP has it: off, segmentation
     * is a little faster but PKU word F1 drops from 0.8913 to 0.8904.
     */
    public Builder recognizeTranslatedNames(boolean on) {
      this.translatedNames = on;
      return this;
    }

    /** HanLP's statistical organization-name recognition (slower, lower word F1). */
    public Builder recognizeOrganizations(boolean on) {
      this.organizations = on;
      return this;
    }

    public HanlpSegmenter build() {
      return new HanlpSegmenter(this);
    }
  }

  private static final class Holder {
    static final HanlpSegmenter STANDARD = builder().build();
  }
}
