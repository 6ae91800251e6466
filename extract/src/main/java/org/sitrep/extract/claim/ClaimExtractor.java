package org.sitrep.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Quantity;
import org.sitrep.model.Speaker;
import org.sitrep.model.TextSpan;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Token;

/**
 * Finds who says what in an article: direct quotes and reported speech, each with its speaker, cue,
 * stance and, when the claim holds a number, the quantity it asserts.
 *
 * <p>Stateless and thread-safe: one instance serves every worker. Offsets are half-open {@code
 * [start, end)} char offsets into {@link AnnotatedText#text()}; every span's text is its slice of
 * that text. Claim ids are {@code "C1"}, {@code "C2"}, … in the order their content appears.
 */
public final class ClaimExtractor {
  /** Quoted passages this short and without a verb are scare quotes, not speech. */
  private static final int SCARE_QUOTE_WORDS = 4;

  private final ReportedSpeechFinder reported;
  private final QuoteAttributor quotes;

  /** An extractor with the bundled cue lexicon. */
  public ClaimExtractor() {
    this(CueLexicon.bundled());
  }

  public ClaimExtractor(CueLexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    this.reported = new ReportedSpeechFinder(lexicon);
    this.quotes = new QuoteAttributor(lexicon);
  }

  /**
   * The claims of one article.
   *
   * @param entities the article's entities, for linking speakers (may be empty)
   * @param quantities the article's quantities, for the numbers claims assert (may be empty)
   */
  public List<Claim> extract(AnnotatedText text, List<Entity> entities, List<Quantity> quantities) {
    DependencyView view = new DependencyView(text);
    List<Quote> speech =
        QuoteFinder.find(text.text()).stream().filter(q -> !isScareQuote(view, q)).toList();
    List<DraftClaim> drafts = new ArrayList<>(reported.find(view, speech));
    List<Quote> unclaimed =
        speech.stream().filter(q -> drafts.stream().noneMatch(d -> merged(d, q))).toList();
    drafts.addAll(quotes.attribute(view, unclaimed));
    drafts.sort(Comparator.comparingInt(DraftClaim::anchor));

    SpeakerLinker linker = new SpeakerLinker(view, entities, speech);
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
              QuantityClaimBuilder.build(view, draft.content(), quantities, entities)
                  .orElse(null)));
    }
    return numbered(claims);
  }

  /** The claims in the order their content appears, numbered C1, C2, …. */
  private static List<Claim> numbered(List<Claim> claims) {
    claims.sort(
        Comparator.comparingInt((Claim c) -> c.content().start())
            .thenComparingInt(c -> c.cue().start()));
    List<Claim> numbered = new ArrayList<>();
    for (Claim claim : claims) {
      numbered.add(
          new Claim(
              "C" + (numbered.size() + 1),
              claim.speaker(),
              claim.cue(),
              claim.content(),
              claim.direct(),
              claim.stance(),
              claim.quantity()));
    }
    return List.copyOf(numbered);
  }

  /** A reported claim that took a partial quote into its content. */
  private static boolean merged(DraftClaim draft, Quote quote) {
    return draft.direct() && draft.content().overlaps(quote.inner());
  }

  /** “Islamic State”, “Khorasan province”: a few words with no verb are a name, not speech. */
  private static boolean isScareQuote(DependencyView view, Quote quote) {
    List<Token> tokens = view.tokensIn(quote.inner());
    long words = tokens.stream().filter(t -> !DependencyView.isPunctuation(t)).count();
    boolean verb = tokens.stream().anyMatch(t -> t.isVerb() || t.pos().equals("MD"));
    return words <= SCARE_QUOTE_WORDS && !verb;
  }
}
