package org.zhengce.read;

/**
 * Plain text: the bytes decoded by {@link EncodingDetector}, kept as they are. Thread-safe.
 */
final class TextFormat implements FormatReader {

  private final EncodingDetector encodings = new EncodingDetector();

  @Override
  public Document read(String source, byte[] bytes) throws ReadException {
    EncodingDetector.Decoded decoded = encodings.decode(bytes);
    if (decoded.text().isBlank()) {
      throw new ReadException("empty file (whitespace only)");
    }
    return new Document(source, decoded.encoding(), Document.Format.TEXT, decoded.text(), null,
        org.zhengce.structure.Layout.NONE, decoded.replacedBytes());
  }
}
