package org.zhengce.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhengce.clean.DocumentMetadata.Script;
import org.zhengce.extract.Kind;
import org.zhengce.normalize.Normalization;
import org.zhengce.text.NormalizedText;

/**
 * Reads a document's {@link DocumentMetadata} from its whole normalized text, in one place: the
 * title ({@link TitleFinder}), the publication date (a date field or a date line below the title,
 * {@link DateFields}; a signature or imprint, {@link SignedDates}; the file name; a readout's lead
 * with the file name's year, {@link LeadDates}), the issuer ({@link
 * HeaderFields}), the place it speaks for ({@link PlaceResolver} over the {@link Gazetteer}), the
 * speakers ({@link SpeakerFinder}), the kind ({@link KindClassifier}) and the script, which comes
 * from the share of Han characters that script conversion changed. Nothing reads the clock.
 * Immutable and thread-safe; build once.
 */
public final class MetadataExtractor {

  /**
   * Below this share of converted Han characters a text is simplified. Over the development
   * corpus simplified texts measure 0.000 and traditional ones 0.28 to 0.42 (seeds 0.31 to 0.37),
   * so a text half in each script (about 0.15) falls between the two thresholds: mixed.
   */
  static final double SIMPLIFIED_BELOW = 0.02;
  /** From this share on a text is traditional; between the two it mixes both scripts. */
  static final double TRADITIONAL_FROM = 0.2;

  private final Normalization normalization;
  private final PlaceResolver places;

  /** With the standard normalization chain and gazetteer. */
  public MetadataExtractor() {
    this(Normalization.standard(), Gazetteer.standard());
  }

  public MetadataExtractor(Normalization normalization, Gazetteer gazetteer) {
    this.normalization = normalization;
    this.places = new PlaceResolver(gazetteer);
  }

  /**
   * The metadata of {@code original}. {@code full} is the whole original normalized; {@code
   * htmlTitle} the page's {@code <title>} (null for plain text); {@code traditionalShare} the share
   * of its Han characters that conversion to simplified script changes.
   */
  public DocumentMetadata extract(String original, NormalizedText full, String htmlTitle,
      double traditionalShare) {
    return extract(original, full, htmlTitle, traditionalShare, null);
  }

  /**
   * The metadata of {@code original} read from the file {@code source}: as {@link
   * #extract(String, NormalizedText, String, double)}, and when the text has no title or date, the
   * ones its file name gives ({@link SourceName}). In a work report, plan or notice the speakers
   * are only who delivers it (its byline): the leaders such a text quotes do not speak in it.
   */
  public DocumentMetadata extract(String original, NormalizedText full, String htmlTitle,
      double traditionalShare, String source) {
    String text = plainSpaces(full.normalized());
    List<String> lines = lines(text);
    String html = htmlTitle == null || htmlTitle.isBlank()
        ? null : normalization.normalizeString(htmlTitle);
    TitleFinder.Found found = TitleFinder.find(lines, html);
    String title = found.title();
    if (title == null && SourceName.title(source) != null) {
      title = normalization.normalizeString(SourceName.title(source));
    }
    LocalDate date = DateFields.date(lines, found.line());
    if (date == null) {
      date = SignedDates.date(lines);
    }
    if (date == null) {
      date = SourceName.date(source);
    }
    if (date == null) {
      date = LeadDates.date(lines, found.line(), SourceName.year(source));
    }
    String issuer = HeaderFields.issuer(lines);
    String place = places.resolve(title, lines, found.line());
    Kind kind = KindClassifier.classify(title, text);
    List<String> speakers = switch (kind) {
      case REPORT, PLAN, NOTICE -> SpeakerFinder.byline(lines, found.line());
      default -> SpeakerFinder.find(text, lines, found.line());
    };
    return new DocumentMetadata(title, date, issuer, place, speakers, kind, script(traditionalShare));
  }

  /** {@code s} with the spaces that {@code \s} and {@code strip()} do not know made plain. */
  static String plainSpaces(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '\u00a0' || (c >= '\u2000' && c <= '\u200b') || c == '\u202f' || c == '\u3000'
          || c == '\ufeff') { // no-break, en to zero-width, narrow no-break, ideographic, BOM
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /** The lines of {@code text}, broken at \r\n, \r and \n; the last may be empty. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        i += c == '\r' && text.startsWith("\n", i + 1) ? 1 : 0;
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return List.copyOf(out);
  }

  /** The script for a share of converted Han characters. */
  static Script script(double traditionalShare) {
    if (traditionalShare < SIMPLIFIED_BELOW) {
      return Script.SIMPLIFIED;
    }
    return traditionalShare >= TRADITIONAL_FROM ? Script.TRADITIONAL : Script.MIXED;
  }
}
