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
 *   <li><b>Which events count.</b> ASSAULT events, whatever their modality: MUC-4 codes terrorist
 *       incidents (attacks, bombings, kidnappings, arson), and its keys keep incidents one side
 *       denies or that were only attempted, so denied and hypothetical events stay.
 *   <li><b>Actors</b> are perpetrators, except state forces ({@link #isStateForce}): an actor
 *       linked to an entity of kind GROUP or ORGANIZATION is a PerpOrg, any other a PerpInd.
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
 * entity's mentions cost about 4 points of micro F1.
 */
public final class Muc4Projection {
  private static final Set<EventType> INCIDENTS = Set.of(EventType.ASSAULT);
  private static final Set<EntityKind> ORGANISATIONS =
      Set.of(EntityKind.GROUP, EntityKind.ORGANIZATION);
  private static final String STATE_FORCES = "state forces";

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
    for (Event event : extraction.events()) {
      if (!INCIDENTS.contains(event.type())) {
        continue;
      }
      for (Argument actor : event.actors()) {
        Entity entity = actor.entity() == null ? null : entities.get(actor.entity());
        if (!isStateForce(actor, entity)) {
          add(fillers.get(isOrganisation(entity) ? Muc4Role.PERP_ORG : Muc4Role.PERP_IND), actor);
        }
      }
      event.targets().forEach(target -> add(fillers.get(Muc4Role.TARGET), target));
      event.victims().forEach(victim -> add(fillers.get(Muc4Role.VICTIM), victim));
      event.instruments().forEach(weapon -> add(fillers.get(Muc4Role.WEAPON), weapon));
    }
    Map<Muc4Role, List<List<String>>> roles = new EnumMap<>(Muc4Role.class);
    fillers.forEach(
        (role, byKey) -> roles.put(role, byKey.values().stream().map(List::of).toList()));
    return new RoleFillers(roles);
  }

  /** The filler text of {@code argument}: its name without lead-in words; empty for none. */
  String fillerText(Argument argument) {
    List<String> tokens = new ArrayList<>(Arrays.asList(argument.name().strip().split("\\s+")));
    if (tokens.size() == 1 && words.is(bare(tokens.get(0)), WordClass.PRONOUN)) {
      return "";
    }
    while (tokens.size() > 1 && words.is(bare(tokens.get(0)), WordClass.LEAD_IN)) {
      tokens.remove(0);
    }
    String text = String.join(" ", tokens);
    return CeafRee.normalise(text).isEmpty() ? "" : text;
  }

  /**
   * A state force, not a perpetrator: an entity the actor catalogue types as state forces, or a
   * phrase with a state-force word ("army patrol") and no rebel word ("national liberation army").
   */
  boolean isStateForce(Argument actor, Entity entity) {
    if (entity != null && STATE_FORCES.equals(entity.actorType())) {
      return true;
    }
    List<String> phrase =
        Arrays.stream(CeafRee.normalise(actor.name()).split(" "))
            .filter(w -> !w.isEmpty())
            .toList();
    return words.any(phrase, WordClass.STATE_FORCE) && !words.any(phrase, WordClass.REBEL);
  }

  private static boolean isOrganisation(Entity entity) {
    return entity != null && ORGANISATIONS.contains(entity.kind());
  }

  private void add(Map<String, String> byKey, Argument argument) {
    String text = fillerText(argument);
    if (!text.isEmpty()) {
      byKey.putIfAbsent(CeafRee.normalise(text), text);
    }
  }

  /** The word without surrounding quotes and punctuation, for the lexicon lookup. */
  private static String bare(String token) {
    return token.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
  }
}
