package org.zhengce.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengce.extract.time.Atom.Flavor;
import org.zhengce.extract.time.Atom.Kind;
import org.zhengce.extract.time.TimeExpression.Relation;
import org.zhengce.extract.time.TimeExpression.Type;

/**
 * Puts the kept atoms together, in order: a time of day folds into the day before it (后天上午,
 * 3月4日 下午3点); two dates with only 至, 到, a dash or a tilde between them become one range (A至B,
 * 3月5至4月12, 1990到93年5月, 2010.05-2012); a date followed by 到现在 (至今 is a suffix) becomes
 * the range up to the reference date; then parts of the day left alone are dropped, and bare
 * years are kept only as the whole text, in a range, or after a time preposition.
 */
final class Joiner {

  private static final Pattern JOINER = Pattern.compile(TimeText.RANGE);
  private static final Pattern NOW = Pattern.compile(
      TimeText.RANGE + "(?:现在|目前|当前|如今|今天|今日|此刻|眼下)(?:为止)?");
  private static final Pattern GLUE = Pattern.compile("[ \\t\\u3000]{0,2}(?:的)?");
  private static final Pattern PREPOSITION = Pattern.compile(
      "(?:从|自|到|至|截至|截止|直到|直至|始于)[ \\t\\u3000]{0,2}\\z");
  /** What may stand around a bare year that is the whole text. */
  private static final Pattern AROUND = Pattern.compile("[\\s\\p{Punct}，。、；：！？（）“”‘’《》【】]*");

  private Joiner() {}

  static List<Atom> join(String s, List<Atom> atoms) {
    return keep(s, ranges(s, foldClocks(s, atoms)));
  }

  private static List<Atom> foldClocks(String s, List<Atom> atoms) {
    List<Atom> out = new ArrayList<>();
    for (Atom a : atoms) {
      Atom last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean clock = a.flavor() == Flavor.CLOCK || a.flavor() == Flavor.DAYPART;
      if (clock && last != null && last.kind() != Kind.DURATION
          && last.flavor() != Flavor.BARE_YEAR && last.relation() == Relation.NONE
          && glued(s, last.end(), a.start())) {
        out.set(out.size() - 1, last.endingAt(a.end())
            .as(last.flavor() == Flavor.PLAIN ? Flavor.PLAIN : Flavor.CLOCK));
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean glued(String s, int end, int start) {
    return GLUE.matcher(s).region(end, start).matches();
  }

  private static List<Atom> ranges(String s, List<Atom> atoms) {
    List<Atom> out = new ArrayList<>();
    for (int i = 0; i < atoms.size(); i++) {
      Atom a = atoms.get(i);
      Atom b = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
      if (b != null && a.kind() == Kind.ANCHOR && b.kind() == Kind.ANCHOR
          && a.relation() == Relation.NONE && b.relation() == Relation.NONE
          && b.flavor() != Flavor.DAYPART
          && JOINER.matcher(s).region(a.end(), b.start()).matches()) {
        boolean clockEnd = b.flavor() == Flavor.CLOCK;
        out.add(Atom.range(a.start(), b.end(), Type.SPAN,
            (doc, year) -> clockEnd ? a.resolve(doc, year) : range(a, b, doc, year),
            a.yearless()).withPlan(a.plan() || b.plan()));
        i++;
        continue;
      }
      Matcher now = a.kind() != Kind.DURATION && a.relation() == Relation.NONE
          ? NOW.matcher(s).region(a.end(), b == null ? s.length() : b.start()) : null;
      if (now != null && now.lookingAt()) {
        out.add(Atom.range(a.start(), now.end(), Type.SPAN, (doc, year) -> {
          DateRange first = a.resolve(doc, year);
          return first == null || doc == null ? null
              : DateRange.between(first, DateRange.day(doc));
        }, false));
        continue;
      }
      out.add(a);
    }
    return out;
  }

  private static DateRange range(Atom a, Atom b, LocalDate doc, Integer year) {
    DateRange first = a.resolve(doc, year);
    if (first == null) {
      return null;
    }
    if (!b.yearless()) {
      return DateRange.between(first, b.resolve(doc, year));
    }
    int y = first.from().getYear();
    DateRange last = b.resolve(doc, y);
    if (last != null && last.to().isBefore(first.from())) {
      last = b.resolve(doc, y + 1); // 12月1日至1月5日 runs into the next year
    }
    return DateRange.between(first, last);
  }

  private static List<Atom> keep(String s, List<Atom> atoms) {
    List<Atom> out = new ArrayList<>(atoms.size());
    for (Atom a : atoms) {
      if (a.flavor() == Flavor.DAYPART) {
        continue;
      }
      if (a.flavor() == Flavor.BARE_YEAR && a.kind() == Kind.ANCHOR) {
        boolean whole = AROUND.matcher(s).region(0, a.start()).matches()
            && AROUND.matcher(s).region(a.end(), s.length()).matches();
        boolean preposition =
            PREPOSITION.matcher(s).region(Math.max(0, a.start() - 4), a.start()).find();
        if (!whole && !preposition) {
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }
}
