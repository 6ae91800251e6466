package org.sitrep.input.dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date given as metadata (a JSONL {@code published} field, an HTML meta tag).
 *
 * <p>Accepts {@code 2017-08-12}, {@code 2017/08/12}, ISO-8601 date-times ({@code
 * 2017-08-12T10:00:00Z}, {@code 2017-08-12T10:00:00+02:00}, {@code 2017-08-12 10:00}) and RFC-1123
 * dates ({@code Sat, 12 Aug 2017 10:00:00 GMT}).
 *
 * <p>Design decision: for a date-time the date is the one written, in the writer's own offset; it
 * is not converted to UTC, because the publisher's local day is the day the article speaks from.
 *
 * <p>Stateless and thread-safe.
 */
public final class MetadataDateParser {
  /** What the warning for an unreadable value says was expected. */
  public static final String EXPECTED = "expected YYYY-MM-DD or ISO-8601";

  private static final Pattern DAY = Pattern.compile("(\\d{4})[-/](\\d{2})[-/](\\d{2})");
  private static final Pattern DATE_TIME_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\S.*");

  /** The date {@code value} gives, or empty when it is not one of the accepted forms. */
  public Optional<LocalDate> parse(String value) {
    String v = value.strip();
    Matcher day = DAY.matcher(v);
    if (day.matches() && v.charAt(4) == v.charAt(7)) {
      return date(day.group(1), day.group(2), day.group(3));
    }
    if (DATE_TIME_START.matcher(v).matches()) {
      return dateTime(v.replace(' ', 'T'));
    }
    return rfc1123(v);
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> dateTime(String v) {
    for (DateTimeFormatter f :
        new DateTimeFormatter[] {
          DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE_TIME
        }) {
      try {
        TemporalAccessor parsed = f.parse(v);
        return Optional.of(LocalDate.from(parsed));
      } catch (DateTimeParseException e) {
        // Try the next accepted form; the caller reports the value when none fits.
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> rfc1123(String v) {
    try {
      return Optional.of(LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(v)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
