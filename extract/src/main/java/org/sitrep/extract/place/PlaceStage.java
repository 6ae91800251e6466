package org.sitrep.extract.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.model.Place;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Token;

/** The place stage: recognizes toponyms and resolves them against the gazetteer. Thread-safe. */
public final class PlaceStage {
  private final Gazetteer gazetteer;
  private final PlaceRecognizer recognizer;
  private final PlaceResolver resolver;

  public PlaceStage(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.recognizer = new PlaceRecognizer(gazetteer);
    this.resolver = new PlaceResolver(gazetteer);
  }

  /**
   * The places of a text.
   *
   * @param claimed tokens an earlier stage already explained (actor names such as "Khorasan
   *     Province"), which are never read as places
   */
  public List<Place> places(AnnotatedText text, boolean[] claimed) {
    List<PlaceMention> mentions = recognizer.find(text, claimed);
    return resolver.resolve(text.text(), mentions, demonymCountries(text));
  }

  /** Countries named by adjectives and demonyms ("Afghan", "Pakistani"), with their counts. */
  private Map<String, Integer> demonymCountries(AnnotatedText text) {
    Map<String, Integer> counts = new HashMap<>();
    for (Token token : text.tokens()) {
      if (token.pos().equals("JJ") || token.pos().startsWith("NNP") || token.pos().equals("NNPS")) {
        gazetteer.countryOfDemonym(token.text()).ifPresent(c -> counts.merge(c, 1, Integer::sum));
      }
    }
    return counts;
  }
}
