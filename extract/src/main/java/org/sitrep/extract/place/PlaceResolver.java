package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.gazetteer.NameKey;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceFeature;

/**
 * Picks the gazetteer entry each toponym means, in the context of the whole article.
 *
 * <p>Mentions of one name form one {@link NameGroup} and get one reading (one sense per discourse).
 * A first pass scores each group's candidates by prior (population, kind, the keyword beside the
 * name) and by the countries the article is about; later passes add what the other groups' readings
 * say: a container named right after ("Alexandria, Louisiana"; "Andar district, Ghazni province"),
 * provinces the article names, and distance to the other places it names. Stateless; thread-safe.
 *
 * <p>Design decision: a small town abroad never wins over a candidate in the country the article is
 * mostly about, and a name the gazetteer lacks stays unresolved with its reason rather than
 * becoming a guess.
 */
final class PlaceResolver {
  /** Text between a place and the division that contains it: "Kot, Nangarhar", "Kot in …". */
  private static final Pattern CONTAINER_GAP = Pattern.compile("\\s*(,|in|of)\\s*");

  /** The same after a keyword: "Jaghatu district, Ghazni province". */
  private static final Pattern CONTAINER_GAP_AFTER_KEYWORD =
      Pattern.compile("\\s*\\p{L}+\\s*(,|in|of)\\s*");

  private static final int PASSES = 3;

  private final Gazetteer gazetteer;

  PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The places of the mentions, in their order.
   *
   * @param text the article text the mentions' offsets point into
   * @param demonymCountries countries named by adjectives anywhere in the text, with counts
   */
  List<Place> resolve(
      String text, List<PlaceMention> mentions, Map<String, Integer> demonymCountries) {
    Map<String, NameGroup> groups = new LinkedHashMap<>();
    List<NameGroup> groupOfMention = new ArrayList<>();
    List<List<GazetteerEntry>> optionsPerMention = new ArrayList<>();
    for (PlaceMention mention : mentions) {
      if (mention.adjectival()) {
        groupOfMention.add(null);
        continue;
      }
      NameGroup group =
          groups.computeIfAbsent(
              NameKey.of(mention.text()) + "|" + mention.hint(),
              k -> new NameGroup(mention.hint(), gazetteer.lookup(lookupName(mention.text()))));
      groupOfMention.add(group);
      optionsPerMention.add(group.options);
    }
    linkContainers(text, mentions, groupOfMention);
    CountryFocus focus = CountryFocus.of(optionsPerMention, demonymCountries);
    PlaceScorer scorer = new PlaceScorer(focus);
    for (NameGroup group : groups.values()) {
      group.narrow(focus);
    }
    for (int pass = 0; pass < PASSES; pass++) {
      List<GazetteerEntry> chosen = new ArrayList<>();
      for (NameGroup group : groups.values()) {
        chosen.add(group.chosen);
      }
      for (NameGroup group : groups.values()) {
        group.choose(scorer, pass == 0 ? List.of() : othersThan(group, groups, chosen));
      }
    }
    List<Place> places = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention mention = mentions.get(i);
      places.add(
          mention.adjectival() ? adjectival(mention) : place(mention, groupOfMention.get(i)));
    }
    return places;
  }

  /** "the Middle East" is looked up as "Middle East". */
  private static String lookupName(String text) {
    return text.regionMatches(true, 0, "the ", 0, 4) ? text.substring(4) : text;
  }

  private static void linkContainers(
      String text, List<PlaceMention> mentions, List<NameGroup> groupOfMention) {
    for (int i = 0; i + 1 < mentions.size(); i++) {
      PlaceMention place = mentions.get(i);
      PlaceMention next = mentions.get(i + 1);
      NameGroup inner = groupOfMention.get(i);
      NameGroup outer = groupOfMention.get(i + 1);
      if (inner != null
          && outer != null
          && inner != outer
          && next.start() >= place.end()
          && (place.hint() == null ? CONTAINER_GAP : CONTAINER_GAP_AFTER_KEYWORD)
              .matcher(text.substring(place.end(), next.start()))
              .matches()) {
        inner.containedBy(outer);
      }
    }
  }

  private static List<GazetteerEntry> othersThan(
      NameGroup group, Map<String, NameGroup> groups, List<GazetteerEntry> chosen) {
    List<GazetteerEntry> others = new ArrayList<>();
    int i = 0;
    for (NameGroup other : groups.values()) {
      GazetteerEntry entry = chosen.get(i++);
      if (other != group && entry != null) {
        others.add(entry);
      }
    }
    return others;
  }

  private Place adjectival(PlaceMention mention) {
    GazetteerEntry country =
        gazetteer
            .countryOfDemonym(mention.text())
            .flatMap(gazetteer::country)
            .orElseThrow(
                () -> new IllegalStateException("no country for adjective " + mention.text()));
    return place(mention, country, "adjective of " + country.countryCode(), true);
  }

  private static Place place(PlaceMention mention, NameGroup group) {
    if (group.chosen == null) {
      return unresolved(mention, group.options.isEmpty() ? "not in gazetteer" : group.reason);
    }
    String reason = group.reason;
    if (group.chosen.approximate()) {
      reason += "; the gazetteer locates no point for it, so its coordinates are its province's";
    }
    return place(mention, group.chosen, reason, false);
  }

  private static Place place(
      PlaceMention mention, GazetteerEntry entry, String reason, boolean adjectival) {
    boolean wide = entry.kind() == PlaceFeature.COUNTRY || entry.kind() == PlaceFeature.REGION;
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
        wide ? null : entry.admin1Name(),
        admin2,
        entry.lat(),
        entry.lon(),
        entry.kind(),
        reason,
        adjectival);
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
        reason,
        false);
  }
}
