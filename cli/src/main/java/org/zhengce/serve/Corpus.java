package org.zhengce.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.zhengce.clean.CleanDocument;
import org.zhengce.extract.Extraction;
import org.zhengce.index.CorpusIndex;
import org.zhengce.index.CorpusSearcher;
import org.zhengce.index.IndexException;

/**
 * The index the server reads, through one shared {@link CorpusSearcher}: opened on the first
 * request (an index made after the server started is found), opened again when the index has
 * changed on disk (a {@code zhengce index} run, a document added from the extract page: its
 * commit point, {@code segments_N}, is another file), and closed once no search uses it. A
 * missing or damaged index is a {@link PageException} with the index's own sentence; the next
 * request looks again. Values derived from one state of the index ({@link #memo}) are kept until
 * it changes. Thread-safe.
 */
final class Corpus implements Closeable {

  /** What a request does with the searcher. */
  interface Read<T> {
    T apply(CorpusSearcher searcher) throws IOException;
  }

  private final Path dir;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Object writing = new Object();
  private final Map<String, Object> memos = new ConcurrentHashMap<>();
  // guarded by lock
  private CorpusSearcher searcher;
  private String openedAt;
  private String problem;

  Corpus(Path dir) {
    this.dir = dir;
  }

  Path directory() {
    return dir;
  }

  /** Runs {@code read} on the current searcher. */
  <T> T read(Read<T> read) throws IOException {
    refresh();
    lock.readLock().lock();
    try {
      if (searcher == null) {
        throw new PageException(503, sentence(problem));
      }
      return read.apply(searcher);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** {@code read}'s value, computed once per state of the index under {@code key}. */
  @SuppressWarnings("unchecked")
  <T> T memo(String key, Read<T> read) throws IOException {
    return read(s -> {
      String k = openedAt + "|" + key; // stable under the read lock
      Object known = memos.get(k);
      if (known == null) {
        known = read.apply(s);
        memos.put(k, known);
      }
      return (T) known;
    });
  }

  /**
   * Adds (or replaces) one document under {@code path}, committed at once; a {@code zhengce index}
   * run holding the index gets the index's own sentence ("locked by another process").
   */
  CorpusIndex.Outcome add(String path, String id, CleanDocument doc, Extraction x) throws IOException {
    CorpusIndex.Outcome outcome;
    synchronized (writing) {
      try (CorpusIndex index = CorpusIndex.open(dir)) {
        outcome = index.put(path, id, doc, x);
        index.commit();
      } catch (IndexException e) {
        throw new PageException(409, sentence(e.getMessage()));
      }
    }
    refresh();
    return outcome;
  }

  /** Opens the searcher again when the index's commit point is another than the one it opened. */
  private void refresh() {
    String now = commitPoint();
    lock.readLock().lock();
    try {
      if (java.util.Objects.equals(now, openedAt) && (searcher != null || problem != null)) {
        return;
      }
    } finally {
      lock.readLock().unlock();
    }
    lock.writeLock().lock();
    try {
      if (java.util.Objects.equals(now, openedAt) && (searcher != null || problem != null)) {
        return;
      }
      closeQuietly();
      memos.clear();
      openedAt = now;
      try {
        searcher = CorpusSearcher.open(dir);
        problem = null;
      } catch (IndexException e) {
        problem = e.getMessage();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The name and time of the newest {@code segments_N} file, or null when there is none. */
  private String commitPoint() {
    String newest = null;
    long newestGen = -1;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "segments_*")) {
      for (Path f : files) {
        String suffix = f.getFileName().toString().substring("segments_".length());
        long gen;
        try {
          gen = Long.parseLong(suffix, Character.MAX_RADIX);
        } catch (NumberFormatException notACommit) {
          continue;
        }
        if (gen > newestGen) {
          newestGen = gen;
          newest = f.getFileName() + "@" + Files.getLastModifiedTime(f).toMillis();
        }
      }
    } catch (NoSuchFileException | java.nio.file.NotDirectoryException e) {
      return null;
    } catch (IOException e) {
      return "unreadable";
    }
    return newest;
  }

  private static String sentence(String message) {
    String m = message == null ? "The index cannot be opened." : message.strip();
    m = Character.toUpperCase(m.charAt(0)) + m.substring(1);
    return m.endsWith(".") ? m : m + ".";
  }

  private void closeQuietly() {
    if (searcher != null) {
      try {
        searcher.close();
      } catch (IOException ignored) {
        // a reader that cannot close holds nothing we need
      }
      searcher = null;
    }
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      closeQuietly();
      openedAt = null;
      problem = "the server is stopping";
    } finally {
      lock.writeLock().unlock();
    }
  }
}
