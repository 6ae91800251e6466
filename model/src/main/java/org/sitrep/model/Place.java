package org.sitrep.model;

import java.util.Objects;

/**
 * A place mention, geocoded when the gazetteer can. An unresolved place keeps its text, with null
 * coordinates and a {@code resolution} that says why.
 *
 * @param name the gazetteer's name for the place, or the mention text when unresolved
 * @param admin1 name of the first-level division (province) it lies in, or is
 * @param admin2 name of the second-level division (district), or null
 * @param resolution how it was resolved, or why not ("not in gazetteer", …)
 */
public record Place(
    int start,
    int end,
    String text,
    String name,
    Long geonamesId,
    String countryCode,
    String admin1,
    String admin2,
    Double lat,
    Double lon,
    PlaceFeature feature,
    String resolution) {
  public Place {
    new TextSpan(start, end, text);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(feature, "feature");
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("place needs both lat and lon or neither: " + text);
    }
  }

  public boolean resolved() {
    return lat != null;
  }

  public Span span() {
    return new Span(start, end);
  }
}
