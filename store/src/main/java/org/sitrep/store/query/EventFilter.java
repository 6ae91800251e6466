package org.sitrep.store.query;

import java.time.LocalDate;

/**
 * Which ledger events to list; every part optional (null or 0 for none).
 *
 * @param actor an actor name, alias or id: events it takes part in, in any role
 * @param place a place, district, province or country name: events there
 * @param type a PLOVER event type (ASSAULT, PROTEST …)
 * @param from events whose date may fall on or after this day
 * @param to events whose date may fall on or before this day
 * @param minSources events reported by at least this many articles
 * @param limit at most this many events, in date order
 */
public record EventFilter(
    String actor,
    String place,
    String type,
    LocalDate from,
    LocalDate to,
    int minSources,
    int limit) {
  public EventFilter {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
  }

  /** Every event, up to {@code limit}. */
  public static EventFilter all(int limit) {
    return new EventFilter(null, null, null, null, null, 0, limit);
  }
}
