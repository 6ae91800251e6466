package org.sitrep.extract.claim;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.Token;

/** Finds who speaks for a cue verb and how far the speaker's noun phrase reaches. */
final class SpeakerPhrase {
  /**
   * Relations that stay inside a speaker's noun phrase. Design decision: appositions, relative
   * clauses and participle clauses are left out, so "Rahim Shah, a village elder in Dara" is "Rahim
   * Shah" and "Smith, who commands the brigade" is "Smith"; descriptions such as "an elder of the
   * village council" keep their nmod.
   */
  private static final Set<String> INSIDE =
      Set.of("det", "amod", "compound", "nummod", "nmod", "case", "conj", "cc", "flat", "fixed");

  private SpeakerPhrase() {}

  /** The head of the cue verb's speaker: its active subject, or the agent of a passive. */
  static Optional<Integer> headOf(DependencyView view, int verb) {
    Optional<Integer> subject = view.child(verb, "nsubj");
    if (subject.isPresent()) {
      Token token = view.token(subject.get());
      boolean dummy = token.pos().equals("EX") || token.lemma().equalsIgnoreCase("it");
      return dummy ? Optional.empty() : subject;
    }
    return view.child(verb, relation -> relation.equals("obl:agent") || relation.equals("obl:by"));
  }

  /** The noun phrase headed by {@code head}. */
  static Span of(DependencyView view, int head) {
    // The head's own preposition ("by the Pentagon") is not part of the speaker.
    Set<Integer> members =
        view.subtree(
            head,
            edge ->
                staysInside(edge) && !(edge.governor() == head && edge.relation().equals("case")));
    return view.run(head, members);
  }

  private static boolean staysInside(Dependency edge) {
    return INSIDE.contains(edge.baseRelation()) && !edge.relation().equals("nmod:tmod");
  }

  static boolean isPersonalPronoun(Token token) {
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    return token.pos().equals("PRP") && (lemma.equals("he") || lemma.equals("she"));
  }
}
