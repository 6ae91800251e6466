package org.sitrep.extract.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.model.PlaceFeature;

/**
 * Which countries an article is about. Each toponym whose every candidate lies in one country votes
 * for it (a country or province name more than a town), and so does each demonym ("Afghan forces").
 * A name that means places in several countries ("Georgia") does not vote. Shares sum to one.
 *
 * @param shares each country's share of the votes
 * @param top the country with most votes, or null when nothing voted
 * @param topVotes the votes of {@code top}
 */
record CountryFocus(Map<String, Double> shares, String top, double topVotes) {
  /** How much a reading abroad loses, at full focus, against a namesake at home. */
  private static final double ABROAD_PENALTY = 6;

  /** Below this population a town abroad gives way to a namesake in the article's country. */
  private static final long SMALL_TOWN = 100_000;

  static CountryFocus of(
      List<List<GazetteerEntry>> optionsPerMention, Map<String, Integer> demonymCountries) {
    Map<String, Double> votes = new HashMap<>();
    demonymCountries.forEach((country, count) -> votes.merge(country, (double) count, Double::sum));
    for (List<GazetteerEntry> options : optionsPerMention) {
      String country = soleCountry(options);
      if (country != null) {
        boolean division =
            options.stream()
                .anyMatch(e -> e.kind() == PlaceFeature.COUNTRY || e.kind() == PlaceFeature.ADMIN1);
        votes.merge(country, division ? 1.5 : 1.0, Double::sum);
      }
    }
    double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> shares = new HashMap<>();
    String top = null;
    for (Map.Entry<String, Double> vote : votes.entrySet()) {
      shares.put(vote.getKey(), vote.getValue() / total);
      if (top == null
          || vote.getValue() > votes.get(top)
          || (vote.getValue().equals(votes.get(top)) && vote.getKey().compareTo(top) < 0)) {
        top = vote.getKey();
      }
    }
    return new CountryFocus(Map.copyOf(shares), top, top == null ? 0 : votes.get(top));
  }

  /** The one country all candidates lie in, or null (none, or several). */
  private static String soleCountry(List<GazetteerEntry> options) {
    String country = null;
    for (GazetteerEntry entry : options) {
      if (entry.countryCode() == null) {
        return null;
      }
      if (country == null) {
        country = entry.countryCode();
      } else if (!country.equals(entry.countryCode())) {
        return null;
      }
    }
    return country;
  }

  double share(String countryCode) {
    return countryCode == null ? 0 : shares.getOrDefault(countryCode, 0.0);
  }

  /**
   * A reading in a country the article never names loses against a namesake in the country it is
   * about, in proportion to that focus: "Dublin" in a story that names only Ohio towns is Dublin,
   * Ohio. Zero when the article has no clear focus or no candidate lies there.
   */
  double abroadPenalty(GazetteerEntry entry, List<GazetteerEntry> options) {
    if (top == null
        || topVotes < 2
        || share(top) < 0.7
        || share(entry.countryCode()) > 0
        || entry.kind() == PlaceFeature.COUNTRY
        || options.stream().noneMatch(e -> top.equals(e.countryCode()))) {
      return 0;
    }
    return -ABROAD_PENALTY * share(top);
  }

  /**
   * The candidates worth scoring: when the article is mostly about one country and a candidate lies
   * there, small towns and districts of the same name abroad drop out.
   */
  List<GazetteerEntry> keepHome(List<GazetteerEntry> options) {
    if (top == null
        || topVotes < 2
        || share(top) < 0.5
        || options.stream().noneMatch(e -> top.equals(e.countryCode()))) {
      return options;
    }
    return options.stream()
        .filter(
            e ->
                top.equals(e.countryCode())
                    || !(e.kind() == PlaceFeature.POPULATED_PLACE
                        || e.kind() == PlaceFeature.ADMIN2)
                    || e.population() >= SMALL_TOWN)
        .toList();
  }
}
