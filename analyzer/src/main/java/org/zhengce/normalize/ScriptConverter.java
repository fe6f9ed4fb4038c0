package org.zhengce.normalize;

import com.github.houbb.opencc4j.support.convert.context.UnitConvertContext;
import com.github.houbb.opencc4j.support.convert.core.UnitConvert;
import com.github.houbb.opencc4j.support.convert.core.impl.DefaultUnitConvert;
import com.github.houbb.opencc4j.support.datamap.IDataMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.zhengce.text.TextEditor;
import org.zhengce.text.TextNormalizer;

/**
 * Converts traditional Chinese to simplified along OpenCC's current conversion chains ({@link
 * Chain}), as a {@link TextNormalizer} whose offset map leads every simplified span back to the
 * original: a phrase converted to one of the same shape maps character by character, any other
 * maps as a whole, and surrogate pairs are never split. The dictionaries are OpenCC's own
 * (Apache-2.0, bundled under {@code org/zhengce/normalize/opencc/}), read once and shared.
 * opencc4j converts each unit of the final traditional-to-simplified stage ({@code TSPhrases},
 * {@code TSCharacters}) through its {@code DefaultUnitConvert} over an {@code IDataMap} filled
 * from those dictionaries; the rest of OpenCC's chain — compatibility-ideograph normalization,
 * maximum-match segmentation, the Taiwan and Hong Kong variant stage and the unit boundaries —
 * is a small longest match over the same dictionaries, because opencc4j's segmenter keeps its
 * trie in a static field shared by every data map and its converter knows neither stages nor
 * offsets. This is the only class that uses opencc4j. Immutable and thread-safe.
 */
public final class ScriptConverter implements TextNormalizer {

  /**
   * OpenCC's chains to simplified Chinese, named after their configuration files. Each runs as
   * OpenCC runs it, except that {@code TSCharactersExt} (rare characters OpenCC maps to
   * extension-block forms most fonts lack) is not bundled.
   */
  public enum Chain {
    /** {@code t2s.json}: OpenCC's standard traditional characters. */
    T2S,
    /** {@code tw2s.json}: Taiwan variants back to OpenCC's standard first, then T2S. */
    TW2S,
    /** {@code hk2s.json}: Hong Kong variants back to OpenCC's standard first, then T2S. */
    HK2S
  }

  private final Dict segmentation; // null: one segment (t2s.json has none; same result)
  private final List<Stage> stages;

  private ScriptConverter(Dict segmentation, List<Stage> stages) {
    this.segmentation = segmentation;
    this.stages = List.copyOf(stages);
  }

  /** The converter for {@code chain}; one shared instance per chain. */
  public static ScriptConverter of(Chain chain) {
    return Loaded.CONVERTERS.get(chain);
  }

  /**
   * The converter for document normalization: {@link Chain#T2S}. It leaves mainland simplified
   * text as it is and undoes OpenCC-style simplified-to-traditional conversion, so both copies of
   * a mainland document normalize alike; the Taiwan chain would turn simplified 显著 into 显着.
   */
  public static ScriptConverter standard() {
    return of(Chain.T2S);
  }

  /** The simplified form of {@code text}. */
  public String convert(String text) {
    return run(text).text();
  }

  @Override
  public void normalize(String text, TextEditor out) {
    Converted done = run(text);
    done.pieces().writeTo(done.text(), out);
  }

  /**
   * Whether OpenCC's T2S character dictionary changes {@code codePoint}: true for 環 and for 乾
   * (干 outside phrases like 乾隆), false for 环 and for 么 (listed, but kept).
   */
  public static boolean isTraditional(int codePoint) {
    return codePoint >= 0 && Loaded.CHANGED_BY_T2S.get(codePoint);
  }

  /**
   * The share of Han characters in {@code text} that {@link #isTraditional} holds for: 0 for
   * simplified text, 0.28 to 0.42 for the traditional documents of the corpus, 0 without Han.
   */
  public static double traditionalShare(String text) {
    int han = 0;
    int traditional = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isHan(cp)) {
        han++;
        if (isTraditional(cp)) {
          traditional++;
        }
      }
      i += Character.charCount(cp);
    }
    return han == 0 ? 0 : (double) traditional / han;
  }

  /** Han: the unified ideographs at once, the rest of Unicode through its script table. */
  private static boolean isHan(int cp) {
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return true;
    }
    return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private Converted run(String text) {
    Converted normalized = Loaded.COMPATIBILITY.apply(text);
    String t = normalized.text();
    if (segmentation == null) {
      return normalized.then(convertSegment(t));
    }
    StringBuilder out = new StringBuilder(t.length());
    Pieces pieces = new Pieces();
    int run = 0; // start of the current stretch of unmatched text, which is one segment
    for (int i = 0; i < t.length(); ) {
      int n = segmentation.match(t, i);
      if (n == 0) {
        i += Character.charCount(t.codePointAt(i));
        continue;
      }
      if (run < i) {
        convertSegment(t.substring(run, i)).appendTo(out, pieces);
      }
      convertSegment(t.substring(i, i + n)).appendTo(out, pieces);
      i += n;
      run = i;
    }
    if (run < t.length()) {
      convertSegment(t.substring(run)).appendTo(out, pieces);
    }
    return normalized.then(new Converted(out.toString(), pieces));
  }

  private Converted convertSegment(String segment) {
    Converted done = null;
    for (Stage stage : stages) {
      Converted next = stage.apply(done == null ? segment : done.text());
      done = done == null ? next : done.then(next);
    }
    return done;
  }

  /** OpenCC's dictionaries and the converters built on them, read on first use. */
  private static final class Loaded {
    static final Stage COMPATIBILITY =
        Stage.ofDicts(List.of(Dict.read("CJK_Compatibility_Ideographs.txt", false)));
    static final Dict TS_PHRASES = Dict.read("TSPhrases.txt", false);
    static final Dict TS_CHARACTERS = Dict.read("TSCharacters.txt", false);
    static final Stage TRADITIONAL_TO_SIMPLIFIED = tsStage();
    static final BitSet CHANGED_BY_T2S = TS_CHARACTERS.changedKeys(); // never written again
    static final Map<Chain, ScriptConverter> CONVERTERS = Map.of(
        Chain.T2S, new ScriptConverter(null, List.of(TRADITIONAL_TO_SIMPLIFIED)),
        Chain.TW2S, regional("TWVariantsRevPhrases.txt", "TWVariants.txt"),
        Chain.HK2S, regional("HKVariantsRevPhrases.txt", "HKVariants.txt"));

    private static ScriptConverter regional(String revPhrases, String variants) {
      Stage variantsBack =
          Stage.ofDicts(List.of(Dict.read(revPhrases, false), Dict.read(variants, true)));
      return new ScriptConverter(TS_PHRASES, List.of(variantsBack, TRADITIONAL_TO_SIMPLIFIED));
    }

    /** TSPhrases then TSCharacters; opencc4j converts each matched unit. */
    private static Stage tsStage() {
      Map<String, List<String>> phrases = new HashMap<>(TS_PHRASES.entries);
      Map<String, List<String>> chars = new HashMap<>();
      // opencc4j's character path reads one UTF-16 unit and keeps one-unit results only, so
      // characters that are or become surrogate pairs go through its phrase path
      TS_CHARACTERS.entries.forEach((k, v) -> (k.length() == 1 && v.get(0).length() == 1
          ? chars : phrases).put(k, v));
      IDataMap data = new TsDataMap(Map.copyOf(phrases), Map.copyOf(chars));
      UnitConvert units = new DefaultUnitConvert();
      return new Stage(List.of(TS_PHRASES, TS_CHARACTERS),
          unit -> units.convert(new Unit(unit, data.tsPhrase(), data.tsChar())));
    }
  }

  /**
   * One stage of a chain: a group of dictionaries tried in order at each position (OpenCC's
   * short-circuit group: the first dictionary with a key there gives its longest one), and how a
   * matched unit converts.
   */
  private record Stage(List<Dict> group, UnaryOperator<String> units, BitSet witnesses) {

    Stage(List<Dict> group, UnaryOperator<String> units) {
      this(group, units, witnesses(group, units));
    }

    /**
     * A character of every key that the stage changes (the key's own single-character changes
     * first): a line without any of them holds nothing the stage changes, and is passed over
     * (no key holds a line break, so a line is converted alone as it is in the whole text).
     */
    private static BitSet witnesses(List<Dict> group, UnaryOperator<String> units) {
      BitSet witnesses = new BitSet(Character.MAX_VALUE + 1);
      List<String> longer = new ArrayList<>();
      for (Dict d : group) {
        for (String key : d.entries.keySet()) {
          if (key.indexOf('\n') >= 0) {
            throw new IllegalStateException("a key holds a line break: " + key);
          }
          if (!units.apply(key).equals(key)) {
            if (key.length() == 1) {
              witnesses.set(key.charAt(0));
            } else {
              longer.add(key);
            }
          }
        }
      }
      for (String key : longer) {
        if (key.chars().noneMatch(witnesses::get)) {
          key.chars().forEach(witnesses::set);
        }
      }
      return witnesses;
    }

    /** Whether {@code text[from, to)} holds a witness: something there may change. */
    private boolean mayChange(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        if (witnesses.get(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    static Stage ofDicts(List<Dict> group) {
      return new Stage(group, unit -> {
        for (Dict d : group) {
          List<String> values = d.entries.get(unit);
          if (values != null) {
            return values.get(0);
          }
        }
        return unit;
      });
    }

    Converted apply(String text) {
      StringBuilder out = null; // created at the first change
      Pieces pieces = new Pieces();
      int copied = 0; // text before this is in out
      int linearFrom = 0; // text from here on maps position by position so far
      int nextLine = 0;
      for (int i = 0; i < text.length(); ) {
        if (i == nextLine) {
          int lineEnd = text.indexOf('\n', i);
          nextLine = lineEnd < 0 ? text.length() : lineEnd + 1;
          if (!mayChange(text, i, nextLine)) {
            i = nextLine;
            continue;
          }
        }
        int n = match(text, i);
        if (n == 0) {
          i += Character.charCount(text.codePointAt(i));
          continue;
        }
        String unit = text.substring(i, i + n);
        String to = units.apply(unit);
        if (!to.equals(unit)) {
          if (out == null) {
            out = new StringBuilder(text.length() + 16);
          }
          out.append(text, copied, i).append(to);
          copied = i + n;
          if (!sameShape(unit, to)) {
            pieces.linear(i - linearFrom);
            pieces.whole(n, to.length());
            linearFrom = i + n;
          }
        }
        i += n;
      }
      pieces.linear(text.length() - linearFrom);
      return new Converted(out == null ? text : out.append(text, copied, text.length()).toString(),
          pieces);
    }

    private int match(String text, int from) {
      for (Dict d : group) {
        int n = d.match(text, from);
        if (n > 0) {
          return n;
        }
      }
      return 0;
    }

    /** Same length, surrogates at the same places: safe to align character by character. */
    private static boolean sameShape(String a, String b) {
      if (a.length() != b.length()) {
        return false;
      }
      for (int k = 0; k < a.length(); k++) {
        if (Character.isSurrogate(a.charAt(k)) != Character.isSurrogate(b.charAt(k))) {
          return false;
        }
      }
      return true;
    }
  }

  /** One OpenCC text dictionary: each key with its values, first value preferred. */
  private static final class Dict {
    final Map<String, List<String>> entries;
    private final byte[] longestKey = new byte[Character.MAX_VALUE + 1]; // by first UTF-16 unit
    /** The keys of one UTF-16 unit. */
    private final BitSet singles = new BitSet(Character.MAX_VALUE + 1);
    /**
     * The first two units of the longer keys, hashed: where they are absent no key longer than
     * one unit starts, and most places of a text are tried without a lookup.
     */
    private final BitSet pairs = new BitSet(PAIR_BITS);
    private static final int PAIR_BITS = 1 << 20;

    private Dict(Map<String, List<String>> entries) {
      this.entries = Map.copyOf(entries);
      for (String key : this.entries.keySet()) {
        if (key.length() > Byte.MAX_VALUE) {
          throw new IllegalStateException("key too long: " + key);
        }
        int first = key.charAt(0);
        longestKey[first] = (byte) Math.max(longestKey[first], key.length());
        if (key.length() == 1) {
          singles.set(first);
        } else {
          pairs.set(pair(key.charAt(0), key.charAt(1)));
        }
      }
    }

    private static int pair(char a, char b) {
      return ((a * 31 + b) * 0x9E3779B9 >>> 12) & (PAIR_BITS - 1);
    }

    /** Reads {@code file} ({@code key<TAB>value value...}); {@code reversed} swaps the sides. */
    static Dict read(String file, boolean reversed) {
      Map<String, List<String>> entries = new HashMap<>();
      try (InputStream in = ScriptConverter.class.getResourceAsStream("opencc/" + file)) {
        if (in == null) {
          throw new IllegalStateException("missing dictionary opencc/" + file);
        }
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null; ) {
          int tab = line.indexOf('\t');
          if (line.startsWith("#") || tab <= 0) {
            continue;
          }
          String key = line.substring(0, tab);
          for (String value : line.substring(tab + 1).trim().split(" +")) {
            if (value.isEmpty()) {
              continue;
            }
            String k = reversed ? value : key;
            entries.computeIfAbsent(k, x -> new ArrayList<>()).add(reversed ? key : value);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read dictionary opencc/" + file, e);
      }
      entries.replaceAll((k, v) -> List.copyOf(v));
      return new Dict(entries);
    }

    /** The length of the longest key at {@code from}, never ending inside a pair; 0 if none. */
    int match(String text, int from) {
      char first = text.charAt(from);
      int n = Math.min(longestKey[first], text.length() - from);
      if (n > 1 && !pairs.get(pair(first, text.charAt(from + 1)))) {
        n = 1; // no longer key starts with these two units
      }
      for (; n > 0; n--) {
        int end = from + n;
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))
            && Character.isHighSurrogate(text.charAt(end - 1))) {
          continue;
        }
        if (n == 1 ? singles.get(first) : entries.containsKey(text.substring(from, end))) {
          return n;
        }
      }
      return 0;
    }

    /** The single-character keys whose first value is another character. */
    BitSet changedKeys() {
      BitSet changed = new BitSet(0x40000);
      entries.forEach((k, v) -> {
        if (k.codePointCount(0, k.length()) == 1 && !v.get(0).equals(k)) {
          changed.set(k.codePointAt(0));
        }
      });
      return changed;
    }
  }

  /** The traditional-to-simplified data in opencc4j's form; the other direction is unused. */
  private record TsDataMap(Map<String, List<String>> tsPhrase, Map<String, List<String>> tsChar)
      implements IDataMap {

    @Override
    public Map<String, List<String>> stPhrase() {
      return Map.of();
    }

    @Override
    public Map<String, List<String>> stChar() {
      return Map.of();
    }

    @Override
    public Set<String> tChars() {
      return Set.of();
    }

    @Override
    public Set<String> sChars() {
      return Set.of();
    }
  }

  /** One unit handed to opencc4j's {@code UnitConvert}. */
  private record Unit(String getUnit, Map<String, List<String>> getPhraseData,
      Map<String, List<String>> getCharData) implements UnitConvertContext {}

  /** A converted text and the pieces that map it back to its input. */
  private record Converted(String text, Pieces pieces) {

    /** This conversion followed by {@code next}, which converted {@link #text}. */
    Converted then(Converted next) {
      return new Converted(next.text, pieces.then(next.pieces));
    }

    void appendTo(StringBuilder out, Pieces all) {
      out.append(text);
      all.append(pieces);
    }
  }

  /**
   * How a converted text lines up with its input, left to right: linear pieces map position by
   * position (same length), whole pieces map only as a whole. Built by one call, then read.
   */
  private static final class Pieces {
    private int[] in = new int[4];
    private int[] out = new int[4];
    private boolean[] whole = new boolean[4];
    private int size;

    void linear(int n) {
      if (n == 0) {
        return;
      }
      if (size > 0 && !whole[size - 1]) {
        in[size - 1] += n;
        out[size - 1] += n;
      } else {
        add(n, n, false);
      }
    }

    void whole(int inLength, int outLength) {
      add(inLength, outLength, true);
    }

    void append(Pieces other) {
      for (int k = 0; k < other.size; k++) {
        if (other.whole[k]) {
          whole(other.in[k], other.out[k]);
        } else {
          linear(other.in[k]);
        }
      }
    }

    private void add(int inLength, int outLength, boolean asWhole) {
      if (size == in.length) {
        in = Arrays.copyOf(in, size * 2);
        out = Arrays.copyOf(out, size * 2);
        whole = Arrays.copyOf(whole, size * 2);
      }
      in[size] = inLength;
      out[size] = outLength;
      whole[size] = asWhole;
      size++;
    }

    private boolean isLinear() {
      return size == 0 || (size == 1 && !whole[0]);
    }

    /**
     * These pieces (input to middle) followed by {@code next} (middle to output). Where whole
     * pieces of either overlap, the result is one whole piece from a boundary both share to the
     * next one; elsewhere it stays linear.
     */
    Pieces then(Pieces next) {
      if (isLinear()) {
        return next;
      }
      if (next.isLinear()) {
        return this;
      }
      Pieces result = new Pieces();
      int i = 0; // piece of this at mid, starting at middle position a
      int j = 0; // piece of next at mid, starting at middle position b
      int a = 0;
      int b = 0;
      int mid = 0;
      while (i < size) {
        if (!whole[i] && !next.whole[j]) {
          int stop = Math.min(a + out[i], b + next.in[j]);
          result.linear(stop - mid);
          mid = stop;
        } else {
          int inLength = 0;
          int outLength = 0;
          int end = mid;
          do {
            if (whole[i] && mid == a) {
              inLength += in[i];
              end = Math.max(end, a + out[i]);
            }
            if (next.whole[j] && mid == b) {
              outLength += next.out[j];
              end = Math.max(end, b + next.in[j]);
            }
            int stop = Math.min(Math.min(a + out[i], b + next.in[j]), end);
            inLength += whole[i] ? 0 : stop - mid;
            outLength += next.whole[j] ? 0 : stop - mid;
            mid = stop;
            if (mid < end) {
              if (mid == a + out[i]) {
                a = mid;
                i++;
              }
              if (mid == b + next.in[j]) {
                b = mid;
                j++;
              }
            }
          } while (mid < end);
          result.whole(inLength, outLength);
        }
        if (mid == a + out[i]) {
          a = mid;
          i++;
        }
        if (j < next.size && mid == b + next.in[j]) {
          b = mid;
          j++;
        }
      }
      return result;
    }

    /** Writes {@code text}, the converted text these pieces describe, through {@code editor}. */
    void writeTo(String text, TextEditor editor) {
      int pos = 0;
      for (int k = 0; k < size; k++) {
        CharSequence piece = text.subSequence(pos, pos + out[k]);
        if (whole[k]) {
          editor.replace(in[k], piece);
        } else {
          editor.map(piece);
        }
        pos += out[k];
      }
    }
  }
}
