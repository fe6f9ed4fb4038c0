package org.zhengce.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhengce.pipeline.DocumentPipeline;
import org.zhengce.pipeline.ProcessedDocument;
import org.zhengce.read.Document;
import org.zhengce.read.ReadException;
import org.zhengce.read.TestPdfs;

/**
 * Reading PDFs beside the text path, in one run: the sample documents in {@code examples/}
 * printed as plans (34 characters a line, 30 lines a page, running header and page numbers, by
 * {@link TestPdfs}), then read (pages/s) and taken through the whole pipeline (chars/s), against
 * the same texts as plain text files; and how many commitments each path finds, which shows
 * whether layout repair gives back the sentences the page broke. Best of N rounds.
 */
public final class PdfThroughput {

  public static void main(String[] args) throws IOException, ReadException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path examples = Path.of(System.getProperty("zhengce.examples", "../examples"));
    List<byte[]> pdfs = new ArrayList<>();
    List<byte[]> texts = new ArrayList<>();
    int pages = 0;
    try (var files = Files.list(examples)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        // the test font has no glyphs for the private-use garbage of web pages; both paths skip it
        String text = Files.readString(p).codePoints()
            .filter(cp -> Character.getType(cp) != Character.PRIVATE_USE && cp != 0xFFFD)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
        texts.add(text.getBytes(StandardCharsets.UTF_8));
        pdfs.add(TestPdfs.plan(p.getFileName().toString(), "示例文件", text));
        pages += (TestPdfs.wrap(text).size() + TestPdfs.LINES_PER_PAGE - 1) / TestPdfs.LINES_PER_PAGE;
      }
    }
    DocumentPipeline pipeline = DocumentPipeline.standard();
    double bestRead = 0;
    double bestPdf = 0;
    double bestText = 0;
    int pdfCommitments = 0;
    int textCommitments = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      List<Document> read = new ArrayList<>();
      for (int i = 0; i < pdfs.size(); i++) {
        read.add(pipeline.read("doc" + i + ".pdf", pdfs.get(i)));
      }
      long t1 = System.nanoTime();
      long chars = 0;
      pdfCommitments = 0;
      for (Document d : read) {
        ProcessedDocument x = pipeline.process(d);
        pdfCommitments += x.extraction().commitments().size();
        chars += d.original().length();
      }
      long t2 = System.nanoTime();
      textCommitments = 0;
      long textChars = 0;
      for (int i = 0; i < texts.size(); i++) {
        Document d = pipeline.read("doc" + i + ".txt", texts.get(i));
        textChars += d.original().length();
        textCommitments += pipeline.process(d).extraction().commitments().size();
      }
      long t3 = System.nanoTime();
      double readRate = pages / ((t1 - t0) / 1e9);
      double pdfRate = chars / ((t2 - t0) / 1e9);
      double textRate = textChars / ((t3 - t2) / 1e9);
      bestRead = Math.max(bestRead, readRate);
      bestPdf = Math.max(bestPdf, pdfRate);
      bestText = Math.max(bestText, textRate);
      System.out.printf(Locale.ROOT, "round %d: PDF read %.0f pages/s; PDF read+process %,.0f chars/s; "
          + "text read+process %,.0f chars/s%n", r + 1, readRate, pdfRate, textRate);
    }
    System.out.printf(Locale.ROOT, "%d PDFs, %d pages. Best: PDF read %.0f pages/s; PDF whole pipeline "
        + "%,.0f chars/s, text whole pipeline %,.0f chars/s (ratio %.2f); commitments from the PDFs %d, "
        + "from the texts %d%n", pdfs.size(), pages, bestRead, bestPdf, bestText, bestPdf / bestText,
        pdfCommitments, textCommitments);
  }
}
