package org.sitrep.ledger.event;

import java.util.Locale;
import org.sitrep.model.EventLocation;
import org.sitrep.model.LocationPrecision;

/** How two event locations relate: one inside the other, in different countries, or apart. */
final class LocationFit {
  private LocationFit() {}

  /** How two locations relate. */
  enum Fit {
    /** Either is missing, or the finer lies within the coarser. */
    COMPATIBLE,
    /** Same country (or no country to tell), but neither lies within the other. */
    APART,
    /** Different countries. */
    OTHER_COUNTRY
  }

  /**
   * How {@code a} and {@code b} relate: compared by GeoNames id, else by the names of the province
   * and district the finer one lies in, else by country code.
   *
   * <p>Design decision: when a field that would tell is missing (an unresolved place with no
   * province), the locations count as compatible: missing detail is not a contradiction.
   */
  static Fit fit(EventLocation a, EventLocation b) {
    if (a == null || b == null) {
      return Fit.COMPATIBLE;
    }
    if (a.countryCode() != null
        && b.countryCode() != null
        && !a.countryCode().equalsIgnoreCase(b.countryCode())) {
      return Fit.OTHER_COUNTRY;
    }
    if (a.geonamesId() != null && a.geonamesId().equals(b.geonamesId())) {
      return Fit.COMPATIBLE;
    }
    EventLocation finer = rank(a) <= rank(b) ? a : b;
    EventLocation coarser = finer == a ? b : a;
    return within(finer, coarser) ? Fit.COMPATIBLE : Fit.APART;
  }

  private static boolean within(EventLocation finer, EventLocation coarser) {
    return switch (coarser.precision()) {
      case COUNTRY, REGION, UNKNOWN -> true;
      case ADMIN1 -> same(finer.admin1(), ownName(coarser.admin1(), coarser));
      case ADMIN2 ->
          same(finer.admin1(), coarser.admin1())
              && same(finer.admin2(), ownName(coarser.admin2(), coarser));
        // Two points with different GeoNames ids are different places; without ids, the name tells.
      case POINT ->
          (finer.geonamesId() == null || coarser.geonamesId() == null)
              && sameName(finer.name(), coarser.name())
              && same(finer.admin1(), coarser.admin1());
    };
  }

  /** A province or district names itself in its admin field; fall back to its name. */
  private static String ownName(String admin, EventLocation location) {
    return admin == null ? location.name() : admin;
  }

  /** Equal ignoring case, or unknown on either side. */
  private static boolean same(String a, String b) {
    return a == null || b == null || sameName(a, b);
  }

  private static boolean sameName(String a, String b) {
    return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  /** Rank of precision, finest (a point) first. */
  static int rank(EventLocation location) {
    return location.precision().ordinal();
  }

  /**
   * Whether both locations are known to the district or finer and compatible: a place tight enough
   * that two reports there on the same day are likely one event.
   */
  static boolean tight(EventLocation a, EventLocation b) {
    return a != null
        && b != null
        && fit(a, b) == Fit.COMPATIBLE
        && rank(a) <= LocationPrecision.ADMIN2.ordinal()
        && rank(b) <= LocationPrecision.ADMIN2.ordinal();
  }

  /** The location in display form: "Achin, Nangarhar, AF". */
  static String display(EventLocation location) {
    StringBuilder out = new StringBuilder(location.name());
    if (location.admin1() != null && !sameName(location.admin1(), location.name())) {
      out.append(", ").append(location.admin1());
    }
    if (location.countryCode() != null) {
      out.append(", ").append(location.countryCode());
    }
    return out.toString();
  }
}
