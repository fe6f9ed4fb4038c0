package org.zhengce.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zhengce.extract.time.Atom.Kind;
import org.zhengce.extract.time.Modifiers.Effect;
import org.zhengce.extract.time.Modifiers.Prefix;
import org.zhengce.extract.time.Modifiers.Suffix;
import org.zhengce.extract.time.TimeExpression.DurationUnit;
import org.zhengce.extract.time.TimeExpression.Relation;
import org.zhengce.extract.time.TimeExpression.Type;

/**
 * Finds the time expressions of a Chinese text and resolves them against the document's date
 * (never the clock): dates, periods, plan periods, holidays, relative days, and durations, with the
 * words that make them deadlines (到…, …前, …年内), starting points (…以来, 自…起) or time limits
 * (…内). Works in stages: {@link TimeText} folds the text char for char, the pattern classes
 * ({@link DatePatterns}, {@link NumericDates}, {@link RelativeDates}, {@link Holidays},
 * {@link PlanPeriods}, {@link Durations}, {@link Centuries}, {@link Offsets}, {@link Clock}) propose
 * atoms, each tried only where its first character can start; the longest leftmost atoms are kept,
 * {@link Joiner} folds times of day into their day and joins ranges (A至B, A到现在), and
 * {@link Modifiers} read the words around them. Open starts (…起, …以来, 从…) end on the
 * reference date once it has reached them. The conventions of each form (年初 = January–February,
 * 月初 = days 1–10, …) are those of README's time section. Words for "now" or "soon" (立即, 尽快, 近期) are not
 * time expressions. Instances hold no state and are safe to share between threads.
 */
public final class TimeParser {

  /** The scans of the pattern classes that run on every text. */
  static final List<Scan> SCANS = java.util.stream.Stream.of(DatePatterns.SCANS,
      RelativeDates.SCANS, PlanPeriods.SCANS, Durations.SCANS, Centuries.SCANS, Offsets.SCANS,
      Clock.SCANS, Holidays.SCANS).flatMap(List::stream).toList();

  /** All the scans of the pattern classes, those above and those tried in place: what {@link ScanTables} stores. */
  static final List<Scan> ALL_SCANS = java.util.stream.Stream.concat(SCANS.stream(),
      DatePatterns.AFTER.stream()).toList();

  /** Where they may start in a text, found in one pass over it. */
  private static final Starts.Index STARTS = new Starts.Index(SCANS);

  /**
   * The time expressions of {@code text}, in order and not overlapping. {@code documentDate} may
   * be null: relative expressions are still found but their dates stay null.
   */
  public List<TimeExpression> find(String text, LocalDate documentDate) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String s = TimeText.fold(text);
    Starts starts = STARTS.in(s);
    List<Atom> candidates = new ArrayList<>();
    DatePatterns.find(starts, candidates);
    RelativeDates.find(starts, candidates);
    Holidays.find(starts, candidates);
    PlanPeriods.find(starts, candidates);
    Durations.find(starts, candidates);
    Centuries.find(starts, candidates);
    Offsets.find(starts, candidates);
    Clock.find(starts, candidates);
    List<Atom> atoms = Joiner.join(s, longestLeftmost(candidates));
    List<TimeExpression> out = new ArrayList<>(atoms.size());
    int previousEnd = 0;
    for (int i = 0; i < atoms.size(); i++) {
      int nextStart = i + 1 < atoms.size() ? atoms.get(i + 1).start() : s.length();
      TimeExpression e = express(text, s, atoms.get(i), previousEnd, nextStart, documentDate);
      out.add(e);
      previousEnd = e.end();
    }
    return List.copyOf(out);
  }

  private static List<Atom> longestLeftmost(List<Atom> candidates) {
    candidates.sort(Comparator.comparingInt(Atom::start)
        .thenComparing(Comparator.comparingInt(Atom::length).reversed())
        .thenComparing(a -> a.kind() == Kind.DURATION));
    List<Atom> kept = new ArrayList<>();
    int end = 0;
    for (Atom a : candidates) {
      if (a.start() >= end && a.end() > a.start()) {
        kept.add(a);
        end = a.end();
      }
    }
    return kept;
  }

  private static TimeExpression express(String text, String s, Atom atom, int previousEnd,
      int nextStart, LocalDate doc) {
    Suffix suffix = Modifiers.suffix(s, atom, nextStart);
    Prefix prefix = atom.kind() == Kind.DURATION
        ? new Prefix(atom.start(), false, false, false)
        : Modifiers.prefix(s, atom.start(), previousEnd);
    if (prefix.since() && suffix.effect() == null && s.startsWith("的", atom.end())) {
      prefix = new Prefix(atom.start(), false, false, prefix.goal()); // 从2015年的54.4%: a baseline
    }
    int start = prefix.start();
    int end = suffix.end();
    String quote = text.substring(start, end);
    DateRange r = atom.resolve(doc, doc == null ? null : doc.getYear());
    LocalDate from = r == null ? null : r.from();
    LocalDate to = r == null ? null : r.to();
    Effect effect = suffix.effect();
    if (atom.kind() == Kind.DURATION) {
      return duration(quote, start, end, atom, effect, doc, from, to);
    }
    if (effect == null || effect == Effect.KEEP) {
      if (prefix.deadline() || prefix.goal()) {
        effect = Effect.BY;
      } else if (prefix.since() && atom.kind() != Kind.RANGE) {
        effect = Effect.FROM; // 自2020年 … , 从今年 …
      }
    }
    boolean past = doc != null && to != null && to.isBefore(doc);
    Relation relation = atom.relation() == Relation.BY ? Relation.BY : switch (effect == null
        ? Effect.KEEP : effect) {
      case BY -> Relation.BY;
      case SINCE_NOW, FROM -> Relation.SINCE;
      case ONWARD, AFTER -> past ? Relation.SINCE : Relation.NONE;
      default -> Relation.NONE;
    };
    if (relation == Relation.BY) {
      return new TimeExpression(start, end, quote, Type.SPAN, null, to, null, null, relation,
          atom.plan());
    }
    if (effect == null || effect == Effect.KEEP) {
      return new TimeExpression(start, end, quote, atom.type(), from, to, null, null,
          Relation.NONE, atom.plan());
    }
    LocalDate since = effect == Effect.AFTER && to != null ? to.plusDays(1) : from;
    LocalDate until = relation == Relation.SINCE && doc != null && since != null
        && !doc.isBefore(since) ? doc : null; // open starts end on the reference date
    return new TimeExpression(start, end, quote, Type.SPAN, since, until, null, null, relation,
        atom.plan());
  }

  /** A length of time, with what its suffix makes of it: a limit, a time ago or ahead, a since. */
  private static TimeExpression duration(String quote, int start, int end, Atom atom,
      Effect effect, LocalDate doc, LocalDate from, LocalDate to) {
    DurationUnit unit = atom.unit();
    int amount = atom.amount();
    Type type = atom.type();
    Relation relation = Relation.NONE;
    if (effect == Effect.WITHIN) {
      relation = Relation.WITHIN;
    } else if (effect == Effect.AGO || effect == Effect.LATER) {
      type = unit == DurationUnit.DAY ? Type.POINT : Type.SPAN;
      LocalDate day = doc == null ? null
          : Durations.shift(doc, effect == Effect.AGO ? -amount : amount, unit);
      DateRange r = day == null ? null : Durations.around(day, unit);
      from = r == null ? null : r.from();
      to = r == null ? null : r.to();
    } else if (effect == Effect.SINCE_NOW) {
      type = Type.SPAN;
      relation = Relation.SINCE;
      from = doc == null ? null : Durations.shift(doc, -amount, unit);
      to = from == null ? null : doc;
    }
    return new TimeExpression(start, end, quote, type, from, to, amount, unit, relation,
        false);
  }
}
