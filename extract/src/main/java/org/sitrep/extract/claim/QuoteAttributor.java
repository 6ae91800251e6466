package org.sitrep.extract.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.Sentence;
import org.sitrep.model.text.Token;

/**
 * Finds who speaks a direct quote, looking in turn: right after it ("…,” Mattis told reporters),
 * right before it (X said: “…”), in the sentence before a quote that opens its sentence ("X spoke
 * to AFP." then a paragraph of quote), and in a short sentence after it (“….” X said.).
 */
final class QuoteAttributor {
  private static final Set<String> SIGNING_DASHES = Set.of("―", "—", "–", "--");

  /** How many tokens may separate a quotation mark from its cue verb. */
  private static final int REACH = 7;

  private final CueLexicon lexicon;

  QuoteAttributor(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A cue verb and the head of its speaker. */
  private record Attribution(int cue, int speaker) {}

  List<DraftClaim> attribute(DependencyView view, List<Quote> quotes) {
    List<DraftClaim> found = new ArrayList<>();
    Map<Quote, DraftClaim> byQuote = new HashMap<>();
    for (Quote quote : quotes) {
      Optional<Span> content = content(view.text().text(), quote);
      if (content.isEmpty() || view.tokenAt(quote.open()) < 0) {
        continue;
      }
      DraftClaim draft = draft(view, quote, content.get(), byQuote);
      byQuote.put(quote, draft);
      found.add(draft);
    }
    return found;
  }

  /**
   * Design decision: a quote's own cue (right after or before it) wins over the speaker of the
   * quote paragraph before it; only a quote with no cue of its own continues the earlier speaker.
   */
  private DraftClaim draft(
      DependencyView view, Quote quote, Span content, Map<Quote, DraftClaim> byQuote) {
    Optional<Attribution> attribution =
        after(view, quote).or(() -> signed(view, quote)).or(() -> before(view, quote));
    if (attribution.isEmpty()) {
      Optional<DraftClaim> earlier = inherited(view, quote, byQuote);
      if (earlier.isPresent()) {
        return earlier.get().withContent(content, true);
      }
      attribution = previousSentence(view, quote).or(() -> nextSentence(view, quote));
    }
    if (attribution.isEmpty()) {
      return new DraftClaim(
          -1, null, new Span(quote.open(), quote.open() + 1), content, true, "assert");
    }
    Token cue = view.token(attribution.get().cue());
    int speaker = attribution.get().speaker();
    return new DraftClaim(
        speaker,
        SpeakerPhrase.of(view, speaker),
        new Span(cue.start(), cue.end()),
        content,
        true,
        // a dash that signs a quote ("― Ana Ruiz") asserts like "said"
        lexicon.stanceOf(cue.lemma()).orElse("assert"));
  }

  /**
   * “…” ― Ana Ruiz, a nurse: a quote signed with a dash and the speaker's name, as pages that
   * collect readers' or witnesses' words print them. The dash is the cue.
   */
  private static Optional<Attribution> signed(DependencyView view, Quote quote) {
    if (!quote.closed()) {
      return Optional.empty();
    }
    int close = view.tokenAt(quote.close());
    if (close < 0 || close + 2 >= view.size()) {
      return Optional.empty();
    }
    Token dash = view.token(close + 1);
    if (!SIGNING_DASHES.contains(dash.text())) {
      return Optional.empty();
    }
    int name = close + 2;
    if (!view.token(name).pos().startsWith("NNP")) {
      return Optional.empty();
    }
    while (name + 1 < view.size()
        && view.token(name + 1).pos().startsWith("NNP")
        && view.text()
            .sentenceOf(view.token(name + 1))
            .equals(view.text().sentenceOf(view.token(name)))) {
      name++;
    }
    return Optional.of(new Attribution(dash.index(), name));
  }

  /** The quoted words without surrounding blanks and without the comma that hands over. */
  private static Optional<Span> content(String text, Quote quote) {
    int start = quote.inner().start();
    int end = quote.inner().end();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start
        && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    return start < end ? Optional.of(new Span(start, end)) : Optional.empty();
  }

  private Optional<Attribution> after(DependencyView view, Quote quote) {
    if (!quote.closed()) {
      return Optional.empty();
    }
    int close = view.tokenAt(quote.close());
    if (close < 0) {
      return Optional.empty();
    }
    Sentence sentence = view.text().sentenceOf(view.token(close));
    int limit = Math.min(sentence.endToken(), close + 1 + REACH);
    for (int i = close + 1; i < limit; i++) {
      Token token = view.token(i);
      if (token.text().equals("“") || token.text().equals("\"")) {
        return Optional.empty();
      }
      if (isCueVerb(token)) {
        int cue = i;
        return speakerOutside(view, cue, quote)
            .or(() -> adjacentSpeaker(view, cue, close))
            .map(speaker -> new Attribution(token.index(), speaker));
      }
    }
    return Optional.empty();
  }

  private Optional<Attribution> before(DependencyView view, Quote quote) {
    int open = view.tokenAt(quote.open());
    Sentence sentence = view.text().sentenceOf(view.token(open));
    for (int i = open - 1; i >= Math.max(sentence.firstToken(), open - REACH); i--) {
      int cue = i;
      if (isCueVerb(view.token(i))) {
        Optional<Integer> speaker = speakerOutside(view, i, quote);
        if (speaker.isPresent()) {
          return speaker.map(s -> new Attribution(cue, s));
        }
      }
    }
    return Optional.empty();
  }

  /** A quote that opens its sentence may be introduced by the sentence before. */
  private Optional<Attribution> previousSentence(DependencyView view, Quote quote) {
    int open = view.tokenAt(quote.open());
    Sentence sentence = view.text().sentenceOf(view.token(open));
    if (open != sentence.firstToken() || sentence.index() == 0) {
      return Optional.empty();
    }
    Sentence previous = view.text().sentences().get(sentence.index() - 1);
    return cueOfSentence(view, previous, quote);
  }

  /** “…” followed by a short sentence "X said." that reports nothing else. */
  private Optional<Attribution> nextSentence(DependencyView view, Quote quote) {
    if (!quote.closed()) {
      return Optional.empty();
    }
    int close = view.tokenAt(quote.close());
    Sentence sentence = view.text().sentenceOf(view.token(close));
    boolean endsSentence = true;
    for (int i = close + 1; i < sentence.endToken(); i++) {
      endsSentence &= DependencyView.isPunctuation(view.token(i));
    }
    List<Sentence> sentences = view.text().sentences();
    if (!endsSentence || sentence.index() + 1 >= sentences.size()) {
      return Optional.empty();
    }
    Sentence next = sentences.get(sentence.index() + 1);
    return roots(next).stream()
        .filter(root -> isCueVerb(view.token(root)))
        .filter(root -> view.child(root, "ccomp").isEmpty())
        .findFirst()
        .flatMap(
            root ->
                SpeakerPhrase.headOf(view, root).map(speaker -> new Attribution(root, speaker)));
  }

  private Optional<Attribution> cueOfSentence(DependencyView view, Sentence sentence, Quote quote) {
    List<Integer> candidates = new ArrayList<>(roots(sentence));
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      candidates.add(i);
    }
    for (int candidate : candidates) {
      Optional<Integer> compound = misparsedCueSpeaker(view, candidate);
      if (compound.isPresent()) {
        return compound.map(s -> new Attribution(candidate, s));
      }
      if (isCueVerb(view.token(candidate))) {
        Optional<Integer> speaker = speakerOutside(view, candidate, quote);
        if (speaker.isPresent()) {
          return speaker.map(s -> new Attribution(candidate, s));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "The AFP shares …" where the tagger read the cue as a plural noun with the speaker as its
   * compound: the compound is the speaker.
   */
  private Optional<Integer> misparsedCueSpeaker(DependencyView view, int candidate) {
    Token token = view.token(candidate);
    if (!token.pos().startsWith("NN")
        || !token.text().endsWith("s")
        || !lexicon.isCue(token.lemma())) {
      return Optional.empty();
    }
    return view.child(candidate, "compound").filter(c -> c == candidate - 1);
  }

  /** The attribution of an earlier quote whose last sentence directly precedes this one. */
  private static Optional<DraftClaim> inherited(
      DependencyView view, Quote quote, Map<Quote, DraftClaim> byQuote) {
    int open = view.tokenAt(quote.open());
    Sentence sentence = view.text().sentenceOf(view.token(open));
    if (open != sentence.firstToken() || sentence.index() == 0) {
      return Optional.empty();
    }
    Sentence previous = view.text().sentences().get(sentence.index() - 1);
    return byQuote.entrySet().stream()
        .filter(e -> e.getValue().speaker() != null)
        .filter(e -> e.getKey().outer().end() >= previous.end() - 1)
        .filter(e -> e.getKey().outer().start() < previous.end())
        .filter(e -> e.getKey().outer().end() <= sentence.start())
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private Optional<Integer> speakerOutside(DependencyView view, int verb, Quote quote) {
    return SpeakerPhrase.headOf(view, verb)
        .filter(head -> !quote.outer().encloses(span(view.token(head))));
  }

  /**
   * When the parser finds no subject: in "…,” said the governor" it often reads the speaker as the
   * object of the cue; else the noun right before the cue, or the first one right after it.
   */
  private static Optional<Integer> adjacentSpeaker(DependencyView view, int cue, int close) {
    Optional<Integer> object = view.child(cue, "obj");
    if (object.isPresent() && cue - close <= 2 && object.get() > cue) {
      return object;
    }
    if (cue - 1 > close && isNominal(view.token(cue - 1))) {
      return Optional.of(cue - 1);
    }
    Sentence sentence = view.text().sentenceOf(view.token(cue));
    for (int i = cue + 1; i < Math.min(sentence.endToken(), cue + 4); i++) {
      if (isNominal(view.token(i))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static boolean isNominal(Token token) {
    return token.isNoun() || token.pos().equals("PRP");
  }

  private boolean isCueVerb(Token token) {
    return token.isVerb() && lexicon.isCue(token.lemma());
  }

  private static List<Integer> roots(Sentence sentence) {
    return sentence.dependencies().stream()
        .filter(edge -> edge.governor() < 0)
        .map(Dependency::dependent)
        .toList();
  }

  private static Span span(Token token) {
    return new Span(token.start(), token.end());
  }
}
