package org.zhengce.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A good index that cannot be written is never called damaged. */
class IndexExceptionTest {

  private static final Path DIR = Path.of("ro_mnt");

  @Test
  void aReadOnlyFileSystemIsNamed() {
    IndexException e = IndexException.of(DIR, new FileSystemException("ro_mnt/write.lock", null, "Read-only file system"));
    assertEquals("index ro_mnt is on a read-only file system (search and stats still read it; index into a writable directory)",
        e.getMessage());
    assertFalse(e.getMessage().contains("damaged"));
  }

  @Test
  void aDirectoryWithoutWritePermissionIsNamed() {
    IndexException e = IndexException.of(DIR, new AccessDeniedException("ro_mnt/write.lock"));
    assertEquals("index ro_mnt cannot be written: permission denied (search and stats still read it; "
        + "index into a directory you may write)", e.getMessage());
  }

  @Test
  void aFullDiskIsNamed() {
    IndexException e = IndexException.of(DIR, new java.io.IOException("No space left on device"));
    assertEquals("no space left on the device of index ro_mnt; the last commit is kept, free space and run the same "
        + "command again", e.getMessage());
  }
}
