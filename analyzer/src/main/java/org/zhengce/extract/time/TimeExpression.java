package org.zhengce.extract.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One time expression found by {@link TimeParser}: where it is ({@code start}, {@code end} are
 * UTF-16 offsets into the text given, {@code text} is exactly that substring), what it denotes
 * ({@code from}..{@code to}, inclusive, null where open or not computable without a document
 * date), the {@code amount} and {@code unit} of durations, and how a clause relates to it: a
 * deadline ({@link Relation#BY}), a starting point ({@link Relation#SINCE}) or a time limit
 * ({@link Relation#WITHIN}). {@code plan} marks five-year-plan periods (十三五, “十四五”时期).
 */
public record TimeExpression(
    int start,
    int end,
    String text,
    Type type,
    LocalDate from,
    LocalDate to,
    Integer amount,
    DurationUnit unit,
    Relation relation,
    boolean plan) {

  public TimeExpression {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(relation, "relation");
  }

  /** What the expression denotes: a day, a stretch of days, or a length of time. */
  public enum Type {
    POINT,
    SPAN,
    DURATION;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How the text relates to the time: a deadline, a start, a time limit, or none of these. */
  public enum Relation {
    NONE,
    BY,
    SINCE,
    WITHIN;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The unit of a duration; quarters are counted as three months. */
  public enum DurationUnit {
    DAY,
    WORKDAY,
    WEEK,
    MONTH,
    YEAR;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
