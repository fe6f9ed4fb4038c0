package org.zhengce.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhengce.index.CorpusIndex;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.read.ReadException;

/**
 * The indexed documents as their pages show them: what the index stores (metadata, flags, the
 * records as JSON) and the document read again from its file through the {@link
 * DocumentPipeline}, for its original text, noise regions and records. A file that changed since
 * it was indexed is shown as it is now, with a sentence saying so; a file that is gone or cannot
 * be read leaves the stored part alone. Documents added from the extract page are kept in memory
 * for the life of the server (an upload is never kept on disk). The last {@value #KEPT} documents
 * read are kept, checked against their file's size and time. Thread-safe.
 */
final class Documents {

  private static final int KEPT = 32;
  static final String UPLOAD_PREFIX = "upload:";

  /** How the document stands against its file. */
  enum State { CURRENT, CHANGED, UNREADABLE }

  /**
   * One document: {@code stored} is what {@code CorpusSearcher.show} gives, {@code processed}
   * null when its file cannot be read, {@code note} the sentence for a state other than current.
   */
  record Shown(Map<String, Object> stored, ProcessedDocument processed, State state, String note) {

    String id() {
      return (String) stored.get("id");
    }

    String path() {
      return (String) stored.get("path");
    }
  }

  private record Kept(Shown shown, long size, long modified) {}

  private final DocumentPipeline pipeline;
  private final Map<String, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(KEPT, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
      return size() > KEPT;
    }
  });
  private final Map<String, ProcessedDocument> uploads = new ConcurrentHashMap<>();

  Documents(DocumentPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Remembers an uploaded document added to the index under {@code id}. */
  void uploaded(String id, ProcessedDocument processed) {
    uploads.put(id, processed);
  }

  /** The document with this id or path (any spelling), or a 404 {@link PageException}. */
  Shown load(Corpus corpus, String key) throws IOException {
    if (key == null) {
      throw PageException.badRequest("Which document? Give its id or path (doc?id=… or doc?path=…).");
    }
    Map<String, Object> stored = corpus.read(s -> s.show(key));
    if (stored == null) {
      throw PageException.notFound("There is no document " + key + " in the index.");
    }
    String id = (String) stored.get("id");
    String path = (String) stored.get("path");
    if (path.startsWith(UPLOAD_PREFIX)) {
      ProcessedDocument upload = uploads.get(id);
      return upload != null ? new Shown(stored, upload, State.CURRENT, null)
          : new Shown(stored, null, State.UNREADABLE, "This document was uploaded to an earlier run of the "
              + "server; uploads are never kept on disk, so only what the index holds of it is shown.");
    }
    Path file = Path.of(path);
    String cacheKey = path + "@" + id;
    long size = -1;
    long modified = -1;
    try {
      size = Files.size(file);
      modified = Files.getLastModifiedTime(file).toMillis();
      Kept k = kept.get(cacheKey);
      if (k != null && k.size() == size && k.modified() == modified) {
        return k.shown();
      }
    } catch (IOException missing) {
      // said when the file is read
    }
    Shown shown = read(stored, file, id);
    if (shown.processed() != null) {
      kept.put(cacheKey, new Kept(shown, size, modified));
    }
    return shown;
  }

  private Shown read(Map<String, Object> stored, Path file, String id) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, pipeline.maxBytes() + 1));
    } catch (NoSuchFileException e) {
      return new Shown(stored, null, State.UNREADABLE, "The file " + file + " is gone (moved or deleted); "
          + "its text cannot be shown. Index its folder again to bring the index in line.");
    } catch (IOException e) {
      return new Shown(stored, null, State.UNREADABLE, "The file " + file + " cannot be read now ("
          + e.getClass().getSimpleName() + ").");
    }
    try {
      ProcessedDocument processed = pipeline.process(pipeline.read(file.toString(), bytes));
      return CorpusIndex.id(bytes).equals(id) ? new Shown(stored, processed, State.CURRENT, null)
          : new Shown(stored, processed, State.CHANGED, "The file has changed since it was indexed: the text and "
              + "records below are the file as it is now (run zhengce index again to update the index).");
    } catch (ReadException e) {
      return new Shown(stored, null, State.UNREADABLE, "The file " + file + " cannot be read now: "
          + e.getMessage() + ".");
    }
  }
}
