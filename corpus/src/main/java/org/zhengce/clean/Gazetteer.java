package org.zhengce.clean;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * China's administrative divisions (provinces, cities, districts, with Hong Kong, Macao and
 * Taiwan) and the place names they give in simplified text. 衡水, 衡水市 and 河北省衡水市 are one
 * place; 金山区 is 上海市金山区 when 上海 is also in the text. A bare short form of a district
 * counts only when its city is named too, and a name shared by several places only when the text
 * names one of their parents or one of them is the only province or city. The data (WTFPL, see
 * {@code gazetteer/LICENSE}) is loaded once by {@link #standard()}; immutable and thread-safe.
 */
public final class Gazetteer {

  /** A place named in a text, at UTF-16 positions {@code [start, end)} of that text. */
  public record Mention(Place place, int start, int end) {}

  /**
   * The places a text names without doubt (one place has the name, or a parent came first), with
   * how often: what a shared name (金山区, 吉林) in any part of that text is read against.
   */
  public record Context(Map<Place, Integer> named) {
    public static final Context NONE = new Context(Map.of());

    public Context {
      named = Map.copyOf(named);
    }

    /** Whether a place named here lies in {@code place}. */
    boolean within(Place place) {
      for (Place p : named.keySet()) {
        if (p.isWithin(place)) {
          return true;
        }
      }
      return false;
    }
  }

  /** One way to write a place: its full name, or a short form (weaker evidence). */
  record Name(Place place, boolean shortForm) {}

  /** What one scan position matched, before the text's context picks among the candidates. */
  record Candidates(List<Name> names, int start, int end) {}

  /** The size of {@link #starts}: 2^18 bits for some 3,300 pairs keeps false hits near 1%. */
  private static final int STARTS_BITS = 18;

  private final Map<String, List<Name>> names;
  /** The keys of {@link #names} by their first two characters, longest first. */
  private final Map<Integer, List<String>> byStart;
  /** The {@link #bit}s of the keys of {@link #byStart}: a quick no for most positions. */
  private final BitSet starts = new BitSet(1 << STARTS_BITS);
  private final Map<String, Place> byCode;

  Gazetteer(List<Place> places, Map<String, Place> aliases) {
    Map<String, List<Name>> index = new HashMap<>();
    Map<String, Place> codes = new HashMap<>();
    for (Place p : places) {
      codes.put(p.code(), p);
      if (!PlaceNames.tooCommon(p.name())) {
        add(index, p.name(), new Name(p, false));
      }
      String prefecture = PlaceNames.prefectureForm(p.name());
      if (prefecture != null) {
        add(index, prefecture, new Name(p, false));
      }
      String s = PlaceNames.shortForm(p.name());
      if (s != null) {
        add(index, s, new Name(p, true));
      }
    }
    aliases.forEach((alias, p) -> add(index, alias, new Name(p, false)));
    index.replaceAll((k, v) -> List.copyOf(v));
    // read-only views of maps no one else holds: copying them (hashing 7,000 keys again) is start-up time
    this.names = Collections.unmodifiableMap(index);
    this.byCode = Collections.unmodifiableMap(codes);
    this.byStart = byStart(index.keySet());
    byStart.keySet().forEach(pair -> starts.set(bit(pair)));
  }

  /** The gazetteer of the bundled data, loaded once. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  /** The place with this division code (13, 1311, 131102), if any. */
  public Optional<Place> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The one place that {@code name} names on its own: 衡水, 衡水市 and 河北省衡水市 all give 衡水市;
   * 金山区 gives nothing (two places have it) but 上海市金山区 gives 上海市金山区.
   */
  public Optional<Place> lookup(String name) {
    String s = name.strip();
    List<Candidates> found = scan(s);
    if (found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != s.length()) {
      return Optional.empty();
    }
    Place p = PlaceChoice.pick(found.get(0), Context.NONE);
    return Optional.ofNullable(p);
  }

  /** The places named in {@code text}, left to right, each resolved against the others. */
  public List<Mention> find(CharSequence text) {
    return find(text, context(text));
  }

  /**
   * The places named in {@code text}, resolved against {@code context}: the {@link #context} of
   * a larger text, so that a line saying 金山 is read with the 上海 of the lines around it.
   */
  public List<Mention> find(CharSequence text, Context context) {
    return mentions(scan(text), context);
  }

  /**
   * The places named in each of {@code texts} (lines of one document), resolved against the
   * {@link #context} of them all: {@link #find(CharSequence, Context)} of each with the context of
   * the texts joined by line breaks, scanning each text once.
   */
  public List<List<Mention>> findEach(List<String> texts) {
    List<List<Candidates>> scans = texts.stream().map(this::scan).toList();
    Context context = context(scans.stream().flatMap(List::stream).toList());
    return scans.stream().map(candidates -> mentions(candidates, context)).toList();
  }

  /** The places {@code text} names without doubt, and how often. */
  public Context context(CharSequence text) {
    return context(scan(text));
  }

  private static Context context(List<Candidates> scanned) {
    Map<Place, Integer> named = new HashMap<>();
    for (Candidates c : scanned) {
      if (c.names().size() == 1 && !PlaceChoice.weak(c.names().get(0))) {
        named.merge(c.names().get(0).place(), 1, Integer::sum);
      }
    }
    return new Context(named);
  }

  private static List<Mention> mentions(List<Candidates> scanned, Context context) {
    List<Mention> out = new ArrayList<>();
    for (Candidates c : scanned) {
      Place p = PlaceChoice.pick(c, context);
      if (p != null) {
        out.add(new Mention(p, c.start(), c.end()));
      }
    }
    return out;
  }

  /** Leftmost-longest names, each extended over a following child name: 河北省|衡水市. */
  List<Candidates> scan(CharSequence chars) {
    String text = chars.toString();
    List<Candidates> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      Candidates c = longestAt(text, i, null);
      if (c == null) {
        i++;
        continue;
      }
      for (Candidates child = longestAt(text, c.end(), c.names()); child != null;
          child = longestAt(text, child.end(), child.names())) {
        c = new Candidates(child.names(), c.start(), child.end());
      }
      out.add(c);
      i = c.end();
    }
    return out;
  }

  /** The longest name at {@code at}; with {@code parents}, only names of their descendants. */
  private Candidates longestAt(String text, int at, List<Name> parents) {
    if (at + 2 > text.length() || !starts.get(bit(pair(text, at)))) {
      return null;
    }
    List<String> starting = byStart.get(pair(text, at));
    if (starting == null) {
      return null;
    }
    for (String name : starting) {
      int end = at + name.length();
      if (!text.startsWith(name, at) || PlaceNames.inWord(text, at, end)) {
        continue;
      }
      List<Name> hit = names.get(name);
      if (parents == null) {
        return new Candidates(hit, at, end);
      }
      List<Name> inside = new ArrayList<>();
      for (Name h : hit) {
        for (Name p : parents) {
          if (h.place() != p.place() && h.place().isWithin(p.place())) {
            inside.add(new Name(h.place(), false)); // a parent named before: 上海|金山 is firm
            break;
          }
        }
      }
      if (!inside.isEmpty()) {
        return new Candidates(List.copyOf(inside), at, end);
      }
    }
    return null;
  }

  /** The names by their first two characters ({@link #pair}), longest first. */
  private static Map<Integer, List<String>> byStart(Set<String> names) {
    List<String> longestFirst = new ArrayList<>(names.size());
    for (String name : names) {
      if (name.length() >= 2) {
        longestFirst.add(name);
      }
    }
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    Map<Integer, List<String>> out = new HashMap<>();
    for (String name : longestFirst) {
      out.computeIfAbsent(pair(name, 0), k -> new ArrayList<>(2)).add(name);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }

  /** A hash of {@code pair} in {@link #STARTS_BITS} bits (Fibonacci hashing). */
  private static int bit(int pair) {
    return (pair * 0x9E3779B9) >>> (32 - STARTS_BITS);
  }

  /** The first two characters at {@code at} as one key. */
  private static int pair(String text, int at) {
    return text.charAt(at) << 16 | text.charAt(at + 1);
  }

  private static void add(Map<String, List<Name>> index, String key, Name name) {
    List<Name> list = index.computeIfAbsent(key, k -> new ArrayList<>());
    for (Name n : list) {
      if (n.place().equals(name.place())) {
        return;
      }
    }
    list.add(name);
  }

  private static final class Holder {
    static final Gazetteer STANDARD = GazetteerData.load();
  }
}
