package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.model.PlaceFeature;

class PopulationBaselineTest {
  private static GazetteerEntry entry(
      long index, String country, long population, PlaceFeature kind) {
    return new GazetteerEntry(
        index,
        null,
        "Vellan",
        country,
        null,
        null,
        null,
        null,
        1,
        2,
        population,
        "PPL",
        kind,
        false);
  }

  @Test
  void takes_the_most_populous_candidate_not_the_first_listed() {
    GazetteerEntry country = entry(0, "AA", 5_000, PlaceFeature.COUNTRY);
    GazetteerEntry town = entry(1, "BB", 80_000, PlaceFeature.POPULATED_PLACE);
    GazetteerEntry village = entry(2, "CC", 300, PlaceFeature.POPULATED_PLACE);

    assertThat(PopulationBaseline.mostPopulous(List.of(country, town, village))).contains(town);
  }

  @Test
  void keeps_the_first_listed_on_a_tie_and_knows_nothing_of_no_candidates() {
    GazetteerEntry first = entry(0, "AA", 0, PlaceFeature.ADMIN1);
    GazetteerEntry second = entry(1, "BB", 0, PlaceFeature.POPULATED_PLACE);

    assertThat(PopulationBaseline.mostPopulous(List.of(first, second))).contains(first);
    assertThat(PopulationBaseline.mostPopulous(List.of())).isEmpty();
  }
}
