package org.sitrep.extract.event;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.entity.EntityIndex;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.Token;

/**
 * Fills an event's participants from the dependency parse around its trigger: subjects and agents
 * are actors, objects and passive subjects are victims or targets, "in/with/by" phrases that name a
 * weapon are instruments. Stateless apart from its lexicons; thread-safe.
 */
final class RoleFinder {
  private static final Set<String> CLAUSE_BOUNDARIES =
      Set.of("nsubj", "csubj", "ccomp", "advcl", "acl:relcl", "parataxis", "xcomp", "conj", "ref",
          "punct", "mark", "cc");
  private static final Set<String> MODALS_HYPOTHETICAL = Set.of("would", "could", "might", "may");
  private static final Set<String> MODALS_FUTURE = Set.of("will", "shall", "'ll");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

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
        if (instrumentModes.containsKey(lemma)) {
          addInstrument(draft, graph, dependent, lemma);
        } else {
          draft.actors.add(participant(graph, dependent));
          if (lemma.equals("you")) {
            // Generic "you" ("You kill a leader and it sets them back") describes no event.
            draft.hypothetical = true;
          }
        }
      }
      case "nsubj:pass", "obj", "iobj" -> addPatient(draft, graph, entities, dependent, lemma);
      case "obl:agent", "obl:by" -> draft.actors.add(participant(graph, dependent));
      case "obl:against", "obl:on" -> {
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
    if (governor < 0 || !relation.equals("obj") || !graph.token(governor).isVerb()) {
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
    if (isTemporal(token)) {
      return;
    }
    if (instrumentModes.containsKey(lemma) && !participantRoles.containsKey(lemma)) {
      addInstrument(draft, graph, dependent, lemma);
    } else if (isPerson(entities, token, lemma)) {
      draft.victims.add(participant);
    } else {
      draft.targets.add(participant);
    }
  }

  private void addInstrument(EventDraft draft, DependencyGraph graph, int dependent, String lemma) {
    draft.instruments.add(participant(graph, dependent));
    String mode = instrumentModes.get(lemma);
    if (mode != null && !mode.equals("-")) {
      draft.modes.add(mode);
    }
  }

  /**
   * "killed Sayed's two predecessors – Hafiz Saeed in July 2016, and Abdul Hasib …": named people
   * anywhere in the trigger's object region are victims too, whatever odd edge the parser chose.
   */
  private static void namedPeopleInObjectRegion(
      EventDraft draft, DependencyGraph graph, EntityIndex entities, int head) {
    BitSet region = graph.subtree(head, CLAUSE_BOUNDARIES);
    for (int i = region.nextSetBit(head + 1); i >= 0; i = region.nextSetBit(i + 1)) {
      Token token = graph.token(i);
      if (!token.ner().equals("PERSON") || graph.relationToHead(i).equals("nmod:poss")) {
        continue;
      }
      Entity entity = entities.covering(token.start(), token.end()).orElse(null);
      boolean known = draft.victims.stream().anyMatch(p -> p.first() <= token.index() && token.index() < p.end());
      if (entity != null && entity.kind() == EntityKind.PERSON && !known) {
        int[] phrase = graph.phrase(i);
        draft.victims.add(new EventDraft.Participant(i, phrase[0], phrase[1], false));
      }
    }
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
