package org.sitrep.input.dateline;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.Span;

/**
 * A publication date read from the dateline at the head of an article.
 *
 * @param date the date the dateline gives
 * @param evidence where the date part of the dateline sits in the text ("Dec. 28", "12 JAN 90")
 * @param form which shape matched, for reports: {@code "month day, year"}, {@code "day month
 *     year"}, or either with {@code " + header year"} when the year came from the text before it
 */
public record Dateline(LocalDate date, Span evidence, String form) {
  public Dateline {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(form, "form");
    if (evidence.length() == 0) {
      throw new IllegalArgumentException("dateline evidence must not be empty, got " + evidence);
    }
  }
}
