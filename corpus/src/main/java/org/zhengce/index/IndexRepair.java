package org.zhengce.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;

/**
 * Repairs a damaged index with Lucene's {@link CheckIndex}: the segments whose checksums or
 * structure fail are dropped, with their documents, and the rest is kept. An index whose list of
 * segments itself cannot be read cannot be repaired. Used before a writer opens the directory.
 */
final class IndexRepair {

  private IndexRepair() {}

  /** Drops the damaged segments of the index in {@code directory}; how many documents they held. */
  static int repair(Path dir, Directory directory) throws IOException, IndexException {
    if (directory.listAll().length == 0) {
      return 0;
    }
    try (CheckIndex check = new CheckIndex(directory)) {
      check.setChecksumsOnly(true);
      CheckIndex.Status status = check.checkIndex();
      if (status.missingSegments) {
        throw new IndexException("index " + dir + " cannot be repaired (its list of segments is lost);"
            + " index the files again into a new directory", null);
      }
      if (status.clean) {
        return 0;
      }
      check.exorciseIndex(status);
      return status.totLoseDocCount;
    }
  }
}
