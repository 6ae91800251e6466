package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.entity.EntityIndex;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.EventType;
import org.sitrep.model.TextSpan;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.Token;

/**
 * Fills an event's participants from the dependency parse around its trigger: subjects and agents
 * are actors, objects and passive subjects are victims or targets, "in/with/by" phrases that name a
 * weapon are instruments. Stateless apart from its lexicons; thread-safe.
 */
final class RoleFinder {
  private static final Set<String> CLAUSE_BOUNDARIES =
      Set.of(
          "nsubj",
          "csubj",
          "ccomp",
          "advcl",
          "acl:relcl",
          "parataxis",
          "xcomp",
          "conj",
          "ref",
          "punct",
          "mark",
          "cc");
  private static final Set<String> MODALS_HYPOTHETICAL = Set.of("would", "could", "might", "may");
  private static final Set<String> MODALS_FUTURE = Set.of("will", "shall", "'ll");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

  /** Light verbs whose subject is the actor of their nominal object ("launched an attack"). */
  private static final Set<String> SUPPORT_VERBS =
      Set.of("launch", "conduct", "carry", "mount", "stage", "perform", "order", "claim", "lead");

  /** Nouns for an operation that can be after someone ("an operation targeting X"). */
  private static final Set<String> OPERATIONS = Set.of("operation", "raid", "mission", "patrol");

  private static final Set<String> SEARCHES = Set.of("search", "hunt", "pursuit");
  private static final Set<String> SEEKING_VERBS =
      Set.of("target", "seek", "search", "pursue", "hunt");

  private final Map<String, String> instrumentModes;
  private final Map<String, String> participantRoles;

  RoleFinder(Map<String, String> instrumentModes, Map<String, String> participantRoles) {
    this.instrumentModes = instrumentModes;
    this.participantRoles = participantRoles;
  }

  /** Adds the participants, modes and modal flags of the draft's main mention. */
  void fill(EventDraft draft, DependencyGraph graph, EntityIndex entities) {
    int head = draft.main().head();
    boolean verbal = graph.token(head).isVerb();
    for (Dependency edge : graph.children(head)) {
      int dependent = edge.dependent();
      String relation = edge.relation();
      String lemma = lemma(graph.token(dependent));
      if (verbal) {
        fillVerbal(draft, graph, entities, relation, dependent, lemma);
      } else {
        fillNominal(draft, graph, entities, relation, dependent, lemma);
      }
      if (NEGATIONS.contains(lemma) && (relation.equals("advmod") || relation.equals("det"))) {
        draft.negated = true;
      }
      if (relation.equals("aux") && MODALS_FUTURE.contains(lemma)) {
        draft.future = true;
      }
      if (relation.equals("aux") && MODALS_HYPOTHETICAL.contains(lemma)) {
        draft.hypothetical = true;
      }
    }
    if (!verbal) {
      actorOfSupportVerb(draft, graph, head);
    } else {
      soughtPeople(
          p -> {
            if (draft.targets.stream().noneMatch(t -> t.head() == p.head())) {
              draft.targets.add(p);
            }
          },
          graph,
          head);
    }
    if (draft.hasEffect("kill") || draft.hasEffect("capture")) {
      namedPeopleInObjectRegion(draft, graph, entities, head);
    }
  }

  private void fillVerbal(
      EventDraft draft,
      DependencyGraph graph,
      EntityIndex entities,
      String relation,
      int dependent,
      String lemma) {
    switch (relation) {
      case "nsubj" -> {
        if (instrumentModes.containsKey(lemma) && !participantRoles.containsKey(lemma)) {
          addInstrument(draft, graph, dependent, lemma);
        } else {
          draft.actors.add(participant(graph, dependent));
          String mode = instrumentModes.get(lemma);
          if (mode != null && !mode.equals("-")) {
            // "gunmen killed": the attackers' weapon sets the mode
            draft.modes.add(mode);
          }
          if (lemma.equals("you")) {
            // Generic "you" ("You kill a leader and it sets them back") describes no event.
            draft.hypothetical = true;
          }
        }
      }
      case "nsubj:pass", "obj", "iobj" -> addPatient(draft, graph, entities, dependent, lemma);
      case "obl:agent", "obl:by" -> draft.actors.add(participant(graph, dependent));
      case "obl:from" -> {
        if (draft.main().trigger().type() == EventType.RETREAT
            && !isTemporal(graph.token(dependent))) {
          // "withdrew from the town", "pulled out of the pact": what is left
          draft.targets.add(participant(graph, dependent));
        }
      }
      case "obl:with" -> {
        if (accompanies(graph, dependent)
            && (draft.hasEffect("kill") || draft.hasEffect("capture"))) {
          // "was arrested along with two of her brothers": more people taken
          addPatient(draft, graph, entities, dependent, lemma);
        }
      }
      case "obl:against", "obl:on", "obl:at" -> {
        if (!isTemporal(graph.token(dependent))) {
          draft.targets.add(participant(graph, dependent));
        }
      }
      default -> {
        if (relation.startsWith("obl:") && instrumentModes.containsKey(lemma)) {
          addInstrument(draft, graph, dependent, lemma);
        }
      }
    }
  }

  private void fillNominal(
      EventDraft draft,
      DependencyGraph graph,
      EntityIndex entities,
      String relation,
      int dependent,
      String lemma) {
    Token token = graph.token(dependent);
    switch (relation) {
      case "nmod:of" -> addPatient(draft, graph, entities, dependent, lemma);
      case "nmod:poss" -> {
        if (draft.hasEffect("kill") || draft.hasEffect("capture")) {
          addPatient(draft, graph, entities, dependent, lemma);
        } else {
          draft.actors.add(participant(graph, dependent));
        }
      }
      case "nmod:by", "nmod:agent" -> draft.actors.add(participant(graph, dependent));
      case "nmod:on", "nmod:against" -> draft.targets.add(participant(graph, dependent));
      case "compound", "amod" -> {
        if (instrumentModes.containsKey(lemma)) {
          addInstrument(draft, graph, dependent, lemma);
        } else if (isActorModifier(entities, token)) {
          draft.actors.add(new EventDraft.Participant(dependent, dependent, dependent + 1, false));
        }
      }
      default -> {
        if (relation.startsWith("nmod:") && instrumentModes.containsKey(lemma)) {
          addInstrument(draft, graph, dependent, lemma);
        }
      }
    }
  }

  /** "Militants launched an attack": the subject of the verb that carries a nominal event. */
  private static void actorOfSupportVerb(EventDraft draft, DependencyGraph graph, int head) {
    String relation = graph.relationToHead(head);
    int governor = graph.head(head);
    if (governor < 0
        || !relation.equals("obj")
        || !SUPPORT_VERBS.contains(lemma(graph.token(governor)))) {
      return;
    }
    for (int subject : graph.children(governor, "nsubj")) {
      draft.actors.add(participant(graph, subject));
    }
  }

  private void addPatient(
      EventDraft draft, DependencyGraph graph, EntityIndex entities, int dependent, String lemma) {
    Token token = graph.token(dependent);
    EventDraft.Participant participant = participant(graph, dependent);
    boolean known =
        draft.victims.stream().anyMatch(p -> p.head() == dependent)
            || draft.targets.stream().anyMatch(p -> p.head() == dependent);
    if (isTemporal(token) || known) {
      return;
    }
    if (instrumentModes.containsKey(lemma) && !participantRoles.containsKey(lemma)) {
      addInstrument(draft, graph, dependent, lemma);
    } else if (isPerson(entities, token, lemma)) {
      draft.victims.add(participant);
    } else {
      draft.targets.add(participant);
    }
    // "captured a commander and numerous associates": each conjunct is a patient of its own
    for (int conjunct : conjuncts(graph, dependent)) {
      Token next = graph.token(conjunct);
      if (next.isNoun() || next.pos().startsWith("PRP")) {
        addPatient(draft, graph, entities, conjunct, lemma(next));
      }
    }
  }

  private static List<Integer> conjuncts(DependencyGraph graph, int token) {
    List<Integer> conjuncts = new ArrayList<>();
    for (Dependency edge : graph.children(token)) {
      if (edge.baseRelation().equals("conj")) {
        conjuncts.add(edge.dependent());
      }
    }
    return conjuncts;
  }

  /**
   * "detained along with X", "together with X": X shares the fate of the verb's object. The parser
   * hangs "along" on the verb or on X.
   */
  static boolean accompanies(DependencyGraph graph, int dependent) {
    return hasAccompanyingWord(graph, dependent)
        || (graph.head(dependent) >= 0 && hasAccompanyingWord(graph, graph.head(dependent)));
  }

  private static boolean hasAccompanyingWord(DependencyGraph graph, int token) {
    return graph.children(token).stream()
        .anyMatch(
            edge -> {
              String word = lemma(graph.token(edge.dependent()));
              return word.equals("along") || word.equals("together");
            });
  }

  /**
   * "detained two suspects during an operation targeting a Taliban leader", "in search of the
   * leader": the person an operation was after is the event's target, whether or not taken.
   */
  private static void soughtPeople(DraftTargets draft, DependencyGraph graph, int head) {
    for (Dependency edge : graph.children(head)) {
      if (!edge.relation().startsWith("obl:")) {
        continue;
      }
      int operation = edge.dependent();
      String lemma = lemma(graph.token(operation));
      if (SEARCHES.contains(lemma)) {
        seekers(draft, graph, operation);
      }
      if (OPERATIONS.contains(lemma) || SEARCHES.contains(lemma)) {
        for (int clause : graph.children(operation, "acl")) {
          if (SEEKING_VERBS.contains(lemma(graph.token(clause)))) {
            for (int sought : graph.children(clause, "obj")) {
              draft.add(participant(graph, sought));
            }
            seekers(draft, graph, clause);
          }
        }
      }
    }
  }

  /** "search of X", "search for X", "searching for X". */
  private static void seekers(DraftTargets draft, DependencyGraph graph, int search) {
    for (Dependency edge : graph.children(search)) {
      String relation = edge.relation();
      if (relation.equals("nmod:of") || relation.equals("nmod:for") || relation.equals("obl:for")) {
        draft.add(participant(graph, edge.dependent()));
      }
    }
  }

  /** Where sought people go: the draft's targets, once each. */
  private interface DraftTargets {
    void add(EventDraft.Participant participant);
  }

  private void addInstrument(EventDraft draft, DependencyGraph graph, int dependent, String lemma) {
    draft.instruments.add(participant(graph, dependent));
    String mode = instrumentModes.get(lemma);
    if (mode != null && !mode.equals("-")) {
      draft.modes.add(mode);
    }
  }

  /**
   * "had killed both of Zaid's deputies – Omar Karim in March 2014, and Ali Rahim …": named people
   * anywhere in the trigger's object region are victims too, whatever odd edge the parser chose.
   */
  private static void namedPeopleInObjectRegion(
      EventDraft draft, DependencyGraph graph, EntityIndex entities, int head) {
    BitSet region = graph.objectRegion(head, CLAUSE_BOUNDARIES);
    for (Entity entity : entities.entities()) {
      if (entity.kind() != EntityKind.PERSON) {
        continue;
      }
      for (TextSpan mention : entity.mentions()) {
        int last = lastTokenOf(graph, mention);
        if (last <= head || !region.get(last) || graph.relationToHead(last).equals("nmod:poss")) {
          continue;
        }
        boolean known = draft.victims.stream().anyMatch(p -> p.first() <= last && last < p.end());
        if (!known) {
          int first = firstTokenOf(graph, mention);
          draft.victims.add(new EventDraft.Participant(last, first, last + 1, false));
        }
      }
    }
  }

  private static int firstTokenOf(DependencyGraph graph, TextSpan mention) {
    for (Token token : graph.text().tokens()) {
      if (token.start() >= mention.start()) {
        return token.index();
      }
    }
    return graph.text().tokens().size() - 1;
  }

  private static int lastTokenOf(DependencyGraph graph, TextSpan mention) {
    int last = -1;
    for (Token token : graph.text().tokens()) {
      if (token.start() < mention.end()
          && token.end() <= mention.end()
          && token.start() >= mention.start()) {
        last = token.index();
      }
    }
    return last;
  }

  private boolean isPerson(EntityIndex entities, Token token, String lemma) {
    if (token.pos().startsWith("PRP")) {
      return true;
    }
    Entity entity = entities.covering(token.start(), token.end()).orElse(null);
    if (entity != null) {
      return entity.kind() == EntityKind.PERSON || entity.kind() == EntityKind.GROUP;
    }
    return participantRoles.containsKey(lemma) || token.ner().equals("PERSON");
  }

  private static boolean isActorModifier(EntityIndex entities, Token token) {
    Entity entity = entities.covering(token.start(), token.end()).orElse(null);
    return entity != null
        && (entity.actorId() != null
            || entity.kind() == EntityKind.COUNTRY
            || entity.kind() == EntityKind.GROUP);
  }

  private static boolean isTemporal(Token token) {
    return Set.of("DATE", "TIME", "DURATION", "SET").contains(token.ner());
  }

  static EventDraft.Participant participant(DependencyGraph graph, int head) {
    int[] phrase = graph.phrase(head);
    boolean pronoun = graph.token(head).pos().startsWith("PRP");
    return new EventDraft.Participant(head, phrase[0], phrase[1], pronoun);
  }

  static String lemma(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }
}
