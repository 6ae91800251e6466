package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceFeature;

/**
 * Picks the gazetteer entry each toponym means, in the context of the whole article: the countries
 * it is about, the provinces it names, the keyword beside the name, and population. Stateless;
 * thread-safe.
 *
 * <p>Design decision: a town abroad never wins over a candidate in a country the article is about,
 * and a name the gazetteer lacks stays unresolved with its reason rather than becoming a guess.
 */
final class PlaceResolver {
  private final Gazetteer gazetteer;

  PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Place> resolve(List<PlaceMention> mentions, Map<String, Integer> demonymCountries) {
    Map<PlaceMention, List<GazetteerEntry>> candidates = new HashMap<>();
    for (PlaceMention mention : mentions) {
      candidates.put(mention, gazetteer.lookup(mention.text()));
    }
    CountryFocus focus = CountryFocus.of(candidates, demonymCountries);
    List<String> admin1Names = new ArrayList<>();
    for (List<GazetteerEntry> options : candidates.values()) {
      if (options.size() == 1 && options.get(0).kind() == PlaceFeature.ADMIN1) {
        admin1Names.add(options.get(0).admin1Name());
      }
    }
    List<Place> places = new ArrayList<>();
    for (PlaceMention mention : mentions) {
      places.add(resolveOne(mention, candidates.get(mention), focus, admin1Names));
    }
    return places;
  }

  private Place resolveOne(
      PlaceMention mention,
      List<GazetteerEntry> options,
      CountryFocus focus,
      List<String> admin1Names) {
    if (options.isEmpty()) {
      return unresolved(mention, "not in gazetteer");
    }
    List<GazetteerEntry> pool = options;
    String topCountry = focus.top();
    if (topCountry != null && options.stream().anyMatch(e -> e.countryCode().equals(topCountry))) {
      pool = options.stream().filter(e -> e.countryCode().equals(topCountry)).toList();
    }
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry entry : pool) {
      double score = score(entry, mention, focus, admin1Names);
      if (score > bestScore) {
        best = entry;
        bestScore = score;
      }
    }
    String reason =
        pool.size() == 1 && options.size() == 1
            ? "only candidate"
            : "best of "
                + options.size()
                + " candidates"
                + (pool != options ? " in focus country " + topCountry : "");
    return place(mention, best, reason);
  }

  private static double score(
      GazetteerEntry entry, PlaceMention mention, CountryFocus focus, List<String> admin1Names) {
    double score = Math.log10(entry.population() + 10);
    score +=
        switch (entry.kind()) {
          case COUNTRY -> 6;
          case ADMIN1 -> 4;
          case ADMIN2 -> 2;
          case POPULATED_PLACE ->
              entry.featureCode().startsWith("PPLC")
                  ? 3
                  : entry.featureCode().startsWith("PPLA") ? 1 : 0;
          case OTHER -> 0;
        };
    if (mention.hint() != null) {
      score += entry.kind() == mention.hint() ? 10 : -3;
    }
    score += 5 * focus.share(entry.countryCode());
    if (entry.kind() != PlaceFeature.ADMIN1 && admin1Names.contains(entry.admin1Name())) {
      score += 4;
    }
    return score;
  }

  private static Place place(PlaceMention mention, GazetteerEntry entry, String reason) {
    String admin1 = entry.kind() == PlaceFeature.COUNTRY ? null : entry.admin1Name();
    String admin2 =
        entry.kind() == PlaceFeature.ADMIN2 || entry.kind() == PlaceFeature.POPULATED_PLACE
            ? entry.admin2Name()
            : null;
    return new Place(
        mention.start(),
        mention.end(),
        mention.text(),
        entry.name(),
        entry.geonamesId(),
        entry.countryCode(),
        admin1,
        admin2,
        entry.lat(),
        entry.lon(),
        entry.kind(),
        reason);
  }

  private static Place unresolved(PlaceMention mention, String reason) {
    PlaceFeature feature = mention.hint() == null ? PlaceFeature.OTHER : mention.hint();
    return new Place(
        mention.start(),
        mention.end(),
        mention.text(),
        mention.text(),
        null,
        null,
        null,
        null,
        null,
        null,
        feature,
        reason);
  }
}
