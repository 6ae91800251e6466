package org.sitrep.eval.geo;

/**
 * A point on the earth in WGS84 degrees.
 *
 * @param lat latitude in [-90, 90]
 * @param lon longitude in [-180, 180]
 */
public record Coordinate(double lat, double lon) {
  public Coordinate {
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException(
          "coordinate needs lat in [-90, 90] and lon in [-180, 180], got " + lat + ", " + lon);
    }
  }
}
