package org.sitrep.extract.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.extract.entity.ActorCatalog;
import org.sitrep.extract.entity.EntityIndex;
import org.sitrep.extract.relation.ActorReferences;
import org.sitrep.extract.relation.RelationFinder;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Quantity;
import org.sitrep.model.QuantityClaim;
import org.sitrep.model.RelationClaim;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;
import org.sitrep.model.TextSpan;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Sentence;
import org.sitrep.model.text.Token;

/**
 * Finds who says what in an article: direct quotes and reported speech, each with its speaker, cue,
 * stance and what its content asserts in normalized form (the number, the relations between
 * actors). A relation the article states in its own voice becomes a claim without speaker or cue.
 *
 * <p>Stateless and thread-safe: one instance serves every worker. Offsets are half-open {@code
 * [start, end)} char offsets into {@link AnnotatedText#text()}; every span's text is its slice of
 * that text. Claim ids are {@code "C1"}, {@code "C2"}, … in the order their content appears.
 */
public final class ClaimExtractor {
  /** Quoted passages this short and without a verb are names, titles or scare quotes. */
  private static final int SCARE_QUOTE_WORDS = 8;

  /** Quoted passages this short are scare quotes even with a verb (“to mock”). */
  private static final int WORD_OR_TWO = 2;

  private final ReportedSpeechFinder reported;
  private final QuoteAttributor quotes;
  private final RelationFinder relations = new RelationFinder();
  private final ActorCatalog catalog;

  /** An extractor with the bundled cue lexicon. */
  public ClaimExtractor(ActorCatalog catalog) {
    CueLexicon lexicon = CueLexicon.bundled();
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.reported = new ReportedSpeechFinder(lexicon);
    this.quotes = new QuoteAttributor(lexicon);
  }

  /**
   * The claims of one article.
   *
   * @param entities the article's entities, for linking speakers and actors (may hold none)
   * @param quantities the article's quantities, for the numbers claims assert (may be empty)
   * @param times the article's normalized times, for the date a number holds for (may be empty)
   * @param published the publication date, or null when unknown
   */
  public List<Claim> extract(
      DependencyGraph graph,
      EntityIndex entities,
      List<Quantity> quantities,
      List<TimeExpression> times,
      LocalDate published) {
    AnnotatedText text = graph.text();
    DependencyView view = new DependencyView(text);
    List<Quote> speech =
        QuoteFinder.find(text.text()).stream().filter(q -> !isScareQuote(view, q)).toList();
    List<DraftClaim> drafts = new ArrayList<>(reported.find(view, speech));
    List<Quote> unclaimed =
        speech.stream().filter(q -> drafts.stream().noneMatch(d -> merged(d, q))).toList();
    drafts.addAll(quotes.attribute(view, unclaimed));
    drafts.sort(Comparator.comparingInt(DraftClaim::anchor));

    ActorReferences references = new ActorReferences(graph, entities, catalog);
    QuantityClaimBuilder numbers =
        new QuantityClaimBuilder(
            view, quantities, entities.entities(), references, times, published);
    SpeakerLinker linker = new SpeakerLinker(view, entities.entities(), speech);
    List<Claim> claims = new ArrayList<>();
    for (DraftClaim draft : drafts) {
      Speaker speaker = linker.link(draft);
      claims.add(
          new Claim(
              "",
              speaker,
              TextSpan.of(text.text(), draft.cue()),
              TextSpan.of(text.text(), draft.content()),
              draft.direct(),
              draft.stance(),
              numbers.build(draft.content()).orElse(null),
              List.of(),
              List.of()));
    }
    List<Claim> placed = withRelations(innermostNumbers(claims), text, graph, references);
    return numbered(placed);
  }

  /**
   * The claims with the events they report: an event belongs to every claim whose content holds its
   * trigger ("officials said the raid killed …" reports the raid).
   */
  public static List<Claim> withEvents(List<Claim> claims, List<Event> events) {
    List<Claim> linked = new ArrayList<>();
    for (Claim claim : claims) {
      List<String> reported =
          events.stream()
              .filter(e -> claim.content().span().encloses(e.trigger().span()))
              .map(Event::id)
              .toList();
      linked.add(claim.withEvents(reported));
    }
    return List.copyOf(linked);
  }

  /**
   * A number quoted inside a nested claim (a wire service quoting “… the UN mission puts the
   * militia at 2,000 men …”) is the inner speaker's claim, not the outer one's as well.
   */
  private static List<Claim> innermostNumbers(List<Claim> claims) {
    List<Claim> kept = new ArrayList<>();
    for (Claim claim : claims) {
      QuantityClaim quantity = claim.quantity();
      boolean nested =
          quantity != null
              && claims.stream()
                  .anyMatch(
                      inner ->
                          inner != claim
                              && inner.quantity() != null
                              && inner.quantity().start() == quantity.start()
                              && claim.content().span().encloses(inner.content().span())
                              && inner.content().span().length() < claim.content().span().length());
      kept.add(nested ? claim.withQuantity(null) : claim);
    }
    return kept;
  }

  /**
   * Puts each relation in the innermost claim whose content holds it; a relation outside every
   * claim is the article's own statement, one claim per sentence.
   */
  private List<Claim> withRelations(
      List<Claim> claims, AnnotatedText text, DependencyGraph graph, ActorReferences references) {
    List<Claim> placed = new ArrayList<>(claims);
    Map<Span, List<RelationClaim>> ownVoice = new LinkedHashMap<>();
    for (RelationClaim relation : relations.find(graph, references)) {
      int best = -1;
      for (int i = 0; i < placed.size(); i++) {
        Span content = placed.get(i).content().span();
        if (content.encloses(relation.span())
            && (best < 0 || content.length() < placed.get(best).content().span().length())) {
          best = i;
        }
      }
      if (best >= 0) {
        placed.set(best, withRelation(placed.get(best), relation));
      } else {
        ownVoice.computeIfAbsent(sentenceOf(text, relation), s -> new ArrayList<>()).add(relation);
      }
    }
    ownVoice.forEach(
        (sentence, stated) ->
            placed.add(
                new Claim(
                    "",
                    null,
                    null,
                    TextSpan.of(text.text(), sentence),
                    false,
                    "assert",
                    null,
                    stated,
                    List.of())));
    return placed;
  }

  /** The sentence that holds the relation, without its final punctuation. */
  private static Span sentenceOf(AnnotatedText text, RelationClaim relation) {
    for (Sentence sentence : text.sentences()) {
      if (sentence.start() <= relation.start() && relation.end() <= sentence.end()) {
        int last = sentence.endToken() - 1;
        while (last > sentence.firstToken()
            && DependencyView.isPunctuation(text.tokens().get(last))) {
          last--;
        }
        Token end = text.tokens().get(last);
        return new Span(sentence.start(), Math.max(end.end(), relation.end()));
      }
    }
    return relation.span();
  }

  private static Claim withRelation(Claim claim, RelationClaim relation) {
    List<RelationClaim> relations = new ArrayList<>(claim.relations());
    relations.add(relation);
    return claim.withRelations(relations);
  }

  /** The claims in the order their content appears, numbered C1, C2, …. */
  private static List<Claim> numbered(List<Claim> claims) {
    claims.sort(
        Comparator.comparingInt((Claim c) -> c.content().start())
            .thenComparingInt(c -> c.cue() == null ? c.content().start() : c.cue().start()));
    List<Claim> numbered = new ArrayList<>();
    for (Claim claim : claims) {
      numbered.add(claim.withId("C" + (numbered.size() + 1)));
    }
    return List.copyOf(numbered);
  }

  /** A reported claim that took a partial quote into its content. */
  private static boolean merged(DraftClaim draft, Quote quote) {
    return draft.direct() && draft.content().overlaps(quote.inner());
  }

  /**
   * “Islamic State”, “Khorasan province”, a show's title: a few words with no verb are a name, not
   * speech; one or two words are a scare quote whatever they are.
   */
  private static boolean isScareQuote(DependencyView view, Quote quote) {
    List<Token> tokens = view.tokensIn(quote.inner());
    long words = tokens.stream().filter(t -> !DependencyView.isPunctuation(t)).count();
    boolean verb = tokens.stream().anyMatch(t -> t.isVerb() || t.pos().equals("MD"));
    return words <= WORD_OR_TWO || (words <= SCARE_QUOTE_WORDS && !verb);
  }
}
