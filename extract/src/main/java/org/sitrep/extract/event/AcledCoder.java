package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.model.AcledType;
import org.sitrep.model.Argument;
import org.sitrep.model.EventType;
import org.sitrep.model.data.TsvResource;
import org.sitrep.model.text.Sentence;

/**
 * Codes an event in ACLED's taxonomy from its PLOVER type and mode and the conditions of {@code
 * acled.tsv}: who acted, on whom or what, and what else its sentence reports (a protest beside an
 * arrest is a protest with intervention). Immutable; thread-safe.
 */
final class AcledCoder {
  private static final Set<String> STATE_TYPES = Set.of("state forces", "external/other forces");
  private static final String PROTESTERS = "protesters";

  /** Triggers of fighting between two sides, where every side is a participant. */
  private static final Set<String> TWO_SIDED = Set.of("clash", "fight", "fighting", "battle");

  /** One line of acled.tsv. */
  private record Rule(EventType type, Set<String> modes, List<String> conditions, AcledType acled) {
    boolean fits(EventType eventType, String mode) {
      return type == eventType && (modes.contains("*") || (mode != null && modes.contains(mode)));
    }
  }

  /** What the conditions look at for one event. */
  record Subject(
      EventDraft draft,
      String mode,
      boolean territorial,
      List<Argument> actors,
      List<EventDraft> sentence,
      DependencyGraph graph) {}

  private final List<Rule> rules = new ArrayList<>();
  private final Map<String, Predicate<Subject>> conditions;
  private final ObjectClasses objects;
  private final Map<String, String> participantRoles;

  AcledCoder(ObjectClasses objects, Map<String, String> participantRoles) {
    this.objects = objects;
    this.participantRoles = participantRoles;
    this.conditions = conditions();
    for (TsvResource.Row row : TsvResource.read(AcledCoder.class, "acled.tsv", 6)) {
      List<String> names = row.get(2).equals("-") ? List.of() : List.of(row.get(2).split("\\+"));
      for (String name : names) {
        if (!conditions.containsKey(name.startsWith("!") ? name.substring(1) : name)) {
          throw row.error("unknown condition " + name + "; known: " + conditions.keySet());
        }
      }
      rules.add(
          new Rule(
              EventType.valueOf(row.get(0)),
              Set.of(row.get(1).split("\\|")),
              names,
              new AcledType(row.get(3), row.get(4))));
    }
  }

  /** The ACLED type of the event, or null when ACLED does not code such events. */
  AcledType code(EventType type, Subject subject) {
    for (Rule rule : rules) {
      if (rule.fits(type, subject.mode()) && holds(rule.conditions(), subject)) {
        return rule.acled();
      }
    }
    return null;
  }

  private boolean holds(List<String> names, Subject subject) {
    for (String name : names) {
      boolean negated = name.startsWith("!");
      boolean value = conditions.get(negated ? name.substring(1) : name).test(subject);
      if (value == negated) {
        return false;
      }
    }
    return true;
  }

  private Map<String, Predicate<Subject>> conditions() {
    return Map.ofEntries(
        Map.entry("civilians", this::civilians),
        Map.entry(
            "grenade",
            s ->
                hasLemma(s, s.draft().instruments, "grenade")
                    || s.draft().mentions.stream()
                        .anyMatch(m -> m.trigger().lemmas().contains("grenade"))),
        Map.entry("territory", Subject::territorial),
        Map.entry("state-actor", AcledCoder::stateActor),
        Map.entry("protesters-hurt", s -> protestersHurt(s.draft(), s.graph())),
        Map.entry("protesters-act", s -> protestersAct(s.draft(), s.graph())),
        Map.entry(
            "hurt",
            s ->
                s.draft().fatalities != null
                    || s.draft().injured != null
                    || s.draft().hasEffect("kill")
                    || s.draft().hasEffect("injure")),
        Map.entry("brutal-nearby", this::brutalNearby),
        Map.entry("mob", s -> actorsAre(s.draft(), s.graph(), "mob")),
        Map.entry("weapons", s -> objects.objectIs(s.draft(), s.graph(), "weapons")),
        Map.entry("agreement", s -> objects.objectIs(s.draft(), s.graph(), "agreement")),
        Map.entry("base", s -> objects.objectIs(s.draft(), s.graph(), "base")),
        Map.entry(
            "unharmed",
            s ->
                s.draft().fatalities == null
                    && s.draft().injured == null
                    && s.draft().victims.isEmpty()),
        Map.entry(
            "protest-nearby",
            s -> s.sentence().stream().anyMatch(d -> type(d) == EventType.PROTEST)),
        Map.entry(
            "force-nearby",
            s ->
                s.sentence().stream()
                    .anyMatch(
                        d ->
                            d.modes.contains("crowd-control")
                                || d.modes.contains("arrest")
                                || (type(d) == EventType.ASSAULT
                                    && objects.any(d.victims, s.graph(), PROTESTERS)))),
        Map.entry(
            "violence-nearby",
            s ->
                s.sentence().stream()
                    .anyMatch(
                        d ->
                            d.modes.contains("riot")
                                || (type(d) == EventType.ASSAULT
                                    && !d.modes.contains("crowd-control")
                                    && protestersAct(d, s.graph())))),
        Map.entry(
            "hurt-nearby", s -> s.sentence().stream().anyMatch(d -> protestersHurt(d, s.graph()))));
  }

  private static EventType type(EventDraft draft) {
    return draft.main().trigger().type();
  }

  private static boolean stateActor(Subject subject) {
    return subject.actors().stream()
        .anyMatch(a -> a.actorType() != null && STATE_TYPES.contains(a.actorType()));
  }

  private boolean civilians(Subject subject) {
    EventDraft draft = subject.draft();
    if (objects.any(draft.targets, subject.graph(), "civilian-site")) {
      return true;
    }
    if (draft.victims.isEmpty()) {
      return false;
    }
    for (EventDraft.Participant victim : draft.victims) {
      String lemma = subject.graph().token(victim.head()).lemma().toLowerCase(Locale.ROOT);
      if (!"civilians".equals(participantRoles.get(lemma))) {
        return false;
      }
    }
    return true;
  }

  private boolean protestersHurt(EventDraft draft, DependencyGraph graph) {
    boolean hurt =
        draft.fatalities != null
            || draft.injured != null
            || draft.hasEffect("kill")
            || draft.hasEffect("injure")
            || draft.modes.contains("firearms");
    return hurt && objects.any(draft.victims, graph, PROTESTERS);
  }

  /**
   * Protesters act violently: they are the actors, or they take part in a two-sided clash ("police
   * clashed with protesters"), or a protest turns into destruction.
   */
  private boolean protestersAct(EventDraft draft, DependencyGraph graph) {
    if (actorsAre(draft, graph, PROTESTERS)) {
      return true;
    }
    boolean twoSided =
        draft.mentions.stream().anyMatch(m -> TWO_SIDED.contains(m.trigger().lemmas().get(0)));
    return twoSided && objects.objectIs(draft, graph, PROTESTERS);
  }

  private boolean brutalNearby(Subject subject) {
    DependencyGraph graph = subject.graph();
    Sentence sentence = graph.text().sentences().get(subject.draft().sentence(graph.text()));
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      if ("brutal-manner".equals(objects.classOf(graph.token(i)))) {
        return true;
      }
    }
    return false;
  }

  private boolean actorsAre(EventDraft draft, DependencyGraph graph, String wanted) {
    return objects.any(draft.actors, graph, wanted);
  }

  private static boolean hasLemma(
      Subject subject, List<EventDraft.Participant> participants, String lemma) {
    return participants.stream()
        .anyMatch(p -> subject.graph().token(p.head()).lemma().equalsIgnoreCase(lemma));
  }
}
