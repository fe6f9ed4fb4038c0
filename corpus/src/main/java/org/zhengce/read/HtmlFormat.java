package org.zhengce.read;

/**
 * An HTML page: the bytes decoded by {@link EncodingDetector}, then reduced to their text, title
 * and tables by {@link HtmlText}. Thread-safe.
 */
final class HtmlFormat implements FormatReader {

  private final EncodingDetector encodings = new EncodingDetector();
  private final HtmlText html = new HtmlText();

  @Override
  public Document read(String source, byte[] bytes) throws ReadException {
    EncodingDetector.Decoded decoded = encodings.decode(bytes);
    if (decoded.text().isBlank()) {
      throw new ReadException("empty file (whitespace only)");
    }
    HtmlText.Page page = html.extract(decoded.text());
    if (page.text().isBlank()) {
      throw new ReadException("HTML page without text");
    }
    return new Document(source, decoded.encoding(), Document.Format.HTML, page.text(),
        page.title(), page.layout(), decoded.replacedBytes());
  }
}
