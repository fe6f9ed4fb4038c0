package org.zhengce.read;

/**
 * Reads the bytes of one file format into a {@link Document}: {@link TextFormat}, {@link
 * HtmlFormat}, {@link PdfFormat}, {@link DocxFormat} and {@link DocFormat}. {@link
 * DocumentReader} picks one per file and has already checked the size and that the bytes are not
 * empty. Implementations refuse what they cannot read with a one-line {@link ReadException} and
 * are immutable and thread-safe.
 */
interface FormatReader {

  Document read(String source, byte[] bytes) throws ReadException;
}
