package org.zhengce.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

/**
 * A problem with the index itself — locked, damaged, missing, not writable — with a one-line
 * reason that names the cause and what to do, never "damaged" for a good index that only
 * cannot be written.
 */
public final class IndexException extends Exception {

  private static final long serialVersionUID = 1L;

  public IndexException(String reason, Throwable cause) {
    super(reason, cause);
  }

  /** The index path exists but is not a directory. */
  static void requireDirectoryOrNothing(Path dir) throws IndexException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IndexException("the index path " + dir + " is a file, not an index directory", null);
    }
  }

  /**
   * A directory with segment files but no {@code segments_N}: an index whose list of segments is
   * lost, never to be taken for an empty one (a writer would start afresh over it).
   */
  static void requireCommitPoint(Path dir, org.apache.lucene.store.Directory directory) throws IOException, IndexException {
    if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)
        && java.util.Arrays.stream(directory.listAll()).anyMatch(f -> f.endsWith(".si") || f.endsWith(".cfs"))) {
      throw new IndexException("index " + dir + " holds segment files but no segments_N (its list of segments is lost);"
          + " index the files again into a new directory", null);
    }
  }

  /** The index's checksums do not hold: bytes changed on disk. */
  static IndexException damaged(Path dir, IOException cause) {
    return new IndexException("index " + dir + " is damaged (" + detail(cause) + "); repair it with "
        + "'zhengce index --repair --index " + dir + " PATH…' (the damaged part is dropped and its files "
        + "indexed again) or index the files into a new directory", cause);
  }

  /** {@code cause} from opening or writing the index in {@code dir}, in the words of its cause. */
  public static IndexException of(Path dir, IOException cause) {
    if (cause instanceof AccessDeniedException) {
      return new IndexException("index " + dir + " cannot be written: permission denied"
          + " (search and stats still read it; index into a directory you may write)", cause);
    }
    if (cause instanceof FileSystemException f && String.valueOf(f.getReason()).contains("Read-only")) {
      return new IndexException("index " + dir + " is on a read-only file system"
          + " (search and stats still read it; index into a writable directory)", cause);
    }
    if (String.valueOf(cause.getMessage()).contains("No space left")) {
      return new IndexException("no space left on the device of index " + dir
          + "; the last commit is kept, free space and run the same command again", cause);
    }
    if (cause instanceof CorruptIndexException) {
      return damaged(dir, cause);
    }
    if (cause instanceof IndexFormatTooOldException || cause instanceof IndexFormatTooNewException) {
      return new IndexException("index " + dir + " was written by another version of zhengce or is damaged ("
          + cause.getClass().getSimpleName() + "); index the files again into a new directory", cause);
    }
    return new IndexException("index " + dir + " is damaged or unreadable (" + detail(cause)
        + "); index the files again into a new directory", cause);
  }

  private static String detail(IOException cause) {
    String m = cause.getMessage();
    if (m != null && m.contains("checksum failed")) {
      java.util.regex.Matcher file = java.util.regex.Pattern.compile("(_\\w+\\.\\w+)").matcher(m);
      return "checksum failed" + (file.find() ? " in " + file.group(1) : "");
    }
    return cause.getClass().getSimpleName();
  }
}
