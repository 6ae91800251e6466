package org.sitrep.gazetteer;

/** Distances on the Earth's surface, on a sphere of the mean Earth radius. */
public final class GreatCircle {
  /** Mean Earth radius in kilometres (IUGG). */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private GreatCircle() {}

  /** The haversine distance in kilometres between two points given in degrees. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** The distance in kilometres between two gazetteer entries. */
  public static double km(GazetteerEntry a, GazetteerEntry b) {
    return km(a.lat(), a.lon(), b.lat(), b.lon());
  }
}
