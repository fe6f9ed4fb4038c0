package org.zhengce.normalize;

import com.github.houbb.opencc4j.support.convert.context.UnitConvertContext;
import com.github.houbb.opencc4j.support.convert.core.UnitConvert;
import com.github.houbb.opencc4j.support.convert.core.impl.DefaultUnitConvert;
import com.github.houbb.opencc4j.support.datamap.IDataMap;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  private final OpenccDict segmentation; // null: one segment (t2s.json has none; same result)
  private final List<ConversionStage> stages;

  private ScriptConverter(OpenccDict segmentation, List<ConversionStage> stages) {
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
    for (ConversionStage stage : stages) {
      Converted next = stage.apply(done == null ? segment : done.text());
      done = done == null ? next : done.then(next);
    }
    return done;
  }

  /** OpenCC's dictionaries and the converters built on them, read on first use. */
  private static final class Loaded {
    static final ConversionStage COMPATIBILITY =
        ConversionStage.ofDicts(List.of(OpenccDict.read("CJK_Compatibility_Ideographs.txt", false)));
    static final OpenccDict TS_PHRASES = OpenccDict.read("TSPhrases.txt", false);
    static final OpenccDict TS_CHARACTERS = OpenccDict.read("TSCharacters.txt", false);
    static final ConversionStage TRADITIONAL_TO_SIMPLIFIED = tsStage();
    static final BitSet CHANGED_BY_T2S = TS_CHARACTERS.changedKeys(); // never written again
    static final Map<Chain, ScriptConverter> CONVERTERS = Map.of(
        Chain.T2S, new ScriptConverter(null, List.of(TRADITIONAL_TO_SIMPLIFIED)),
        Chain.TW2S, regional("TWVariantsRevPhrases.txt", "TWVariants.txt"),
        Chain.HK2S, regional("HKVariantsRevPhrases.txt", "HKVariants.txt"));

    private static ScriptConverter regional(String revPhrases, String variants) {
      ConversionStage variantsBack =
          ConversionStage.ofDicts(List.of(OpenccDict.read(revPhrases, false), OpenccDict.read(variants, true)));
      return new ScriptConverter(TS_PHRASES, List.of(variantsBack, TRADITIONAL_TO_SIMPLIFIED));
    }

    /** TSPhrases then TSCharacters; opencc4j converts each matched unit. */
    private static ConversionStage tsStage() {
      Map<String, List<String>> phrases = new HashMap<>(TS_PHRASES.entries);
      Map<String, List<String>> chars = new HashMap<>();
      // opencc4j's character path reads one UTF-16 unit and keeps one-unit results only, so
      // characters that are or become surrogate pairs go through its phrase path
      TS_CHARACTERS.entries.forEach((k, v) -> (k.length() == 1 && v.get(0).length() == 1
          ? chars : phrases).put(k, v));
      IDataMap data = new TsDataMap(Map.copyOf(phrases), Map.copyOf(chars));
      UnitConvert units = new DefaultUnitConvert();
      return new ConversionStage(List.of(TS_PHRASES, TS_CHARACTERS),
          unit -> units.convert(new Unit(unit, data.tsPhrase(), data.tsChar())));
    }
  }

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
}
