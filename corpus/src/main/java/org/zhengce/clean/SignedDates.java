package org.zhengce.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an official document is signed or issued with, where its title does not stand above
 * it: the signature of a notice (the issuing body on one line, the date alone on the next —
 * {@code 天津市人民政府 / 2022 年 5 月 8 日}, above the plan it issues), and the imprint at its end
 * ({@code 2021 年 12 月 17 日印发}, below 抄送 and the issuing office). Only the first and the last
 * lines of a document are read, so that the dates of documents it quotes are not taken. Works on
 * normalized lines. Stateless.
 */
final class SignedDates {

  /** A signature stands among the first lines (the notice that issues a plan) … */
  private static final int HEAD_LINES = 40;
  /** … or among the last (below the text, above or in the imprint). */
  private static final int TAIL_LINES = 15;

  /** A line that names an issuing body and nothing else: 甘肃省人民政府办公厅, 德州市生态环境局. */
  private static final Pattern BODY_LINE = Pattern.compile("[\\p{IsHan}（）()·\\s]{2,40}"
      + "(人民政府|政府|办公厅|办公室|委员会|党委|党组|管委会|领导小组|厅|局|委|部|院|署|中心)");

  /** The imprint: the day a document was printed and issued, 2021 年 12 月 17 日印发. */
  private static final Pattern IMPRINT = Pattern.compile("[\\s（(]*(.+?)\\s*印发[\\s）)]*");

  private SignedDates() {}

  /** The signature's date, else the imprint's, else null. */
  static LocalDate date(List<String> lines) {
    int n = lines.size();
    LocalDate signed = signature(lines, 0, Math.min(n, HEAD_LINES));
    if (signed == null) {
      signed = signature(lines, Math.max(HEAD_LINES, n - TAIL_LINES), n);
    }
    for (int i = Math.max(0, n - TAIL_LINES); i < n && signed == null; i++) {
      Matcher m = IMPRINT.matcher(lines.get(i).strip());
      signed = m.matches() ? DateFields.wholeLine(m.group(1)) : null;
    }
    return signed;
  }

  /** The first date alone on a line right below a line naming a body, in lines {@code [from, to)}. */
  private static LocalDate signature(List<String> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      LocalDate d = DateFields.wholeLine(lines.get(i));
      if (d != null && BODY_LINE.matcher(previous(lines, i)).matches()) {
        return d;
      }
    }
    return null;
  }

  /** The nearest non-empty line above line {@code i}, stripped; empty when there is none. */
  private static String previous(List<String> lines, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String s = lines.get(k).strip();
      if (!s.isEmpty()) {
        return s;
      }
    }
    return "";
  }
}
