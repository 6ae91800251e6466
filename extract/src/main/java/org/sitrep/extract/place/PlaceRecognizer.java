package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.syntax.TextCasing;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.model.PlaceFeature;
import org.sitrep.model.data.TsvResource;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.EntityMention;
import org.sitrep.model.text.TimexMention;
import org.sitrep.model.text.Token;

/**
 * Finds toponyms: CoreNLP's LOCATION mentions, plus what it misses — names before "province" or
 * "district" and after "the village of", capitalized words after "in" or "of" that the gazetteer
 * knows as a division or town (CoreNLP tags "Kot" as a person), the division after a comma
 * ("Alexandria, La."), and adjectives and demonyms of countries ("Afghan", "Pakistanis").
 * Thread-safe.
 */
final class PlaceRecognizer {
  private static final int MAX_NAME_TOKENS = 3;
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final Set<String> ADJECTIVE_TAGS = Set.of("JJ", "NNP", "NNPS", "NNS");

  private final Gazetteer gazetteer;
  private final Map<String, PlaceFeature> keywords = new HashMap<>();
  private final Set<String> leadIns = new HashSet<>();
  private final Set<String> ofHeads = new HashSet<>();
  private final Set<String> directions = new HashSet<>();
  private final Map<String, String> notPlaces = new HashMap<>();

  PlaceRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (TsvResource.Row row : TsvResource.read(PlaceRecognizer.class, "place-keywords.tsv", 4)) {
      keywords.put(row.get(0), PlaceFeature.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
    }
    for (TsvResource.Row row : TsvResource.read(PlaceRecognizer.class, "place-lead-ins.tsv", 3)) {
      switch (row.get(1)) {
        case "of-head" -> ofHeads.add(row.get(0));
        case "direction" -> directions.add(row.get(0));
        default -> leadIns.add(row.get(0));
      }
    }
    for (TsvResource.Row row : TsvResource.read(PlaceRecognizer.class, "not-places.tsv", 3)) {
      notPlaces.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1).toLowerCase(Locale.ROOT));
    }
  }

  /** Toponyms of the text, in text order, not overlapping {@code claimed} tokens. */
  List<PlaceMention> find(AnnotatedText text, boolean[] claimed) {
    List<Token> tokens = text.tokens();
    boolean[] taken = claimed.clone();
    List<PlaceMention> found = new ArrayList<>();
    for (TimexMention timex : text.timexes()) {
      // "in August": a month is never a place, though GeoNames has towns called August.
      mark(taken, timex.firstToken(), timex.endToken());
    }
    for (Token token : tokens) {
      if (TIME_TYPES.contains(token.ner())) {
        taken[token.index()] = true;
      }
    }
    for (EntityMention mention : text.mentions()) {
      if ((mention.type().equals("LOCATION") || namesCountry(text, mention))
          && free(taken, mention.firstToken(), mention.endToken())) {
        addLocation(text, mention, found);
        mark(taken, mention.firstToken(), mention.endToken());
      }
    }
    for (Token token : tokens) {
      PlaceFeature hint = keywords.get(lower(token));
      if (hint != null) {
        addNameBefore(text, token.index(), hint, taken, found);
      }
      if (isLeadIn(tokens, token)) {
        int next = token.index() + 1;
        if (next < tokens.size() && directions.contains(lower(tokens.get(next)))) {
          next++;
        }
        addKnownNameAfter(text, next, taken, found);
      }
    }
    Set<String> named = new HashSet<>();
    found.forEach(place -> named.add(place.text().toLowerCase(Locale.ROOT)));
    for (EntityMention mention : text.mentions()) {
      if (mention.type().equals("ORGANIZATION")
          && free(taken, mention.firstToken(), mention.endToken())) {
        addPlaceInsideName(text, mention, named, taken, found);
      }
    }
    for (PlaceMention place : List.copyOf(found)) {
      addContainerAfter(text, place, taken, found);
    }
    addAdjectives(text, taken, found);
    found.removeIf(place -> isNotAPlace(tokens, place));
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  private boolean isLeadIn(List<Token> tokens, Token token) {
    if (leadIns.contains(lower(token))) {
      return true;
    }
    return lower(token).equals("of")
        && token.index() > 0
        && ofHeads.contains(lower(tokens.get(token.index() - 1)));
  }

  /** "Earth", "City Hall", "Gulf" before "War": names the not-places list rules out. */
  private boolean isNotAPlace(List<Token> tokens, PlaceMention place) {
    String next = notPlaces.get(place.text().toLowerCase(Locale.ROOT));
    if (next == null) {
      return false;
    }
    return next.equals("-")
        || (place.endToken() < tokens.size() && lower(tokens.get(place.endToken())).equals(next));
  }

  /**
   * A LOCATION mention, without a trailing keyword ("Kunar province" is Kunar, with the hint that
   * it is a province) unless the whole text is itself a name ("Kansas City", "Laurel County").
   */
  private void addLocation(AnnotatedText text, EntityMention mention, List<PlaceMention> found) {
    List<Token> tokens = text.tokens();
    int end = mention.endToken();
    PlaceFeature hint = null;
    boolean wholeIsAName =
        !gazetteer.lookup(join(text, mention.firstToken(), mention.endToken())).isEmpty();
    while (end - 1 > mention.firstToken() && keywords.containsKey(lower(tokens.get(end - 1)))) {
      hint = keywords.get(lower(tokens.get(end - 1)));
      end--;
    }
    if (wholeIsAName) {
      end = mention.endToken();
    }
    if (hint == null && mention.endToken() < tokens.size()) {
      hint = keywords.get(lower(tokens.get(mention.endToken())));
    }
    found.add(mention(text, mention.firstToken(), end, hint));
  }

  /**
   * "the Texas Forest Service", "Mansfield Police Department", "University of Georgia": a place at
   * the start of an organization's name or after its "of", when it is a country or a state, or a
   * place the article also names on its own. Design decision: that last condition keeps out the
   * ordinary words that are also town names somewhere ("Police", "University", "Federal").
   */
  private void addPlaceInsideName(
      AnnotatedText text,
      EntityMention organization,
      Set<String> named,
      boolean[] taken,
      List<PlaceMention> found) {
    int first = organization.firstToken();
    int end = organization.endToken();
    if (TextCasing.isWrittenInCapitals(text.text())) {
      return;
    }
    List<Integer> starts = new ArrayList<>(List.of(first));
    for (int i = first + 1; i + 1 < end; i++) {
      if (lower(text.tokens().get(i)).equals("of")) {
        starts.add(i + 1);
      }
    }
    for (int start : starts) {
      int limit = start == first ? end - 1 : end;
      for (int stop = Math.min(limit, start + MAX_NAME_TOKENS); stop > start; stop--) {
        if (free(taken, start, stop)
            && isNameToken(text.tokens().get(start))
            && isKnownInside(join(text, start, stop), named)) {
          found.add(mention(text, start, stop, null));
          mark(taken, start, stop);
          return;
        }
      }
    }
  }

  private boolean isKnownInside(String name, Set<String> named) {
    return named.contains(name.toLowerCase(Locale.ROOT))
        || gazetteer.lookup(name).stream()
            .anyMatch(e -> e.kind() == PlaceFeature.COUNTRY || e.kind() == PlaceFeature.ADMIN1);
  }

  /** "DRC" or "UK" tagged as an organization: a mention whose whole text names a country. */
  private boolean namesCountry(AnnotatedText text, EntityMention mention) {
    return gazetteer.lookup(join(text, mention.firstToken(), mention.endToken())).stream()
        .anyMatch(e -> e.kind() == PlaceFeature.COUNTRY);
  }

  /** "Alexandria, La.": a province or country named right after a place and a comma. */
  private void addContainerAfter(
      AnnotatedText text, PlaceMention place, boolean[] taken, List<PlaceMention> found) {
    List<Token> tokens = text.tokens();
    int comma = place.endToken();
    if (comma + 1 >= tokens.size()
        || !tokens.get(comma).text().equals(",")
        || tokens.get(comma + 1).sentence() != tokens.get(comma).sentence()) {
      return;
    }
    for (int end = Math.min(tokens.size(), comma + 1 + 2); end > comma + 1; end--) {
      if (!free(taken, comma + 1, end)
          || !Character.isUpperCase(tokens.get(comma + 1).text().charAt(0))) {
        continue;
      }
      boolean division =
          gazetteer.lookup(join(text, comma + 1, end)).stream()
              .anyMatch(e -> e.kind() == PlaceFeature.ADMIN1 || e.kind() == PlaceFeature.COUNTRY);
      if (division) {
        found.add(mention(text, comma + 1, end, null));
        mark(taken, comma + 1, end);
        return;
      }
    }
  }

  /** "Afghan forces", "two Pakistanis": a country named by its adjective or demonym. */
  private void addAdjectives(AnnotatedText text, boolean[] taken, List<PlaceMention> found) {
    boolean[] named = new boolean[text.tokens().size()];
    for (EntityMention mention : text.mentions()) {
      if (mention.type().equals("PERSON") || mention.type().equals("ORGANIZATION")) {
        mark(named, mention.firstToken(), mention.endToken());
      }
    }
    for (Token token : text.tokens()) {
      int i = token.index();
      if (!taken[i]
          && !named[i]
          && Character.isUpperCase(token.text().charAt(0))
          && ADJECTIVE_TAGS.contains(token.pos())
          && gazetteer.countryOfDemonym(token.text()).isPresent()) {
        PlaceMention single = mention(text, i, i + 1, PlaceFeature.COUNTRY);
        found.add(
            new PlaceMention(
                single.firstToken(),
                single.endToken(),
                single.start(),
                single.end(),
                single.text(),
                PlaceFeature.COUNTRY,
                true));
        taken[i] = true;
      }
    }
  }

  /** "Kot district": the capitalized words right before a place keyword. */
  private void addNameBefore(
      AnnotatedText text,
      int keyword,
      PlaceFeature hint,
      boolean[] taken,
      List<PlaceMention> found) {
    int first = keyword;
    while (first > 0
        && keyword - first < MAX_NAME_TOKENS
        && isNameToken(text.tokens().get(first - 1))
        && !taken[first - 1]
        && text.tokens().get(first - 1).sentence() == text.tokens().get(keyword).sentence()) {
      first--;
    }
    if (first < keyword && !gazetteer.lookup(join(text, first, keyword)).isEmpty()) {
      found.add(mention(text, first, keyword, hint));
      mark(taken, first, keyword);
    }
  }

  /** "a tribal leader in Kot": a capitalized name after "in" that the gazetteer knows. */
  private void addKnownNameAfter(
      AnnotatedText text, int first, boolean[] taken, List<PlaceMention> found) {
    if (!TextCasing.isWrittenInCapitals(text.text())) {
      addKnownName(text, first, text.tokens().size(), taken, found);
    }
  }

  /**
   * Adds the longest run of up to three name tokens from {@code first} (and before {@code limit})
   * that the gazetteer knows as a division, or a town of at least a thousand people.
   */
  private boolean addKnownName(
      AnnotatedText text, int first, int limit, boolean[] taken, List<PlaceMention> found) {
    int end = first;
    while (end < limit
        && end - first < MAX_NAME_TOKENS
        && isNameToken(text.tokens().get(end))
        && !taken[end]) {
      end++;
    }
    for (int stop = end; stop > first; stop--) {
      String name = join(text, first, stop);
      boolean known =
          gazetteer.lookup(name).stream()
              .anyMatch(e -> e.kind() != PlaceFeature.POPULATED_PLACE || e.population() >= 1000);
      if (known) {
        found.add(mention(text, first, stop, null));
        mark(taken, first, stop);
        return true;
      }
    }
    return false;
  }

  private static boolean isNameToken(Token token) {
    return token.pos().equals("NNP") && Character.isUpperCase(token.text().charAt(0));
  }

  private static PlaceMention mention(AnnotatedText text, int first, int end, PlaceFeature hint) {
    int start = text.tokens().get(first).start();
    int stop = text.tokens().get(end - 1).end();
    return new PlaceMention(first, end, start, stop, text.text().substring(start, stop), hint);
  }

  private static String join(AnnotatedText text, int first, int end) {
    return text.text()
        .substring(text.tokens().get(first).start(), text.tokens().get(end - 1).end());
  }

  private static boolean free(boolean[] taken, int first, int end) {
    for (int i = first; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] taken, int first, int end) {
    for (int i = first; i < end; i++) {
      taken[i] = true;
    }
  }

  private static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }
}
