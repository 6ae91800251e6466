package org.sitrep.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything sitrep read in one input record: one line of the output. A rejected record has empty
 * lists and a non-null {@code rejected}.
 */
public record Extraction(
    Article article,
    List<Entity> entities,
    List<Place> places,
    List<TimeExpression> times,
    List<Quantity> quantities,
    List<Event> events,
    List<Claim> claims,
    Rejection rejected) {
  public Extraction {
    Objects.requireNonNull(article, "article");
    entities = List.copyOf(entities);
    places = List.copyOf(places);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
    events = List.copyOf(events);
    claims = List.copyOf(claims);
  }

  /** The output line for a record that could not be read. */
  public static Extraction rejected(Article article, Rejection rejection) {
    return new Extraction(
        article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), rejection);
  }

  /**
   * The output line for a rejected input record: a placeholder article that holds what is known of
   * the record (its id and where it came from), and the rejection. Every path that writes
   * extractions ({@code sitrep extract}, the Spark job) writes this same line.
   */
  public static Extraction rejected(InputRecord.Rejected record) {
    Article placeholder =
        new Article(
            record.id(),
            null,
            "",
            null,
            DateSource.UNKNOWN,
            null,
            null,
            null,
            record.origin(),
            Map.of(),
            List.of());
    return rejected(placeholder, record.rejection());
  }
}
