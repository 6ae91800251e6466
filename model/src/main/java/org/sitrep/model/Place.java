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
 * @param adjectival whether the text names the place by its adjective or demonym ("Afghan",
 *     "Russians") rather than by its name
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
    String resolution,
    boolean adjectival) {
  public Place {
    new TextSpan(start, end, text);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(feature, "feature");
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("place needs both lat and lon or neither: " + text);
    }
  }

  /** A place named by its name, not by an adjective. */
  public Place(
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
    this(
        start,
        end,
        text,
        name,
        geonamesId,
        countryCode,
        admin1,
        admin2,
        lat,
        lon,
        feature,
        resolution,
        false);
  }

  public boolean resolved() {
    return lat != null;
  }

  public Span span() {
    return new Span(start, end);
  }
}
