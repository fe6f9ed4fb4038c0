package org.zhengce.extract.time;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tables of the {@link Scan}s ({@link Scan.Tables}: first characters, the number characters
 * they cannot follow, the pairs), computed when the module is built and read at start-up:
 * computing them tries each pattern on hundreds of thousands of one- and two-character texts, a
 * tenth of a second of start-up (issue 11). {@link #main} writes {@value #RESOURCE} into the
 * classes folder in Maven's {@code process-classes} phase. A scan is found by its pattern, flags
 * and candidates, so a pattern changed since the build misses, and its scan computes its own
 * tables as before: the file can make start-up slower, never the scans different. Immutable.
 */
public final class ScanTables {

  static final String RESOURCE = "scan-tables.bin";
  /** Changes whenever what {@link Scan} computes changes, so that an older file is not read. */
  private static final int VERSION = 1;

  private final Map<String, Scan.Tables> tables;

  private ScanTables(Map<String, Scan.Tables> tables) {
    this.tables = tables;
  }

  /** The tables stored with the classes; none when the file is missing or of another version. */
  static ScanTables standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final ScanTables STANDARD = load();
  }

  private static ScanTables load() {
    try (InputStream in = ScanTables.class.getResourceAsStream(RESOURCE)) {
      return in == null ? new ScanTables(Map.of()) : read(new DataInputStream(new BufferedInputStream(in)));
    } catch (IOException e) { // cut short: the scans compute their tables (ScanTablesTest fails)
      return new ScanTables(Map.of());
    }
  }

  /** The key of a scan: its candidates (null: by kinds), flags and pattern. */
  static String key(Pattern pattern, String candidates) {
    return (candidates == null ? "K" : "C" + candidates) + '\u0000' + pattern.flags() + '\u0000'
        + pattern.pattern();
  }

  /** The stored tables of the scan with this key; null if none. */
  Scan.Tables find(String key) {
    return tables.get(key);
  }

  static ScanTables read(DataInput in) throws IOException {
    if (in.readInt() != VERSION) {
      return new ScanTables(Map.of());
    }
    int n = in.readInt();
    Map<String, Scan.Tables> tables = new HashMap<>(2 * n);
    for (int i = 0; i < n; i++) {
      byte[] key = new byte[in.readInt()];
      in.readFully(key);
      BitSet first = readBits(in);
      BitSet notAfter = readBits(in);
      Pairs pairs = in.readBoolean() ? Pairs.read(in) : null;
      tables.put(new String(key, StandardCharsets.UTF_8), new Scan.Tables(first, notAfter, pairs));
    }
    return new ScanTables(Map.copyOf(tables));
  }

  /** The tables of {@code scans}, each computed anew. */
  static void write(List<Scan> scans, DataOutput out) throws IOException {
    out.writeInt(VERSION);
    out.writeInt(scans.size());
    for (Scan scan : scans) {
      Scan.Tables t = scan.computed().tables();
      byte[] key = scan.key().getBytes(StandardCharsets.UTF_8);
      out.writeInt(key.length);
      out.write(key);
      writeBits(t.first(), out);
      writeBits(t.notAfter(), out);
      out.writeBoolean(t.pairs() != null);
      if (t.pairs() != null) {
        t.pairs().write(out);
      }
    }
  }

  private static void writeBits(BitSet bits, DataOutput out) throws IOException {
    long[] words = bits.toLongArray();
    out.writeInt(words.length);
    for (long w : words) {
      out.writeLong(w);
    }
  }

  private static BitSet readBits(DataInput in) throws IOException {
    long[] words = new long[in.readInt()];
    for (int i = 0; i < words.length; i++) {
      words[i] = in.readLong();
    }
    return BitSet.valueOf(words);
  }

  /** Writes the tables of all the time parser's scans into the folder {@code args[0]} (the build's classes). */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0], ScanTables.class.getPackageName().replace('.', '/'), RESOURCE);
    List<Scan> scans = TimeParser.ALL_SCANS; // read before the file is written anew
    Files.createDirectories(file.getParent());
    Path written = Files.createTempFile(file.getParent(), RESOURCE, ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(written))) {
      write(scans, new DataOutputStream(out));
    }
    Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
