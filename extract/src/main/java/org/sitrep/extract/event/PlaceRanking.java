package org.sitrep.extract.event;

import org.sitrep.model.LocationPrecision;
import org.sitrep.model.Place;

/**
 * How specific a place is: a town beats a district, a district a province, a province a country, a
 * country a region. Rank 1 is a country or a region: a place too wide to tell events apart.
 */
final class PlaceRanking {
  private PlaceRanking() {}

  static int rank(Place place) {
    if (!place.resolved()) {
      return 0;
    }
    return switch (place.feature()) {
      case POPULATED_PLACE, OTHER -> 4;
      case ADMIN2 -> 3;
      case ADMIN1 -> 2;
      case COUNTRY, REGION -> 1;
    };
  }

  static LocationPrecision precision(Place place) {
    if (!place.resolved()) {
      return LocationPrecision.UNKNOWN;
    }
    return switch (place.feature()) {
      case POPULATED_PLACE, OTHER -> LocationPrecision.POINT;
      case ADMIN2 -> LocationPrecision.ADMIN2;
      case ADMIN1 -> LocationPrecision.ADMIN1;
      case COUNTRY -> LocationPrecision.COUNTRY;
      case REGION -> LocationPrecision.REGION;
    };
  }
}
