package org.sitrep.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.Sentence;
import org.sitrep.model.text.Token;

/**
 * Finds reported speech: a cue verb with a speaker and a content clause ("X says the group …", "X
 * denies that …", "it was reported by X that …"), and "according to X, …".
 *
 * <p>A clause that lies inside a quotation whose cue stands outside it is left to {@link
 * QuoteAttributor}: that is a direct quote.
 *
 * <p>Design decision: a clause that only partly lies in a quotation ("X said his death would “help
 * …”") is one claim, not two: reported speech whose content takes in the quoted words, marked
 * direct because those words are the speaker's own.
 */
final class ReportedSpeechFinder {
  private static final Set<String> NOUN_PHRASE_TAGS =
      Set.of("DT", "JJ", "JJR", "NN", "NNS", "NNP", "NNPS", "HYPH", "CD", "POS", "PRP$");

  private final CueLexicon lexicon;

  ReportedSpeechFinder(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<DraftClaim> find(DependencyView view, List<Quote> quotes) {
    List<DraftClaim> found = new ArrayList<>();
    for (Token token : view.text().tokens()) {
      Optional<DraftClaim> draft =
          token.isVerb() ? fromVerb(view, token) : fromMisparsedVerb(view, token);
      if (token.text().equalsIgnoreCase("according")) {
        // A quote beside "according to a statement" keeps its own speaker ("…,” he added).
        draft =
            fromAccordingTo(view, token)
                .filter(d -> quotes.stream().noneMatch(q -> q.outer().overlaps(d.content())));
      }
      draft.flatMap(d -> placeAmongQuotes(view, d, quotes)).ifPresent(found::add);
    }
    return found;
  }

  private Optional<DraftClaim> fromVerb(DependencyView view, Token verb) {
    Optional<String> stance = lexicon.stanceOf(verb.lemma());
    if (stance.isEmpty()) {
      return Optional.empty();
    }
    Optional<Span> content = contentOf(view, verb.index()).or(() -> governingClause(view, verb));
    Optional<Integer> speaker =
        SpeakerPhrase.headOf(view, verb.index())
            .or(() -> invertedSpeaker(view, verb, content))
            .or(() -> participleSpeaker(view, verb));
    if (speaker.isEmpty() || content.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new DraftClaim(
            speaker.get(),
            SpeakerPhrase.of(view, speaker.get()),
            new Span(verb.start(), verb.end()),
            content.get(),
            false,
            stance.get()));
  }

  /**
   * "The ceasefire, she added, would hold": a cue the parser hung on the clause it reports, as a
   * parenthetical. The content is that clause around the cue's own words.
   */
  private Optional<Span> governingClause(DependencyView view, Token verb) {
    if (!lexicon.contentsOf(verb.lemma()).contains(CueLexicon.Content.CLAUSE)) {
      return Optional.empty();
    }
    return view.governors(verb.index()).stream()
        .filter(edge -> edge.relation().equals("parataxis") && edge.governor() >= 0)
        .findFirst()
        .flatMap(
            edge -> {
              Set<Integer> cue = view.subtree(verb.index(), e -> true);
              Set<Integer> clause =
                  view.subtree(
                      edge.governor(), e -> !cue.contains(e.dependent()) && follows(view, e));
              // the whole extent, the cue's own words inside it included
              List<Integer> words =
                  clause.stream()
                      .filter(i -> !DependencyView.isPunctuation(view.token(i)))
                      .sorted()
                      .toList();
              return words.isEmpty()
                  ? Optional.empty()
                  : trimmed(view, words.get(0), words.get(words.size() - 1) + 1);
            });
  }

  /**
   * "The governor left the meeting, saying the talks had failed": a participle cue speaks with the
   * subject of the clause it hangs on.
   */
  private static Optional<Integer> participleSpeaker(DependencyView view, Token verb) {
    if (!verb.pos().equals("VBG")) {
      return Optional.empty();
    }
    return view.governors(verb.index()).stream()
        .filter(edge -> edge.governor() >= 0)
        .filter(
            edge ->
                Set.of("advcl", "xcomp", "conj", "dep", "parataxis").contains(edge.baseRelation()))
        .findFirst()
        .flatMap(edge -> SpeakerPhrase.headOf(view, edge.governor()));
  }

  /**
   * "…, said the minister": the speaker after an active cue, read by the parser as its object ("The
   * country is considered a haven" has no speaker at all).
   */
  private static Optional<Integer> invertedSpeaker(
      DependencyView view, Token verb, Optional<Span> content) {
    boolean passive = verb.pos().equals("VBN") || view.child(verb.index(), "aux:pass").isPresent();
    if (passive || content.isEmpty() || content.get().end() > verb.start()) {
      return Optional.empty();
    }
    return view.child(verb.index(), "obj").filter(object -> object > verb.index());
  }

  /**
   * What the cue verb reports, in the shapes the lexicon allows it: its clausal complement ("said
   * that …"), a question ("asked whether …"), object plus predicate ("considers X a threat"), an
   * infinitive with its object ("urged residents to leave"), or the object itself ("denied the
   * report").
   */
  private Optional<Span> contentOf(DependencyView view, int verb) {
    Set<CueLexicon.Content> shapes = lexicon.contentsOf(view.token(verb).lemma());
    Optional<Integer> ccomp = view.child(verb, "ccomp");
    if (ccomp.isPresent()) {
      Span full = fullClause(view, ccomp.get());
      Span clause = withoutMark(view, ccomp.get(), full);
      // "whether" is cut from the content, but it is what makes the clause a question
      Token first = view.tokensIn(full).get(0);
      boolean question =
          (first.pos().startsWith("W") && !first.text().equalsIgnoreCase("that"))
              || first.text().equalsIgnoreCase("whether")
              || first.text().equalsIgnoreCase("if");
      boolean fits =
          shapes.contains(question ? CueLexicon.Content.QUESTION : CueLexicon.Content.CLAUSE);
      return fits ? Optional.of(clause) : Optional.empty();
    }
    Optional<Integer> object = view.child(verb, "obj").filter(o -> o > verb);
    Optional<Integer> predicate =
        view.child(
            verb,
            relation ->
                relation.equals("xcomp")
                    || relation.equals("obl:of")
                    || relation.equals("advcl:of"));
    Optional<Integer> infinitive = predicate.filter(p -> isInfinitive(view, p));
    if (infinitive.isPresent() && shapes.contains(CueLexicon.Content.TO)) {
      Span to =
          view.run(infinitive.get(), view.subtree(infinitive.get(), edge -> follows(view, edge)));
      return Optional.of(object.map(o -> clause(view, o).union(to)).orElse(to));
    }
    if (object.isPresent() && predicate.isPresent() && predicate.get() > verb) {
      return Optional.of(clause(view, object.get()).union(clause(view, predicate.get())));
    }
    Optional<Integer> smallClause =
        predicate.filter(p -> p > verb && view.child(p, "nsubj").isPresent());
    if (object.isEmpty() && smallClause.isPresent()) {
      // "called the attack cowardly": the attack is the subject of the predicate
      return Optional.of(clause(view, smallClause.get()));
    }
    if (object.isPresent() && shapes.contains(CueLexicon.Content.OBJECT)) {
      return Optional.of(clause(view, object.get()));
    }
    Set<String> prepositions = lexicon.prepositionsOf(view.token(verb).lemma());
    for (Dependency edge : view.children(verb)) {
      int colon = edge.relation().indexOf(':');
      boolean when =
          Set.of("DATE", "TIME", "DURATION").contains(view.token(edge.dependent()).ner());
      if (edge.baseRelation().equals("obl")
          && colon > 0
          && !when
          && prepositions.contains(edge.relation().substring(colon + 1))) {
        // "called for talks": the phrase without its preposition
        return Optional.of(SpeakerPhrase.of(view, edge.dependent()));
      }
    }
    if (view.token(verb).pos().equals("VBN")) {
      return view.child(verb, "nsubj:pass")
          .filter(subject -> !view.token(subject).lemma().equalsIgnoreCase("it"))
          .map(subject -> clause(view, subject));
    }
    return Optional.empty();
  }

  /** "to leave": a verb with "to" as its marker. */
  private static boolean isInfinitive(DependencyView view, int head) {
    return view.token(head).isVerb()
        && view.children(head).stream()
            .anyMatch(
                edge ->
                    edge.relation().equals("mark")
                        && view.token(edge.dependent()).text().equalsIgnoreCase("to"));
  }

  /**
   * The span of a clause without its "that" and without clauses of other cues hanging from it ("…,
   * although the Taliban denies that …" is a claim of its own).
   */
  private Span clause(DependencyView view, int head) {
    return withoutMark(view, head, fullClause(view, head));
  }

  /** The clause's words, its "that" or "whether" included. */
  private Span fullClause(DependencyView view, int head) {
    return view.run(head, view.subtree(head, edge -> follows(view, edge)));
  }

  /** The clause without the "that" or "whether" that opens it. */
  private static Span withoutMark(DependencyView view, int head, Span span) {
    List<Token> tokens = view.tokensIn(span);
    Token first = tokens.get(0);
    boolean mark =
        first.text().equalsIgnoreCase("that")
            || view.governors(first.index()).stream().anyMatch(e -> e.relation().equals("mark"));
    if (mark && tokens.size() > 1 && first.index() != head) {
      return new Span(tokens.get(1).start(), span.end());
    }
    return span;
  }

  private boolean follows(DependencyView view, Dependency edge) {
    String base = edge.baseRelation();
    if (base.equals("advcl") || base.equals("parataxis") || base.equals("conj")) {
      Token dependent = view.token(edge.dependent());
      return !(dependent.isVerb()
          && lexicon.isCue(dependent.lemma())
          && view.child(edge.dependent(), "nsubj").isPresent());
    }
    return true;
  }

  /** "According to X, …": the rest of the sentence, on the longer side of the phrase. */
  private Optional<DraftClaim> fromAccordingTo(DependencyView view, Token according) {
    int to = according.index() + 1;
    Optional<String> stance = lexicon.stanceOf("according to");
    if (to >= view.size() || !view.token(to).text().equalsIgnoreCase("to") || stance.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> source =
        view.governors(according.index()).stream()
            .filter(edge -> edge.relation().equals("case") && edge.governor() > to)
            .map(Dependency::governor)
            .findFirst();
    if (source.isEmpty()) {
      return Optional.empty();
    }
    Span speaker = SpeakerPhrase.of(view, source.get());
    Sentence sentence = view.text().sentenceOf(according);
    Optional<Span> before = trimmed(view, sentence.firstToken(), according.index());
    // The speaker can end the text ("… according to officials" with no full stop): nothing after.
    int afterSpeaker = view.tokenAt(speaker.end());
    Optional<Span> after =
        afterSpeaker < 0 ? Optional.empty() : trimmed(view, afterSpeaker, sentence.endToken());
    Optional<Span> content =
        before.isEmpty()
            ? after
            : after.isEmpty() || before.get().length() >= after.get().length() ? before : after;
    return content.map(
        c ->
            new DraftClaim(
                source.get(),
                speaker,
                new Span(according.start(), view.token(to).end()),
                c,
                false,
                stance.get()));
  }

  /**
   * A cue the tagger read as a plural noun: "The coalition estimates there are …". Only the narrow
   * surface shape noun phrase + cue-s + "that"/"there" is accepted.
   */
  private Optional<DraftClaim> fromMisparsedVerb(DependencyView view, Token token) {
    Sentence sentence = view.text().sentenceOf(token);
    int index = token.index();
    if (!token.pos().startsWith("NN")
        || !token.text().endsWith("s")
        || !lexicon.isCue(token.lemma())
        || index == sentence.firstToken()
        || index + 1 >= sentence.endToken()) {
      return Optional.empty();
    }
    String next = view.token(index + 1).text().toLowerCase(Locale.ROOT);
    Token previous = view.token(index - 1);
    if (!(next.equals("that") || next.equals("there")) || !previous.pos().startsWith("NN")) {
      return Optional.empty();
    }
    int first = index - 1;
    while (first - 1 >= sentence.firstToken()
        && NOUN_PHRASE_TAGS.contains(view.token(first - 1).pos())) {
      first--;
    }
    Span speaker = new Span(view.token(first).start(), previous.end());
    int contentStart = next.equals("that") ? index + 2 : index + 1;
    return trimmed(view, contentStart, sentence.endToken())
        .map(
            content ->
                new DraftClaim(
                    index - 1,
                    speaker,
                    new Span(token.start(), token.end()),
                    content,
                    false,
                    lexicon.stanceOf(token.lemma()).orElseThrow()));
  }

  /** Tokens {@code [from, to)} without punctuation at either end; empty when nothing is left. */
  private static Optional<Span> trimmed(DependencyView view, int from, int to) {
    int first = from;
    int last = to - 1;
    while (first <= last && DependencyView.isPunctuation(view.token(first))) {
      first++;
    }
    while (last >= first && DependencyView.isPunctuation(view.token(last))) {
      last--;
    }
    if (first < 0 || first > last) {
      return Optional.empty();
    }
    return Optional.of(new Span(view.token(first).start(), view.token(last).end()));
  }

  /** A claim whose speaker is "I", "we" or "you". */
  private static boolean speaksForItself(DependencyView view, DraftClaim draft) {
    if (draft.speakerHead() < 0) {
      return false;
    }
    String word = view.token(draft.speakerHead()).text().toLowerCase(Locale.ROOT);
    return Set.of("i", "we", "you").contains(word);
  }

  /** Drops a clause that a quotation holds whole; merges one it holds in part. */
  private static Optional<DraftClaim> placeAmongQuotes(
      DependencyView view, DraftClaim draft, List<Quote> quotes) {
    DraftClaim placed = draft;
    for (Quote quote : quotes) {
      if (quote.outer().encloses(draft.cue())) {
        if (speaksForItself(view, draft)) {
          // "I think …", "we believe …" inside a quote: the quote's speaker hedging, not a claim
          return Optional.empty();
        }
        continue;
      }
      if (quote.inner().encloses(placed.content())) {
        return Optional.empty();
      }
      if (quote.inner().overlaps(placed.content())) {
        placed = placed.withContent(placed.content().union(quote.inner()), true);
      }
    }
    return Optional.of(placed);
  }
}
