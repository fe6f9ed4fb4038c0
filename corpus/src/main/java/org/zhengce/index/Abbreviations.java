package org.zhengce.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.zhengce.normalize.Normalization;

/**
 * Policy abbreviations and their full forms ({@code abbreviations.tsv}: 双碳 ⇄ 碳达峰碳中和, 十四五
 * ⇄ 第十四个五年, 河长制 → 河湖长制 …, and the tables a user adds in the same format), for queries:
 * {@link #find} gives where forms of the table occur in a query and what else documents write for
 * them. Forms are compared in simplified script, Latin lowercased, punctuation and spaces left out.
 * Immutable and thread-safe.
 */
public final class Abbreviations {

  /** How a row's term relates to its forms. */
  public enum Relation {
    /** The term and every form find one another. */
    SAME,
    /** The term names one part of what the forms name: it finds them, they do not find it. */
    PART
  }

  /** Where a form of the table occurs in a text, and the forms (as written) that documents may use instead. */
  record Occurrence(int start, int end, Set<String> others) {}

  private static final String RESOURCE = "abbreviations.tsv";
  private final Map<String, Set<String>> others;
  private final int longest;

  private Abbreviations(Map<String, Set<String>> others) {
    Map<String, Set<String>> frozen = new HashMap<>();
    others.forEach((k, v) -> frozen.put(k, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(v))));
    this.others = Map.copyOf(frozen);
    this.longest = others.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** The table shipped with zhengce. */
  public static Abbreviations standard() {
    return Holder.STANDARD;
  }

  /**
   * The shipped table and the rows of {@code tables}, files in its format.
   *
   * @throws IllegalArgumentException with the file and line of a row that does not read
   * @throws IOException when a file cannot be read
   */
  public static Abbreviations with(List<Path> tables) throws IOException {
    if (tables.isEmpty()) {
      return standard();
    }
    Map<String, Set<String>> all = new HashMap<>();
    try (InputStream in = shipped()) {
      add(all, in, RESOURCE);
    }
    for (Path table : tables) {
      try (InputStream in = Files.newInputStream(table)) {
        add(all, in, table.toString());
      }
    }
    return new Abbreviations(all);
  }

  /**
   * The occurrences of the table's forms in {@code text}, left to right, the longest at each place,
   * none overlapping another; each starts and ends where {@code boundary} allows (between words, so
   * that 人大 is not found in 个人大病).
   */
  List<Occurrence> find(String text, IntPredicate boundary) {
    StringBuilder key = new StringBuilder(text.length());
    List<Integer> at = new ArrayList<>(text.length() + 1);
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
        at.add(i);
      }
    }
    List<Occurrence> out = new ArrayList<>();
    for (int s = 0; s < key.length(); s++) {
      int start = at.get(s);
      if (!boundary.test(start)) {
        continue;
      }
      for (int e = Math.min(key.length(), s + longest); e > s; e--) {
        Set<String> found = others.get(key.substring(s, e));
        int end = at.get(e - 1) + 1;
        if (found != null && boundary.test(end)) {
          out.add(new Occurrence(start, end, found));
          s = e - 1;
          break;
        }
      }
    }
    return out;
  }

  /** The forms documents may write for {@code form}, other than itself (empty when the table has none). */
  Set<String> othersOf(String form) {
    return others.getOrDefault(key(form), Set.of());
  }

  /** A form as it is compared: simplified, Latin lowercased, letters and digits only. */
  static String key(String form) {
    String simplified = Normalization.standard().normalizeString(form);
    StringBuilder out = new StringBuilder(simplified.length());
    simplified.codePoints().filter(Character::isLetterOrDigit)
        .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
    return out.toString();
  }

  private static InputStream shipped() {
    InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    return in;
  }

  /** Reads the rows of one table into {@code all}: form key → the forms it also finds. */
  private static void add(Map<String, Set<String>> all, InputStream in, String name) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#") || line.startsWith("term\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      Relation relation = f.length < 3 ? null : relation(f[1].strip());
      if (relation == null || f[0].isBlank() || f[2].isBlank()) {
        throw new IllegalArgumentException(name + ":" + lineNo
            + ": expected 'term<TAB>same|part<TAB>form|form…[<TAB>numbers<TAB>gloss]'");
      }
      List<Integer> numbers = f.length > 3 ? NumberedForms.numbers(f[3], name + ":" + lineNo) : List.of();
      for (int n : numbers.isEmpty() ? List.of(0) : numbers) {
        String term = NumberedForms.fill(f[0].strip(), n);
        List<String> forms = new ArrayList<>();
        for (String form : f[2].split("\\|")) {
          if (!form.isBlank()) {
            forms.add(NumberedForms.fill(form.strip(), n));
          }
        }
        link(all, term, forms, relation);
      }
    }
  }

  private static Relation relation(String label) {
    for (Relation r : Relation.values()) {
      if (r.name().toLowerCase(Locale.ROOT).equals(label)) {
        return r;
      }
    }
    return null;
  }

  private static void link(Map<String, Set<String>> all, String term, List<String> forms, Relation relation) {
    List<String> group = new ArrayList<>();
    group.add(term);
    group.addAll(forms);
    for (String from : relation == Relation.SAME ? group : List.of(term)) {
      String key = key(from);
      for (String to : group) {
        if (!key(to).equals(key) && !key.isEmpty()) {
          all.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(to);
        }
      }
    }
  }

  private static final class Holder {
    static final Abbreviations STANDARD = load();

    private static Abbreviations load() {
      Map<String, Set<String>> all = new HashMap<>();
      try (InputStream in = shipped()) {
        add(all, in, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Abbreviations(all);
    }
  }
}
