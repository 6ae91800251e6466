package org.sitrep.eval.muc4;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.eval.muc4.RoleWords.WordClass;
import org.sitrep.model.Argument;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;

/**
 * How a sitrep {@link Extraction} becomes the five MUC-4 role fillers of its document. Immutable
 * and thread-safe; build it once.
 *
 * <ul>
 *   <li><b>Which events count.</b> ASSAULT and THREATEN events, whatever their modality: MUC-4
 *       codes terrorist incidents (attacks, bombings, kidnappings, arson) and threats of them, and
 *       its keys keep incidents one side denies, so denied and hypothetical events stay.
 *   <li><b>Actors</b> are perpetrators: an actor linked to an entity of kind GROUP or ORGANIZATION
 *       is a PerpOrg (as the text first writes the entity), any other a PerpInd. A GROUP or
 *       ORGANIZATION entity mentioned inside an actor's phrase ("members of the front") is a
 *       PerpOrg too.
 *   <li><b>Named armed groups</b>: when the document has an incident, every GROUP entity the actor
 *       catalogue types as a rebel group or political militia is a PerpOrg. MUC-4 names the
 *       organisation held responsible, which the texts mostly give in another sentence ("the front
 *       claimed responsibility") than the attack's.
 *   <li><b>targets</b> become Target, <b>victims</b> Victim, <b>instruments</b> Weapon.
 *   <li><b>Filler text</b>: the argument's name (the linked entity's name, else the head phrase),
 *       with lead-in words (determiners, "that", "today") stripped from its front. Arguments that
 *       are only a pronoun, or nothing once normalised, are dropped.
 *   <li><b>Deduplication</b>: within a role, fillers that normalise alike ({@link
 *       CeafRee#normalise}) are one entity, kept at its first occurrence.
 * </ul>
 *
 * <p>Design decision: each entity carries one mention, not every surface form sitrep has. Under
 * phi_strict a predicted entity scores only when <em>all</em> its mentions are among the gold
 * entity's, so each extra form is one more chance to fail; on the dev set, adding the linked
 * entity's mentions cost about 3 points of micro F1.
 *
 * <p>Design decision: state forces stay perpetrators. MUC-4 keys code incidents by soldiers and
 * police too; dropping actors with state-force words cost about half a point of F1 on dev, and
 * dropping only army-against-guerrilla clashes gained a tenth of a point, too little for the rule.
 */
public final class Muc4Projection {
  private static final Set<EventType> INCIDENTS = Set.of(EventType.ASSAULT, EventType.THREATEN);
  private static final Set<EntityKind> ORGANISATIONS =
      Set.of(EntityKind.GROUP, EntityKind.ORGANIZATION);
  private static final Set<String> ARMED_GROUP_TYPES = Set.of("rebel group", "political militia");

  private final RoleWords words;

  /** The projection with the word lists shipped in this package. */
  public Muc4Projection() {
    this.words = RoleWords.load();
  }

  /** The role fillers {@code extraction} predicts; a rejected extraction predicts none. */
  public RoleFillers project(Extraction extraction) {
    Objects.requireNonNull(extraction, "extraction");
    Map<String, Entity> entities =
        extraction.entities().stream()
            .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
    Map<Muc4Role, Map<String, String>> fillers = new EnumMap<>(Muc4Role.class);
    Arrays.stream(Muc4Role.values()).forEach(role -> fillers.put(role, new LinkedHashMap<>()));
    List<Event> incidents =
        extraction.events().stream().filter(e -> INCIDENTS.contains(e.type())).toList();
    for (Event event : incidents) {
      for (Argument actor : event.actors()) {
        Entity entity = actor.entity() == null ? null : entities.get(actor.entity());
        if (isOrganisation(entity)) {
          add(fillers.get(Muc4Role.PERP_ORG), asWritten(entity));
        } else {
          add(fillers.get(Muc4Role.PERP_IND), actor.name());
        }
        organisationsWithin(actor, extraction.entities())
            .forEach(org -> add(fillers.get(Muc4Role.PERP_ORG), asWritten(org)));
      }
      event.targets().forEach(target -> add(fillers.get(Muc4Role.TARGET), target.name()));
      event.victims().forEach(victim -> add(fillers.get(Muc4Role.VICTIM), victim.name()));
      event.instruments().forEach(weapon -> add(fillers.get(Muc4Role.WEAPON), weapon.name()));
    }
    if (!incidents.isEmpty()) {
      extraction.entities().stream()
          .filter(Muc4Projection::isArmedGroup)
          .forEach(group -> add(fillers.get(Muc4Role.PERP_ORG), asWritten(group)));
    }
    Map<Muc4Role, List<List<String>>> roles = new EnumMap<>(Muc4Role.class);
    fillers.forEach(
        (role, byKey) -> roles.put(role, byKey.values().stream().map(List::of).toList()));
    return new RoleFillers(roles);
  }

  /** The filler text of a name: without lead-in words; empty when it names nothing. */
  String fillerText(String name) {
    List<String> tokens = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
    if (tokens.size() == 1 && words.is(bare(tokens.get(0)), WordClass.PRONOUN)) {
      return "";
    }
    while (tokens.size() > 1 && words.is(bare(tokens.get(0)), WordClass.LEAD_IN)) {
      tokens.remove(0);
    }
    String text = String.join(" ", tokens);
    return CeafRee.normalise(text).isEmpty() ? "" : text;
  }

  /** The GROUP and ORGANIZATION entities with a mention inside the actor's phrase. */
  private static List<Entity> organisationsWithin(Argument actor, List<Entity> entities) {
    return entities.stream()
        .filter(Muc4Projection::isOrganisation)
        .filter(
            entity ->
                entity.mentions().stream()
                    .anyMatch(m -> actor.start() <= m.start() && m.end() <= actor.end()))
        .toList();
  }

  /**
   * The organisation as the text first writes it. Design decision: not the catalogue's canonical
   * name ("Farabundo Marti National Liberation Front" for a text that only says "FMLN"): the gold
   * lists the forms the text uses, and on dev the written form gained about 2 points of micro F1.
   */
  private static String asWritten(Entity entity) {
    return entity.mentions().get(0).text();
  }

  private static boolean isArmedGroup(Entity entity) {
    return entity.kind() == EntityKind.GROUP
        && entity.actorType() != null
        && ARMED_GROUP_TYPES.contains(entity.actorType());
  }

  private static boolean isOrganisation(Entity entity) {
    return entity != null && ORGANISATIONS.contains(entity.kind());
  }

  private void add(Map<String, String> byKey, String name) {
    String text = fillerText(name);
    if (!text.isEmpty()) {
      byKey.putIfAbsent(CeafRee.normalise(text), text);
    }
  }

  /** The word without surrounding quotes and punctuation, for the lexicon lookup. */
  private static String bare(String token) {
    return token.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
  }
}
