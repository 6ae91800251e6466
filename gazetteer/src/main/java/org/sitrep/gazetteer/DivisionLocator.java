package org.sitrep.gazetteer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds a representative coordinate for a division that has a name but no GeoNames row of its own:
 * the state centre from the country-state-city list when it is plausible, else the seat of the
 * division (PPLA for admin1, PPLA2 for admin2), else the population-weighted mean of its towns.
 *
 * <p>Design decision: a state centre is only trusted when it lies near the division's own towns (or
 * the country's, when the division has none): the source list has a few centres on the wrong
 * continent (Helmand and Panjshir at US coordinates), and a bad coordinate is worse than a seat.
 */
final class DivisionLocator {
  /** A coordinate and how it was found ("state centre", "seat", "mean of towns"). */
  record Point(double lat, double lon, String method) {}

  /** How far (degrees) a state centre may lie outside the bounding box of the division's towns. */
  private static final double DIVISION_MARGIN = 1.5;

  private static final double COUNTRY_MARGIN = 3.0;

  private final Set<String> divisionWords;
  private final Map<String, TownStats> towns = new HashMap<>();
  private final Map<String, DivisionSources.State> statesByKey = new HashMap<>();

  DivisionLocator(
      List<GeoNamesRow> places, List<DivisionSources.State> states, Set<String> divisionWords) {
    this.divisionWords = Set.copyOf(divisionWords);
    for (GeoNamesRow place : places) {
      String cc = place.countryCode();
      stats(cc).add(place, 0);
      stats(cc + "." + place.admin1Code()).add(place, admin1SeatRank(place.featureCode()));
      stats(cc + "." + place.admin1Code() + "." + place.admin2Code())
          .add(place, admin2SeatRank(place.featureCode()));
    }
    for (DivisionSources.State state : states) {
      if (state.lat() != null) {
        statesByKey.putIfAbsent(state.countryCode() + "|" + matchKey(state.name()), state);
      }
    }
  }

  /** The name's key with words like "Province" or "Oblast" removed, for joining name lists. */
  String matchKey(String name) {
    String key = NameKey.of(name);
    String stripped =
        Arrays.stream(key.split(" "))
            .filter(word -> !divisionWords.contains(word))
            .collect(Collectors.joining(" "));
    return stripped.isEmpty() ? key : stripped;
  }

  Optional<Point> admin1(String countryCode, String admin1Code, String name) {
    TownStats own = towns.get(countryCode + "." + admin1Code);
    DivisionSources.State state = statesByKey.get(countryCode + "|" + matchKey(name));
    if (state != null && plausible(state, own, towns.get(countryCode))) {
      return Optional.of(new Point(state.lat(), state.lon(), "state centre"));
    }
    return fromTowns(own);
  }

  Optional<Point> admin2(String countryCode, String admin1Code, String admin2Code) {
    return fromTowns(towns.get(countryCode + "." + admin1Code + "." + admin2Code));
  }

  private static Optional<Point> fromTowns(TownStats stats) {
    if (stats == null) {
      return Optional.empty();
    }
    if (stats.seat != null) {
      return Optional.of(new Point(stats.seat.lat(), stats.seat.lon(), "seat"));
    }
    return Optional.of(
        new Point(stats.sumLat / stats.weight, stats.sumLon / stats.weight, "mean of towns"));
  }

  private static boolean plausible(
      DivisionSources.State state, TownStats own, TownStats countryTowns) {
    if (own != null) {
      return own.contains(state.lat(), state.lon(), DIVISION_MARGIN);
    }
    return countryTowns == null || countryTowns.contains(state.lat(), state.lon(), COUNTRY_MARGIN);
  }

  private TownStats stats(String key) {
    return towns.computeIfAbsent(key, k -> new TownStats());
  }

  /** Lower is a better seat; 0 is not a seat. */
  private static int admin1SeatRank(String featureCode) {
    return switch (featureCode) {
      case "PPLA" -> 1;
      case "PPLC" -> 2;
      default -> 0;
    };
  }

  private static int admin2SeatRank(String featureCode) {
    return switch (featureCode) {
      case "PPLA2" -> 1;
      case "PPLA", "PPLC" -> 2;
      default -> 0;
    };
  }

  /** Running totals over the towns of one country or division. */
  private static final class TownStats {
    double weight;
    double sumLat;
    double sumLon;
    double minLat = 90;
    double maxLat = -90;
    double minLon = 180;
    double maxLon = -180;
    GeoNamesRow seat;
    int seatRank;

    void add(GeoNamesRow town, int rank) {
      // The +1 keeps towns without a census figure in the mean.
      double w = town.population() + 1.0;
      weight += w;
      sumLat += w * town.lat();
      sumLon += w * town.lon();
      minLat = Math.min(minLat, town.lat());
      maxLat = Math.max(maxLat, town.lat());
      minLon = Math.min(minLon, town.lon());
      maxLon = Math.max(maxLon, town.lon());
      boolean better =
          rank > 0
              && (seat == null
                  || rank < seatRank
                  || (rank == seatRank && town.population() > seat.population()));
      if (better) {
        seat = town;
        seatRank = rank;
      }
    }

    boolean contains(double lat, double lon, double margin) {
      return lat >= minLat - margin
          && lat <= maxLat + margin
          && lon >= minLon - margin
          && lon <= maxLon + margin;
    }
  }
}
