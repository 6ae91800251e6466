package org.sitrep.model;

import java.util.Objects;

/**
 * When an event happened. Unknown dates have a null value and null span: sitrep never stamps the
 * publication date on an event the text does not date.
 *
 * @param value {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null
 * @param start start of the time expression it came from, or null
 */
public record EventDate(
    String value, DatePrecision precision, Integer start, Integer end, String text) {
  public EventDate {
    Objects.requireNonNull(precision, "precision");
    if ((value == null) != (precision == DatePrecision.UNKNOWN)) {
      throw new IllegalArgumentException("date " + value + " does not fit precision " + precision);
    }
    if (value != null && !value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException("date value must be YYYY[-MM[-DD]], got " + value);
    }
    if (start != null) {
      new TextSpan(start, end, text);
    }
  }

  public static EventDate unknown() {
    return new EventDate(null, DatePrecision.UNKNOWN, null, null, null);
  }
}
