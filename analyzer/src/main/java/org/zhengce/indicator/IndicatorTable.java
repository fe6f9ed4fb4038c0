package org.zhengce.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The canonical indicators of policy targets, read from {@code indicators.tsv}, and the mapping of
 * a target's free indicator phrase to one of them: {@code match("细颗粒物（PM2.5）年均浓度")} is
 * pm25, so that the same indicator can be compared across cities and years. A phrase is folded
 * ({@link IndicatorPhrase}), then looked up as a whole, else the longest synonym it contains is
 * taken, unless the phrase also names another indicator, lists, shares or ranks. Immutable and
 * thread-safe; {@link #standard()} is loaded once.
 */
public final class IndicatorTable {

  private static final String RESOURCE = "indicators.tsv";
  private static final String HEADER = "id\tname_zh\tname_en\tsynonyms\tunits";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern BAR = Pattern.compile("\\|");

  /** An indicator with the folded phrases that rule it out. */
  private record Entry(Indicator indicator, List<String> excluded) {
    boolean excludes(String phrase) {
      for (String e : excluded) { // a loop: tried for every synonym of every phrase
        if (phrase.contains(e)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A folded synonym and the indicator it names. */
  private record Synonym(String text, Entry entry) {}

  private final List<Indicator> indicators;
  private final Map<String, Indicator> byName;
  private final Map<String, Entry> bySynonym;
  /** Longest first; equal lengths in table order. */
  private final List<Synonym> synonyms;
  /**
   * Phrases already matched: a match tries every synonym, and a corpus repeats its indicator
   * phrases. A memo of a pure function, bounded by {@link #MATCHES_KEPT}.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, Optional<Indicator>> matched =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MATCHES_KEPT = 100_000;

  private IndicatorTable(List<Entry> entries) {
    List<Indicator> all = new ArrayList<>();
    Map<String, Indicator> names = new HashMap<>();
    Map<String, Entry> phrases = new LinkedHashMap<>();
    for (Entry e : entries) {
      Indicator in = e.indicator();
      all.add(in);
      for (String name : List.of(in.id(), in.nameZh(), in.nameEn().toLowerCase(Locale.ROOT))) {
        Indicator other = names.putIfAbsent(name, in);
        if (other != null && other != in) {
          throw new IllegalArgumentException("indicator name " + name + " is used twice: " + other.id() + ", " + in.id());
        }
      }
      Set<String> own = new LinkedHashSet<>();
      own.add(IndicatorPhrase.normalize(in.nameZh()));
      in.synonyms().forEach(s -> own.add(IndicatorPhrase.normalize(s)));
      for (String s : own) {
        Entry other = phrases.putIfAbsent(s, e);
        if (other != null) {
          throw new IllegalArgumentException("phrase " + s + " names two indicators: "
              + other.indicator().id() + ", " + in.id());
        }
      }
    }
    indicators = List.copyOf(all);
    byName = Map.copyOf(names);
    bySynonym = Map.copyOf(phrases);
    synonyms = phrases.entrySet().stream().filter(p -> !p.getKey().isEmpty())
        .map(p -> new Synonym(p.getKey(), p.getValue()))
        .sorted(Comparator.comparingInt((Synonym s) -> s.text().length()).reversed())
        .toList();
  }

  /** The bundled table, loaded once. */
  public static IndicatorTable standard() {
    return Standard.TABLE;
  }

  private static final class Standard {
    static final IndicatorTable TABLE = load();

    private static IndicatorTable load() {
      try (InputStream in = IndicatorTable.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a table in the format of {@code indicators.tsv}: # comments, a header line, then id,
   * name_zh, name_en, |-separated synonyms, |-separated units and optional |-separated phrases
   * that rule the indicator out, tab-separated.
   */
  public static IndicatorTable read(Reader reader) throws IOException {
    List<Entry> entries = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    boolean header = false;
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.startsWith(HEADER)) {
          throw new IllegalArgumentException("line " + number + ": expected the header " + HEADER);
        }
        header = true;
        continue;
      }
      entries.add(entry(line.split("\t", -1), number));
    }
    return new IndicatorTable(entries);
  }

  private static Entry entry(String[] f, int number) {
    if (f.length < 5 || f.length > 6 || !ID.matcher(f[0]).matches() || f[1].isBlank() || f[2].isBlank()) {
      throw new IllegalArgumentException("line " + number + ": expected id, name_zh, name_en, synonyms, units[, not]");
    }
    Indicator in = new Indicator(f[0], f[1].strip(), f[2].strip(), split(f[3]), split(f[4]));
    List<String> excluded = f.length == 6 ? split(f[5]).stream().map(IndicatorPhrase::fold).toList() : List.of();
    return new Entry(in, excluded);
  }

  private static List<String> split(String field) {
    return Arrays.stream(BAR.split(field.strip())).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** All indicators, in table order. */
  public List<Indicator> all() {
    return indicators;
  }

  /** The indicator with this id, Chinese name or English name (in any case). */
  public Optional<Indicator> find(String idOrName) {
    if (idOrName == null) {
      return Optional.empty();
    }
    String key = idOrName.strip();
    Indicator in = byName.get(key);
    return Optional.ofNullable(in != null ? in : byName.get(key.toLowerCase(Locale.ROOT)));
  }

  /**
   * The canonical indicator a target's indicator phrase clearly names, else empty: the phrase
   * folded is a synonym, or contains one (the longest that fits) and nothing that makes it another
   * indicator, a list, a share or a rank.
   */
  public Optional<Indicator> match(String phrase) {
    if (phrase == null) {
      return Optional.empty();
    }
    if (matched.size() > MATCHES_KEPT) {
      matched.clear();
    }
    return matched.computeIfAbsent(phrase, this::matchOf);
  }

  private Optional<Indicator> matchOf(String phrase) {
    String p = IndicatorPhrase.normalize(phrase);
    if (p.isEmpty() || IndicatorPhrase.vetoed(p)) {
      return Optional.empty();
    }
    Entry exact = bySynonym.get(p);
    if (exact != null) {
      return Optional.of(exact.indicator());
    }
    for (Synonym s : synonyms) {
      int at = occurrence(p, s.text(), 0); // first: most synonyms are not in the phrase at all
      if (at >= 0 && !s.entry().excludes(p)) {
        int end = at + s.text().length();
        boolean alone = !IndicatorPhrase.notAlone(p, at, end) && !namesAnother(p, s.entry(), at, end);
        return alone ? Optional.of(s.entry().indicator()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Where {@code synonym} first stands in {@code phrase} as a whole name, not measured per something. */
  private static int occurrence(String phrase, String synonym, int from) {
    for (int at = phrase.indexOf(synonym, from); at >= 0; at = phrase.indexOf(synonym, at + 1)) {
      if (IndicatorPhrase.bounded(phrase, at, at + synonym.length()) && !IndicatorPhrase.perSomething(phrase, at)) {
        return at;
      }
    }
    return -1;
  }

  /** Whether another indicator that the phrase does not rule out is named outside [start, end). */
  private boolean namesAnother(String phrase, Entry chosen, int start, int end) {
    for (Synonym s : synonyms) {
      int first = occurrence(phrase, s.text(), 0);
      if (first < 0 || s.entry() == chosen || s.entry().excludes(phrase)) {
        continue;
      }
      for (int at = first; at >= 0; at = occurrence(phrase, s.text(), at + 1)) {
        if (at + s.text().length() <= start || at >= end) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "IndicatorTable[" + indicators.size() + " indicators]";
  }
}
