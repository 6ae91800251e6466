package org.sitrep.extract.event;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;

/** A TIMEX3 date value read as a calendar date with its precision: "2016-07" is July 2016. */
record CalendarValue(String value, DatePrecision precision) {
  private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** The calendar date a TIMEX3 value names, or empty for weeks, durations and references. */
  static Optional<CalendarValue> parse(String timexValue) {
    if (timexValue == null) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(timexValue);
    if (!m.find()) {
      return Optional.empty();
    }
    String rest = timexValue.substring(m.end());
    if (!rest.isEmpty() && !rest.startsWith("T")) {
      // "2016-W32", "2016-SU", "2016-Q3": not a calendar date sitrep can state; keep the year.
      return Optional.of(new CalendarValue(m.group(1), DatePrecision.YEAR));
    }
    if (m.group(3) != null) {
      return Optional.of(new CalendarValue(m.group(0), DatePrecision.DAY));
    }
    if (m.group(2) != null) {
      return Optional.of(new CalendarValue(m.group(0), DatePrecision.MONTH));
    }
    return Optional.of(new CalendarValue(m.group(1), DatePrecision.YEAR));
  }

  /** True when the two dates can name the same day (one is a prefix of the other). */
  boolean compatibleWith(CalendarValue other) {
    return value.startsWith(other.value) || other.value.startsWith(value);
  }

  int rank() {
    return switch (precision) {
      case DAY -> 3;
      case MONTH -> 2;
      case YEAR -> 1;
      case UNKNOWN -> 0;
    };
  }
}
