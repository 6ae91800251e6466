package org.sitrep.extract.time;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimexType;

/**
 * A calendar date read off a TIMEX3 value, as precise as the value is: {@code YYYY} (YEAR), {@code
 * YYYY-MM} (MONTH) or {@code YYYY-MM-DD} (DAY).
 *
 * <p>Design decision: a week ({@code 2017-W32}) is not a calendar date: it straddles months and
 * sometimes years, and stamping its Monday would invent a day. Quarters, halves and seasons ({@code
 * 2017-Q1}, {@code 2016-SU}) keep only their year, since winter and the fiscal year cross months
 * the value does not name.
 */
public record CalendarDate(String value, DatePrecision precision) {
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?");

  public CalendarDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    String shape =
        switch (precision) {
          case YEAR -> "\\d{4}";
          case MONTH -> "\\d{4}-\\d{2}";
          case DAY -> "\\d{4}-\\d{2}-\\d{2}";
          case UNKNOWN -> throw new IllegalArgumentException("a calendar date has a precision");
        };
    if (!value.matches(shape)) {
      throw new IllegalArgumentException("date " + value + " does not fit precision " + precision);
    }
  }

  /**
   * The calendar date of a DATE or TIME expression ("2017-07-11", "2016-07", "2017",
   * "2017-08-10TNI" → 2017-08-10), or empty for durations, sets, weeks, unresolved values
   * ("XXXX-07-11", "PAST_REF") and values that are not real dates.
   */
  public static Optional<CalendarDate> of(TimeExpression expression) {
    if (expression.value() == null
        || !(expression.type() == TimexType.DATE || expression.type() == TimexType.TIME)) {
      return Optional.empty();
    }
    String value = expression.value();
    int clock = value.indexOf('T');
    Matcher m = DATE.matcher(clock < 0 ? value : value.substring(0, clock));
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group(3) != null) {
      String day = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
      return isRealDay(day) ? Optional.of(new CalendarDate(day, DatePrecision.DAY)) : none();
    }
    if (m.group(2) != null) {
      int month = Integer.parseInt(m.group(2));
      return month >= 1 && month <= 12
          ? Optional.of(new CalendarDate(m.group(1) + "-" + m.group(2), DatePrecision.MONTH))
          : none();
    }
    return Optional.of(new CalendarDate(m.group(1), DatePrecision.YEAR));
  }

  /** True when the two dates can name the same day: one is a prefix of the other. */
  public boolean compatibleWith(CalendarDate other) {
    return value.startsWith(other.value) || other.value.startsWith(value);
  }

  /** True when this date is more precise than {@code other} (a day beats a month). */
  public boolean finerThan(CalendarDate other) {
    return precision.ordinal() < other.precision.ordinal();
  }

  /** This date as the date of an event, with {@code source} as its evidence span. */
  public EventDate toEventDate(TimeExpression source) {
    return new EventDate(value, precision, source.start(), source.end(), source.text());
  }

  /** False for values such as "2017-02-30", which are well formed but name no day. */
  private static boolean isRealDay(String day) {
    int month = Integer.parseInt(day.substring(5, 7));
    int dayOfMonth = Integer.parseInt(day.substring(8));
    return month >= 1
        && month <= 12
        && dayOfMonth >= 1
        && dayOfMonth <= YearMonth.of(Integer.parseInt(day.substring(0, 4)), month).lengthOfMonth();
  }

  private static Optional<CalendarDate> none() {
    return Optional.empty();
  }
}
