package org.zhengce.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The searchable state of an index directory: a {@link SearcherManager} of {@link FacetedSearcher}s,
 * so that a long-lived searcher (the web page's) sees what a writer commits, at most a second late,
 * while every search holds one consistent reader and its facet state. Opening verifies every
 * segment's checksums, a refresh those of the new segments. Thread-safe; close when done.
 */
final class IndexSnapshots implements Closeable {

  private static final long REFRESH_NANOS = 1_000_000_000L;

  private final Path dir;
  private final FSDirectory directory;
  private final SearcherManager manager;
  private volatile long checked = System.nanoTime();

  private IndexSnapshots(Path dir, FSDirectory directory, SearcherManager manager) {
    this.dir = dir;
    this.directory = directory;
    this.manager = manager;
  }

  /** Opens the index in {@code dir}, its checksums verified; "no index" or "damaged" otherwise. */
  static IndexSnapshots open(Path dir) throws IndexException {
    IndexException.requireDirectoryOrNothing(dir);
    if (!Files.isDirectory(dir)) {
      throw new IndexException("no index at " + dir + " (run zhengce index first)", null);
    }
    FSDirectory directory = null;
    DirectoryReader reader = null;
    try {
      directory = FSDirectory.open(dir);
      reader = DirectoryReader.open(directory);
      try {
        CorpusSearcher.verify(dir, reader);
      } catch (IndexException e) {
        IOUtils.closeWhileHandlingException(reader, directory);
        throw e;
      }
      return new IndexSnapshots(dir, directory, new SearcherManager(reader, new FacetedSearcher.Factory()));
    } catch (IndexNotFoundException e) {
      try {
        IndexException.requireCommitPoint(dir, directory);
      } catch (IOException ignored) {
        // no more to say than "no index"
      } finally {
        IOUtils.closeWhileHandlingException(directory);
      }
      throw new IndexException("no index at " + dir + " (run zhengce index first)", e);
    } catch (IOException | RuntimeException e) { // CorruptIndexException, EOFException, another version …
      IOUtils.closeWhileHandlingException(reader, directory);
      throw e instanceof IOException io ? IndexException.of(dir, io)
          : IndexException.damaged(dir, new IOException(e.getMessage(), e));
    }
  }

  /** The current searcher, the index looked at again when a second has passed; give it back with {@link #release}. */
  FacetedSearcher acquire() throws IOException {
    long now = System.nanoTime();
    if (now - checked > REFRESH_NANOS) {
      checked = now;
      refresh(false);
    }
    return (FacetedSearcher) manager.acquire();
  }

  void release(FacetedSearcher searcher) throws IOException {
    manager.release(searcher);
  }

  /** Looks at the index now; with {@code wait}, also when another thread is already looking. */
  void refresh(boolean wait) throws IOException {
    try {
      if (wait) {
        manager.maybeRefreshBlocking();
      } else {
        manager.maybeRefresh();
      }
    } catch (IOException e) { // a new segment whose checksums fail, a file gone …
      throw new IOException(IndexException.of(dir, e).getMessage(), e);
    }
  }

  Path directory() {
    return dir;
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }
}
