package org.sitrep.ledger.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * The days an event date allows, inclusive: {@code 2016-07} is 2016-07-01 to 2016-07-31.
 *
 * @param first first day the date allows
 * @param last last day the date allows
 * @param dayPrecise whether the date names one day
 */
public record DayRange(LocalDate first, LocalDate last, boolean dayPrecise) {
  public DayRange {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "day range needs first <= last, got " + first + ".." + last);
    }
  }

  /** The days {@code date} allows, or empty when the date is unknown. */
  public static Optional<DayRange> of(EventDate date) {
    if (date.value() == null) {
      return Optional.empty();
    }
    String value = date.value();
    try {
      return Optional.of(
          switch (value.length()) {
            case 4 -> {
              int year = Integer.parseInt(value);
              yield new DayRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
            }
            case 7 -> {
              YearMonth month = YearMonth.parse(value);
              yield new DayRange(month.atDay(1), month.atEndOfMonth(), false);
            }
            default -> {
              LocalDate day = LocalDate.parse(value);
              yield new DayRange(day, day, date.precision() == DatePrecision.DAY);
            }
          });
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("event date " + value + " is not a calendar date", e);
    }
  }

  /**
   * Whether the two ranges share a day, allowing one day of slack when either is day-precise.
   *
   * <p>Design decision: a night attack is dated by one source on the day it began and by another on
   * the day it was reported or ended, and time zones shift a day; one day of slack keeps those
   * reports together, while two days apart stay apart.
   */
  boolean overlapsWithSlack(DayRange other) {
    int slack = dayPrecise || other.dayPrecise ? 1 : 0;
    return !first.isAfter(other.last.plusDays(slack)) && !other.first.isAfter(last.plusDays(slack));
  }

  /** The days both ranges allow, with no slack, or empty when they share none. */
  Optional<DayRange> intersect(DayRange other) {
    LocalDate from = first.isAfter(other.first) ? first : other.first;
    LocalDate to = last.isBefore(other.last) ? last : other.last;
    return from.isAfter(to)
        ? Optional.empty()
        : Optional.of(new DayRange(from, to, dayPrecise || other.dayPrecise));
  }

  /** Whether every day of {@code other} lies in this range. */
  boolean encloses(DayRange other) {
    return !other.first.isBefore(first) && !other.last.isAfter(last);
  }
}
