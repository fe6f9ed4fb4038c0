package org.zhengce.extract.time;

import java.time.LocalDate;
import org.zhengce.extract.time.TimeExpression.DurationUnit;
import org.zhengce.extract.time.TimeExpression.Relation;
import org.zhengce.extract.time.TimeExpression.Type;

/**
 * A candidate time expression before prefixes and suffixes (到…, …前, …以来, …内) are read: its
 * span in the folded text, what it denotes through a {@link Resolver}, and for durations their
 * amount and unit. The pattern classes make atoms; {@link TimeParser} picks and joins them.
 */
record Atom(
    int start,
    int end,
    Kind kind,
    Type type,
    Resolver resolver,
    boolean yearless,
    boolean plan,
    Relation relation,
    Integer amount,
    DurationUnit unit) {

  /** A date or period; two of them joined by 至 or a dash; a length of time. */
  enum Kind {
    ANCHOR,
    RANGE,
    DURATION
  }

  /**
   * Turns an atom into days. {@code year} is the year that year-less forms (4月19日, 年底) take:
   * the year of the range they close, else the document's year; null when neither is known.
   */
  @FunctionalInterface
  interface Resolver {
    DateRange resolve(LocalDate documentDate, Integer year);
  }

  static Atom anchor(int start, int end, Type type, Resolver resolver, boolean yearless) {
    return new Atom(start, end, Kind.ANCHOR, type, resolver, yearless, false, Relation.NONE,
        null, null);
  }

  static Atom duration(int start, int end, Type type, Resolver resolver, int amount,
      DurationUnit unit) {
    return new Atom(start, end, Kind.DURATION, type, resolver, false, false, Relation.NONE,
        amount, unit);
  }

  Atom asPlan() {
    return new Atom(start, end, kind, type, resolver, yearless, true, relation, amount, unit);
  }

  Atom withRelation(Relation r) {
    return new Atom(start, end, kind, type, resolver, yearless, plan, r, amount, unit);
  }

  int length() {
    return end - start;
  }

  DateRange resolve(LocalDate documentDate, Integer year) {
    try {
      return resolver == null ? null : resolver.resolve(documentDate, year);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return null;
    }
  }
}
