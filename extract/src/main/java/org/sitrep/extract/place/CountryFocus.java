package org.sitrep.extract.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.model.PlaceFeature;

/**
 * Which countries an article is about: each toponym that can only mean a country or a province
 * votes for its country, and so does each demonym ("Afghan forces"). Shares sum to one.
 */
record CountryFocus(Map<String, Double> shares, String top) {
  static CountryFocus of(
      Map<PlaceMention, List<GazetteerEntry>> candidates, Map<String, Integer> demonymCountries) {
    Map<String, Double> votes = new HashMap<>();
    demonymCountries.forEach((country, count) -> votes.merge(country, (double) count, Double::sum));
    for (List<GazetteerEntry> options : candidates.values()) {
      GazetteerEntry division =
          options.stream()
              .filter(e -> e.kind() == PlaceFeature.COUNTRY || e.kind() == PlaceFeature.ADMIN1)
              .findFirst()
              .orElse(null);
      if (division != null) {
        votes.merge(
            division.countryCode(),
            division.kind() == PlaceFeature.COUNTRY ? 1.0 : 1.5,
            Double::sum);
      }
    }
    double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> shares = new HashMap<>();
    String top = null;
    for (Map.Entry<String, Double> vote : votes.entrySet()) {
      shares.put(vote.getKey(), vote.getValue() / total);
      if (top == null || vote.getValue() > votes.get(top)) {
        top = vote.getKey();
      }
    }
    return new CountryFocus(Map.copyOf(shares), top);
  }

  double share(String countryCode) {
    return shares.getOrDefault(countryCode, 0.0);
  }
}
