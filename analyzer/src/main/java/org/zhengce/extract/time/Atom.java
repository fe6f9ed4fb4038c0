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
    DurationUnit unit,
    Flavor flavor) {

  /**
   * What else an atom is: an ordinary one; a time of day (下午3点), kept alone as the reference
   * day or folded into the day before it; a part of day alone (上午), kept only when folded into a
   * day; a bare four-digit year (2017), kept only as the whole text, one end of a range, or after
   * a time preposition (到, 从, 于, 截至), since digits alone are more often counts or numbers.
   */
  enum Flavor {
    PLAIN,
    CLOCK,
    DAYPART,
    BARE_YEAR
  }

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
        null, null, Flavor.PLAIN);
  }

  static Atom range(int start, int end, Type type, Resolver resolver, boolean yearless) {
    return new Atom(start, end, Kind.RANGE, type, resolver, yearless, false, Relation.NONE,
        null, null, Flavor.PLAIN);
  }

  static Atom duration(int start, int end, Type type, Resolver resolver, int amount,
      DurationUnit unit) {
    return new Atom(start, end, Kind.DURATION, type, resolver, false, false, Relation.NONE,
        amount, unit, Flavor.PLAIN);
  }

  Atom asPlan() {
    return new Atom(start, end, kind, type, resolver, yearless, true, relation, amount, unit,
        flavor);
  }

  Atom withRelation(Relation r) {
    return new Atom(start, end, kind, type, resolver, yearless, plan, r, amount, unit, flavor);
  }

  Atom withPlan(boolean p) {
    return new Atom(start, end, kind, type, resolver, yearless, p, relation, amount, unit, flavor);
  }

  Atom as(Flavor f) {
    return new Atom(start, end, kind, type, resolver, yearless, plan, relation, amount, unit, f);
  }

  /** The same atom, ending at {@code newEnd} (a time of day folded in). */
  Atom endingAt(int newEnd) {
    return new Atom(start, newEnd, kind, type, resolver, yearless, plan, relation, amount, unit,
        Flavor.PLAIN);
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
