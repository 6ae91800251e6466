package org.sitrep.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Re-resolves a bare date, one whose text names no year and no reference point ("on Friday", "in
 * January", "on December 5", "in the first quarter"), by the tense of its clause.
 *
 * <p>SUTime resolves such a date to the nearest occurrence, or to the one in the publication year,
 * whatever the verb says; news reports finished events, so "was killed on Friday" must not land on
 * the Friday after publication, and "back in January" written in August means the January just
 * gone. A past clause takes the latest occurrence on or before the publication date, a future
 * clause the earliest on or after it. Stateless.
 */
final class BareDateResolver {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern PERIOD = Pattern.compile("\\d{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)");
  private static final Set<String> WEEKDAYS = names(DayOfWeek.values());
  private static final Set<String> MONTHS = names(Month.values());

  /** What a bare date names; decides how it moves from one occurrence to the next. */
  enum Shape {
    WEEKDAY,
    MONTH_DAY,
    /** "Friday, March 13": the weekday pins the year. */
    WEEKDAY_MONTH_DAY,
    MONTH,
    PERIOD
  }

  private BareDateResolver() {}

  /** The shape of a bare date with these lower-case words and TIMEX3 date part, if it is one. */
  static Optional<Shape> shapeOf(List<String> words, String datePart) {
    boolean month = words.stream().anyMatch(MONTHS::contains);
    boolean weekday = words.stream().anyMatch(WEEKDAYS::contains);
    if (DAY.matcher(datePart).matches()) {
      if (month && weekday) {
        return Optional.of(Shape.WEEKDAY_MONTH_DAY);
      }
      return month ? Optional.of(Shape.MONTH_DAY) : weekday ? Optional.of(Shape.WEEKDAY) : none();
    }
    if (MONTH.matcher(datePart).matches()) {
      return month ? Optional.of(Shape.MONTH) : none();
    }
    return PERIOD.matcher(datePart).matches() ? Optional.of(Shape.PERIOD) : none();
  }

  /** The TIMEX3 date part of the occurrence the tense calls for. */
  static String resolve(
      Shape shape, String datePart, Tense tense, LocalDate published, List<String> words) {
    if (shape == Shape.WEEKDAY_MONTH_DAY) {
      return pinnedByWeekday(LocalDate.parse(datePart), weekdayIn(words), published);
    }
    if (tense == Tense.UNKNOWN) {
      return datePart;
    }
    boolean past = tense == Tense.PAST;
    return switch (shape) {
      case WEEKDAY -> weekday(LocalDate.parse(datePart).getDayOfWeek(), past, published);
      case MONTH_DAY -> monthDay(MonthDay.from(LocalDate.parse(datePart)), past, published);
      case WEEKDAY_MONTH_DAY -> datePart;
      case MONTH -> month(YearMonth.parse(datePart).getMonth(), past, published);
      case PERIOD -> period(datePart.substring(5), past, published);
    };
  }

  private static String weekday(DayOfWeek day, boolean past, LocalDate published) {
    return published
        .with(past ? TemporalAdjusters.previousOrSame(day) : TemporalAdjusters.nextOrSame(day))
        .toString();
  }

  /**
   * "Friday, March 13": of the years around publication, the one in which that day is that weekday,
   * nearest to publication; the weekday settles what tense cannot.
   */
  private static String pinnedByWeekday(LocalDate parsed, DayOfWeek weekday, LocalDate published) {
    MonthDay day = MonthDay.from(parsed);
    LocalDate best = null;
    for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
      if (!day.isValidYear(year)) {
        continue;
      }
      LocalDate candidate = day.atYear(year);
      boolean closer =
          best == null
              || Math.abs(candidate.toEpochDay() - published.toEpochDay())
                  < Math.abs(best.toEpochDay() - published.toEpochDay());
      if (candidate.getDayOfWeek() == weekday && closer) {
        best = candidate;
      }
    }
    return best == null ? parsed.toString() : best.toString();
  }

  /** The weekday the words name ("Sat." or "Saturday"); {@code shapeOf} made sure there is one. */
  private static DayOfWeek weekdayIn(List<String> words) {
    for (DayOfWeek day : DayOfWeek.values()) {
      for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
        String name = day.getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        if (words.contains(name) || words.contains(name + ".")) {
          return day;
        }
      }
    }
    throw new IllegalStateException("no weekday in " + words);
  }

  private static String monthDay(MonthDay day, boolean past, LocalDate published) {
    LocalDate candidate = day.atYear(published.getYear());
    if (past && candidate.isAfter(published)) {
      candidate = day.atYear(published.getYear() - 1);
    } else if (!past && candidate.isBefore(published)) {
      candidate = day.atYear(published.getYear() + 1);
    }
    return candidate.toString();
  }

  private static String month(Month month, boolean past, LocalDate published) {
    YearMonth now = YearMonth.from(published);
    YearMonth candidate = YearMonth.of(published.getYear(), month);
    if (past && candidate.isAfter(now)) {
      candidate = candidate.minusYears(1);
    } else if (!past && candidate.isBefore(now)) {
      candidate = candidate.plusYears(1);
    }
    return candidate.toString();
  }

  /** Quarters, halves and seasons: compared by their first and last month. */
  private static String period(String code, boolean past, LocalDate published) {
    YearMonth now = YearMonth.from(published);
    YearMonth first = YearMonth.of(published.getYear(), firstMonth(code));
    int length = code.startsWith("H") ? 6 : 3;
    if (past && first.isAfter(now)) {
      first = first.minusYears(1);
    } else if (!past && first.plusMonths(length - 1L).isBefore(now)) {
      first = first.plusYears(1);
    }
    return first.getYear() + "-" + code;
  }

  private static int firstMonth(String code) {
    return switch (code) {
      case "Q1", "H1" -> 1;
      case "Q2" -> 4;
      case "Q3", "H2" -> 7;
      case "Q4" -> 10;
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      case "WI" -> 12;
      default -> throw new IllegalArgumentException("not a TIMEX3 period code: " + code);
    };
  }

  private static Set<String> names(Enum<?>[] values) {
    Set<String> names = new HashSet<>();
    for (Enum<?> value : values) {
      for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
        String name =
            value instanceof DayOfWeek day
                ? day.getDisplayName(style, Locale.ENGLISH)
                : ((Month) value).getDisplayName(style, Locale.ENGLISH);
        names.add(name.toLowerCase(Locale.ROOT));
        names.add(name.toLowerCase(Locale.ROOT) + ".");
      }
    }
    if (values[0] instanceof Month) {
      // "Sept." is the AP abbreviation of September, beside the JDK's "Sep".
      names.add("sept");
      names.add("sept.");
    }
    return Set.copyOf(names);
  }

  private static <T> Optional<T> none() {
    return Optional.empty();
  }
}
