package org.zhengce.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** An inclusive range of days, and the calendar arithmetic the time patterns share. */
record DateRange(LocalDate from, LocalDate to) {

  static DateRange day(LocalDate day) {
    return day == null ? null : new DateRange(day, day);
  }

  /** The day, or null when the fields make no date (2月30日). */
  static DateRange day(int year, int month, int day) {
    try {
      return day(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  static DateRange between(DateRange first, DateRange last) {
    if (first == null || last == null || last.to.isBefore(first.from)) {
      return null;
    }
    return new DateRange(first.from, last.to);
  }

  static DateRange year(int year) {
    return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  static DateRange years(int first, int last) {
    return between(year(first), year(last));
  }

  static DateRange month(int year, int month) {
    if (month < 1 || month > 12) {
      return null;
    }
    YearMonth ym = YearMonth.of(year, month);
    return new DateRange(ym.atDay(1), ym.atEndOfMonth());
  }

  static DateRange month(LocalDate anyDay) {
    return month(anyDay.getYear(), anyDay.getMonthValue());
  }

  static DateRange quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      return null;
    }
    return between(month(year, quarter * 3 - 2), month(year, quarter * 3));
  }

  static DateRange quarter(LocalDate anyDay) {
    return quarter(anyDay.getYear(), (anyDay.getMonthValue() + 2) / 3);
  }

  /** The ISO week (Monday to Sunday) holding the day. */
  static DateRange week(LocalDate anyDay) {
    LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new DateRange(monday, monday.plusDays(6));
  }

  /** 上旬 (1), 中旬 (2), 下旬 (3): days 1–10, 11–20, 21 to the month's end. */
  static DateRange dekad(int year, int month, int dekad) {
    DateRange m = month(year, month);
    if (m == null) {
      return null;
    }
    LocalDate first = m.from.plusDays(10L * (dekad - 1));
    return new DateRange(first, dekad == 3 ? m.to : first.plusDays(9));
  }

  DateRange first() {
    return day(from);
  }

  DateRange last() {
    return day(to);
  }

  /** The middle day of a month (15th) or the middle of a year (June 30th). */
  DateRange middle() {
    return from.getMonthValue() == to.getMonthValue()
        ? day(from.withDayOfMonth(15))
        : day(from.withMonth(6).withDayOfMonth(30));
  }
}
