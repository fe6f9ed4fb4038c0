package org.zhengce.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhengce.extract.time.TimeExpression;
import org.zhengce.extract.time.TimeExpression.Relation;
import org.zhengce.extract.time.TimeExpression.Type;
import org.zhengce.extract.time.TimeParser;

/**
 * Picks the time expressions that can be deadlines: time limits (30个工作日内), plan periods
 * (十三五末, “十四五”期间), dates something is due by (到2020年, 6月底前) and dates not yet past when
 * the document was written (今年). Starting points (…以来) and durations without 内 are not
 * deadlines; the caller keeps only those inside a commitment or a target's sentence. Positions
 * are of the normalized text. Immutable and thread-safe.
 */
final class DeadlineFinder {

  /** A deadline found: where, of what kind, due when, for how long. */
  record Draft(int start, int end, Deadline.Kind kind, LocalDate due, Integer amount, String unit) {}

  private final TimeParser parser = new TimeParser();

  List<Draft> find(String text, LocalDate documentDate) {
    List<Draft> out = new ArrayList<>();
    for (TimeExpression t : parser.find(text, documentDate)) {
      if (t.relation() == Relation.SINCE) {
        continue;
      }
      if (t.type() == Type.DURATION) {
        if (t.relation() == Relation.WITHIN && t.amount() != null && t.unit() != null) {
          out.add(new Draft(t.start(), t.end(), Deadline.Kind.RELATIVE, null, t.amount(),
              t.unit().label()));
        }
        continue;
      }
      if (t.plan()) {
        out.add(new Draft(t.start(), t.end(), Deadline.Kind.PERIOD, t.to(), null, null));
        continue;
      }
      boolean past = documentDate != null && t.to() != null && t.to().isBefore(documentDate);
      if (t.relation() == Relation.BY || !past) {
        out.add(new Draft(t.start(), t.end(), Deadline.Kind.ABSOLUTE, t.to(), null, null));
      }
    }
    return out;
  }
}
