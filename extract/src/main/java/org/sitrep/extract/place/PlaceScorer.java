package org.sitrep.extract.place;

import java.util.List;
import java.util.Objects;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.gazetteer.GreatCircle;
import org.sitrep.model.PlaceFeature;

/**
 * Scores one candidate reading of a toponym. The scale is additive and roughly logarithmic: the
 * prior is log10 of the population plus a bonus for the kind of place (a capital, a province, a
 * country), so that one unit is about a tenfold difference in population.
 */
final class PlaceScorer {
  private static final double HINT_MATCH = 10;
  private static final double HINT_MISMATCH = -3;
  private static final double FOCUS_WEIGHT = 4;
  private static final double IN_NAMED_PROVINCE = 3;
  private static final double PROVINCE_SUPPORT = 2.5;
  private static final int MAX_SUPPORT = 3;
  private static final double COUNTRY_PRIOR = 13;
  private static final double REGION_PRIOR = 11;
  private static final double ADMIN1_PRIOR = 9.5;

  private final CountryFocus focus;

  PlaceScorer(CountryFocus focus) {
    this.focus = focus;
  }

  CountryFocus focus() {
    return focus;
  }

  /**
   * The score of {@code entry}, one of the {@code options} of a mention with keyword {@code hint}
   * (or null), given the readings of the article's other toponyms ({@code others}; empty on the
   * first pass).
   */
  double score(
      GazetteerEntry entry,
      PlaceFeature hint,
      List<GazetteerEntry> options,
      List<GazetteerEntry> others) {
    double score = prior(entry);
    if (hint != null) {
      score += entry.kind() == hint ? HINT_MATCH : HINT_MISMATCH;
    }
    score += FOCUS_WEIGHT * focus.share(entry.countryCode());
    score += focus.abroadPenalty(entry, options);
    return score + context(entry, others);
  }

  /**
   * Population and kind: what a reader assumes before reading on. The data gives divisions no
   * population, so countries, regions and provinces get fixed priors: a country name means the
   * country before any city of that name ("Mexico"), a province name the province before a town
   * ("Indiana"), but not before a great city ("New York").
   */
  static double prior(GazetteerEntry entry) {
    return switch (entry.kind()) {
      case COUNTRY -> COUNTRY_PRIOR;
      case REGION -> REGION_PRIOR;
      case ADMIN1 -> ADMIN1_PRIOR;
      case ADMIN2 -> entry.approximate() ? 2.5 : 3;
      case POPULATED_PLACE -> Math.log10(entry.population() + 10) + placeBonus(entry.featureCode());
      case OTHER -> Math.log10(entry.population() + 10);
    };
  }

  private static double placeBonus(String featureCode) {
    if (featureCode.startsWith("PPLC")) {
      return 4;
    }
    if (featureCode.equals("PPLA")) {
      return 1.5;
    }
    return featureCode.startsWith("PPLA") ? 0.5 : 0;
  }

  /** What the article's other places say: nearby towns, the province named, its contents. */
  private static double context(GazetteerEntry entry, List<GazetteerEntry> others) {
    if (others.isEmpty()) {
      return 0;
    }
    return switch (entry.kind()) {
      case POPULATED_PLACE, ADMIN2 -> nearness(entry, others) + provinceNamed(entry, others);
      case ADMIN1, COUNTRY ->
          PROVINCE_SUPPORT * Math.min(MAX_SUPPORT, contentsNamed(entry, others));
      case REGION, OTHER -> 0;
    };
  }

  private static double nearness(GazetteerEntry entry, List<GazetteerEntry> others) {
    if (entry.approximate()) {
      return 0;
    }
    double nearest = Double.POSITIVE_INFINITY;
    for (GazetteerEntry other : others) {
      if (isPoint(other)) {
        nearest = Math.min(nearest, GreatCircle.km(entry, other));
      }
    }
    if (nearest <= 50) {
      return 4;
    }
    if (nearest <= 150) {
      return 3;
    }
    return nearest <= 400 ? 1.5 : 0;
  }

  private static boolean isPoint(GazetteerEntry entry) {
    return entry.kind() == PlaceFeature.POPULATED_PLACE
        || (entry.kind() == PlaceFeature.ADMIN2 && !entry.approximate());
  }

  private static double provinceNamed(GazetteerEntry entry, List<GazetteerEntry> others) {
    for (GazetteerEntry other : others) {
      if (other.kind() == PlaceFeature.ADMIN1 && contains(other, entry)) {
        return IN_NAMED_PROVINCE;
      }
    }
    return 0;
  }

  private static int contentsNamed(GazetteerEntry province, List<GazetteerEntry> others) {
    int count = 0;
    for (GazetteerEntry other : others) {
      if (other != province && contains(province, other)) {
        count++;
      }
    }
    return count;
  }

  /** Whether {@code outer} (a country, region, province or district) contains {@code inner}. */
  static boolean contains(GazetteerEntry outer, GazetteerEntry inner) {
    if (outer == inner || inner.countryCode() == null) {
      return false;
    }
    return switch (outer.kind()) {
      case COUNTRY ->
          inner.kind() != PlaceFeature.COUNTRY && outer.countryCode().equals(inner.countryCode());
      case REGION ->
          outer.countryCode() != null
              && outer.countryCode().equals(inner.countryCode())
              && inner.kind() != PlaceFeature.COUNTRY;
      case ADMIN1 ->
          inner.kind() != PlaceFeature.ADMIN1
              && inner.kind() != PlaceFeature.COUNTRY
              && outer.countryCode().equals(inner.countryCode())
              && Objects.equals(outer.admin1Code(), inner.admin1Code());
      case ADMIN2 ->
          inner.kind() == PlaceFeature.POPULATED_PLACE
              && outer.countryCode().equals(inner.countryCode())
              && Objects.equals(outer.admin1Code(), inner.admin1Code())
              && Objects.equals(outer.admin2Code(), inner.admin2Code());
      case POPULATED_PLACE, OTHER -> false;
    };
  }

  /** Why the chosen entry won, for the place's resolution note. */
  String explain(GazetteerEntry chosen) {
    if (chosen == null) {
      return "";
    }
    StringBuilder why = new StringBuilder();
    if (focus.share(chosen.countryCode()) > 0) {
      why.append("in a country the article names (").append(chosen.countryCode()).append(")");
    }
    if (chosen.population() > 0) {
      why.append(why.isEmpty() ? "" : ", ").append("population ").append(chosen.population());
    }
    return why.isEmpty() ? "kind of place" : why.toString();
  }
}
