package org.sitrep.extract.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * An inclusive span of time given at year, month or day precision ("2015-01" to "2016-07"), open at
 * either end. A partial date stands for its whole year or month: "until 2014-12" lasts through 31
 * December 2014.
 *
 * @param from first day, or null when open
 * @param until last day, or null when open
 */
public record Period(LocalDate from, LocalDate until) {
  public static final Period ALWAYS = new Period(null, null);

  public Period {
    if (from != null && until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("period ends before it starts: " + from + ".." + until);
    }
  }

  /** Reads two partial ISO dates, either blank for an open end. */
  public static Period parse(String from, String until) {
    return new Period(first(from), last(until));
  }

  /** Whether the period holds the day; a null day (an undated article) fits every period. */
  public boolean contains(LocalDate day) {
    return day == null
        || ((from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until)));
  }

  static LocalDate first(String partial) {
    String value = partial.strip();
    if (value.isEmpty()) {
      return null;
    }
    return switch (value.length()) {
      case 4 -> LocalDate.of(year(value), 1, 1);
      case 7 -> YearMonth.parse(value).atDay(1);
      default -> day(value);
    };
  }

  static LocalDate last(String partial) {
    String value = partial.strip();
    if (value.isEmpty()) {
      return null;
    }
    return switch (value.length()) {
      case 4 -> LocalDate.of(year(value), 12, 31);
      case 7 -> YearMonth.parse(value).atEndOfMonth();
      default -> day(value);
    };
  }

  private static int year(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a year: " + value, e);
    }
  }

  private static LocalDate day(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + value, e);
    }
  }
}
