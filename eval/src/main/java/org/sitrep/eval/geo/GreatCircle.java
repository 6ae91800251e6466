package org.sitrep.eval.geo;

/** Great-circle distances on a spherical earth, in kilometres. */
public final class GreatCircle {
  /** The mean earth radius the haversine formula uses, in km. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * The error charged for a place with no coordinates: half the earth's circumference, the farthest
   * any guess can be. Design decision: 20,039 km (half the equatorial circumference), the constant
   * of Gritta et al.'s geoparsing evaluation, so that figures compare with theirs; it is a few
   * kilometres more than any haversine distance on the mean radius.
   */
  public static final double WORST_ERROR_KM = 20039;

  private GreatCircle() {}

  /** The haversine distance between {@code a} and {@code b}, in km. */
  public static double distanceKm(Coordinate a, Coordinate b) {
    double lat1 = Math.toRadians(a.lat());
    double lat2 = Math.toRadians(b.lat());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    // min() guards asin against rounding just above 1 for antipodal points.
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
