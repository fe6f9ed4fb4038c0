package org.zhengce.build;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A build step (Maven's package phase, after the shaded jar is made): rewrites a jar with the
 * named entries stored rather than deflated. HanLP reads its dictionaries (10 MB) from the jar at
 * every start; inflating them took 70 ms of the start-up's CPU, reading them stored 30 ms
 * (issue 11). Every other entry, and the order of all, is kept as it was.
 *
 * <p>Arguments: the jar, then the names of the entries to store.
 */
public final class StoredEntries {

  private StoredEntries() {}

  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    Set<String> stored = Set.of(java.util.Arrays.copyOfRange(args, 1, args.length));
    Path rewritten = Files.createTempFile(jar.toAbsolutePath().getParent(), "stored", ".jar");
    int found = 0;
    try (ZipFile in = new ZipFile(jar.toFile());
        ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(rewritten)))) {
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        byte[] bytes;
        try (InputStream data = in.getInputStream(entry)) {
          bytes = data.readAllBytes();
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        if (stored.contains(entry.getName())) {
          CRC32 crc = new CRC32();
          crc.update(bytes);
          copy.setMethod(ZipEntry.STORED);
          copy.setSize(bytes.length);
          copy.setCompressedSize(bytes.length);
          copy.setCrc(crc.getValue());
          found++;
        }
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(rewritten);
      throw e;
    }
    if (found != stored.size()) {
      Files.deleteIfExists(rewritten);
      throw new IllegalStateException(jar + ": " + (stored.size() - found) + " of the entries to store are not in it");
    }
    try { // the temporary file's owner-only permissions would not do for a jar others run
      Files.setPosixFilePermissions(rewritten, Files.getPosixFilePermissions(jar));
    } catch (UnsupportedOperationException notPosix) {
      // a file system without POSIX permissions keeps its own
    }
    Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
  }
}
