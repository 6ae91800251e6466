package org.sitrep.extract;

import java.util.List;
import org.sitrep.extract.claim.ClaimExtractor;
import org.sitrep.extract.entity.ActorCatalog;
import org.sitrep.extract.entity.ActorMatcher;
import org.sitrep.extract.entity.EntityIndex;
import org.sitrep.extract.entity.EntityRecognizer;
import org.sitrep.extract.event.EventContext;
import org.sitrep.extract.event.EventExtractor;
import org.sitrep.extract.place.PlaceStage;
import org.sitrep.extract.quantity.QuantityParser;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.extract.time.TimeNormalizer;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.input.dateline.DatelineParser;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.TextAnnotator;

/**
 * Reads one article end to end: NLP, then actors, places, entities, times, quantities, claims and
 * events, each stage reading what the earlier ones found.
 *
 * <p>Thread-safe: the stages are stateless and the heavy resources (the annotator's models, the
 * gazetteer, the lexicons) are built once in the constructor and shared by every worker.
 */
public final class ArticleExtractor {
  private final TextAnnotator annotator;
  private final ActorMatcher actors;
  private final PlaceStage places;
  private final EntityRecognizer entities = new EntityRecognizer();
  private final TimeNormalizer times = new TimeNormalizer();
  private final QuantityParser quantities = new QuantityParser();
  private final ClaimExtractor claims;
  private final EventExtractor events;
  private final DatelineParser datelines = new DatelineParser();

  public ArticleExtractor(TextAnnotator annotator, Gazetteer gazetteer) {
    this.annotator = annotator;
    ActorCatalog catalog = ActorCatalog.loadDefault();
    this.actors = new ActorMatcher(catalog);
    this.events = new EventExtractor(catalog);
    this.claims = new ClaimExtractor(catalog);
    this.places = new PlaceStage(gazetteer);
  }

  /** Everything sitrep reads in the article. */
  public Extraction extract(Article article) {
    AnnotatedText text = annotator.annotate(article.text(), article.published());
    List<ActorMatcher.Match> actorMatches = actors.find(text, article.published());
    // Actor names are not places ("Khorasan Province" is a group), except a state's: "US" in
    // "US forces" still names the country.
    boolean[] claimed = new boolean[text.tokens().size()];
    for (ActorMatcher.Match match : actorMatches) {
      if (match.actor().kind() != EntityKind.COUNTRY) {
        for (int i = match.firstToken(); i < match.endToken(); i++) {
          claimed[i] = true;
        }
      }
    }
    List<Place> placeList = places.places(text, claimed);
    List<Entity> entityList = entities.recognize(text, actorMatches, placeList);
    List<TimeExpression> timeList = times.normalize(text, article.published());
    List<Quantity> quantityList = quantities.find(text);
    DependencyGraph graph = new DependencyGraph(text);
    EntityIndex entityIndex = new EntityIndex(entityList);
    List<Claim> claimList =
        claims.extract(graph, entityIndex, quantityList, timeList, article.published());
    EventContext context =
        new EventContext(
            graph,
            entityIndex,
            placeList,
            timeList,
            quantityList,
            claimList,
            article.published(),
            datelines.datelineSpans(article.text()));
    List<Event> eventList = events.extract(context);
    return new Extraction(
        article,
        entityList,
        placeList,
        timeList,
        quantityList,
        eventList,
        ClaimExtractor.withEvents(claimList, eventList),
        null);
  }
}
