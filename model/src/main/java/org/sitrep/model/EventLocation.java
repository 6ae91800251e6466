package org.sitrep.model;

import java.util.Objects;

/** Where an event happened, with how precisely that is known, and the mention it came from. */
public record EventLocation(
    String name,
    Long geonamesId,
    String countryCode,
    String admin1,
    String admin2,
    Double lat,
    Double lon,
    LocationPrecision precision,
    int start,
    int end,
    String text) {
  public EventLocation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(precision, "precision");
    new TextSpan(start, end, text);
  }
}
