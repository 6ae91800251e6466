package org.sitrep.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.eval.geo.Coordinate;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;

/**
 * The population-only geocoder of the geoparsing evaluation: a name resolves to the most populous
 * gazetteer place of that name, whatever its kind. Thread-safe.
 *
 * <p>Design decision: the maximum over all candidates, not the first of {@link Gazetteer#lookup},
 * which lists countries first and sorts by population only within a kind; a baseline that took the
 * first would be a "countries first" resolver, not the classic one.
 */
final class PopulationBaseline implements Function<String, Optional<Coordinate>> {
  private final Gazetteer gazetteer;

  PopulationBaseline(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  @Override
  public Optional<Coordinate> apply(String name) {
    return mostPopulous(gazetteer.lookup(name)).map(e -> new Coordinate(e.lat(), e.lon()));
  }

  /** The candidate with the largest population; on a tie, the one the gazetteer lists first. */
  static Optional<GazetteerEntry> mostPopulous(List<GazetteerEntry> candidates) {
    return candidates.stream()
        .reduce((best, next) -> next.population() > best.population() ? next : best);
  }
}
