package org.zhengce.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One OpenCC text dictionary: each key with its values, first value preferred. */
final class OpenccDict {
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

  private OpenccDict(Map<String, List<String>> entries) {
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
  static OpenccDict read(String file, boolean reversed) {
    Map<String, List<String>> entries = new HashMap<>();
    try (InputStream in = OpenccDict.class.getResourceAsStream("opencc/" + file)) {
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
        // the values, split at spaces by hand: a regex split compiles its pattern per line
        String values = line.substring(tab + 1).trim();
        for (int from = 0, end; from < values.length(); from = end + 1) {
          end = values.indexOf(' ', from);
          end = end < 0 ? values.length() : end;
          String value = values.substring(from, end);
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
    return new OpenccDict(entries);
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
