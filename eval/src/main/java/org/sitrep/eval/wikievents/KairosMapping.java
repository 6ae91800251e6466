package org.sitrep.eval.wikievents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.eval.TsvTable;
import org.sitrep.model.Argument;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/**
 * How a sitrep {@link Event} reads in the KAIROS ontology of WikiEvents: its event type ({@code
 * kairos-types.tsv}) and which of its slots fill which roles ({@code kairos-roles.tsv}). Immutable
 * and thread-safe.
 */
public final class KairosMapping {
  /** The slots of an {@link Event} a role can come from. */
  static final Set<String> SLOTS =
      Set.of("actors", "targets", "victims", "instruments", "location");

  private static final String NONE = "-";

  /** One row of kairos-types.tsv. */
  record TypeRule(EventType type, String mode, List<String> trigger, String kairos) {
    boolean fits(EventType eventType, String eventMode, String triggerText) {
      if (type != eventType || !(mode.equals("*") || mode.equals(eventMode))) {
        return false;
      }
      if (trigger.equals(List.of("*"))) {
        return true;
      }
      for (String word : triggerText.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (trigger.stream().anyMatch(word::startsWith)) {
          return true;
        }
      }
      return false;
    }
  }

  private final List<TypeRule> types;
  private final Map<String, Map<String, String>> roles;

  KairosMapping(List<TypeRule> types, Map<String, Map<String, String>> roles) {
    this.types = List.copyOf(types);
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    roles.forEach((type, bySlot) -> copy.put(type, Map.copyOf(bySlot)));
    this.roles = copy;
  }

  /** The mapping shipped with sitrep. */
  public static KairosMapping standard() {
    List<TypeRule> types = new ArrayList<>();
    for (List<String> row : rows("kairos-types.tsv", 5)) {
      types.add(
          new TypeRule(
              EventType.valueOf(row.get(0)),
              row.get(1),
              List.of(row.get(2).toLowerCase(Locale.ROOT).split(",")),
              row.get(3)));
    }
    Map<String, Map<String, String>> roles = new LinkedHashMap<>();
    for (List<String> row : rows("kairos-roles.tsv", 4)) {
      if (!SLOTS.contains(row.get(1))) {
        throw new IllegalStateException(
            "kairos-roles.tsv: slot " + row.get(1) + " is not one of " + SLOTS);
      }
      roles.computeIfAbsent(row.get(0), t -> new LinkedHashMap<>()).put(row.get(1), row.get(2));
    }
    return new KairosMapping(types, roles);
  }

  /** The KAIROS type of an event of this PLOVER type, mode and trigger text, if KAIROS has one. */
  public Optional<String> typeOf(EventType type, String mode, String trigger) {
    for (TypeRule rule : types) {
      if (rule.fits(type, mode, trigger)) {
        return rule.kairos().equals(NONE) ? Optional.empty() : Optional.of(rule.kairos());
      }
    }
    return Optional.empty();
  }

  /** The KAIROS type of {@code event}, if KAIROS has one. */
  public Optional<String> typeOf(Event event) {
    return typeOf(event.type(), event.mode(), event.trigger().text());
  }

  /** The KAIROS type the mapping can give, in file order. */
  public Set<String> types() {
    Set<String> all = new LinkedHashSet<>();
    types.stream().map(TypeRule::kairos).filter(k -> !k.equals(NONE)).forEach(all::add);
    return all;
  }

  /** Every KAIROS role some slot fills, in file order. */
  public Set<String> roles() {
    Set<String> all = new LinkedHashSet<>();
    roles.values().forEach(bySlot -> all.addAll(bySlot.values()));
    return all;
  }

  /** The role {@code slot} fills in events of {@code kairosType}, if any. */
  public Optional<String> role(String kairosType, String slot) {
    return Optional.ofNullable(roles.getOrDefault(kairosType, Map.of()).get(slot));
  }

  /**
   * The arguments of {@code event} read as an event of {@code kairosType}: each participant and the
   * location under the role its slot fills, without repeats of one role on one span.
   */
  public List<PredictedArgument> arguments(Event event, String kairosType) {
    Objects.requireNonNull(kairosType, "kairosType");
    Set<PredictedArgument> arguments = new LinkedHashSet<>();
    add(arguments, kairosType, "actors", event.actors());
    add(arguments, kairosType, "targets", event.targets());
    add(arguments, kairosType, "victims", event.victims());
    add(arguments, kairosType, "instruments", event.instruments());
    if (event.location() != null) {
      role(kairosType, "location")
          .ifPresent(
              role ->
                  arguments.add(
                      new PredictedArgument(
                          role,
                          event.location().start(),
                          event.location().end(),
                          event.location().text())));
    }
    return List.copyOf(arguments);
  }

  /**
   * Fails when a mapped role is not one the ontology gives its type.
   *
   * @param ontology the roles of each KAIROS type, as {@code event_role_KAIROS.json} lists them
   * @throws IllegalStateException naming the type and role
   */
  public void check(Map<String, ? extends Collection<String>> ontology) {
    for (String type : types()) {
      if (!ontology.containsKey(type)) {
        throw new IllegalStateException("kairos-types.tsv: " + type + " is not a KAIROS type");
      }
    }
    roles.forEach(
        (type, bySlot) ->
            bySlot
                .values()
                .forEach(
                    role -> {
                      Collection<String> known = ontology.get(type);
                      if (known == null || !known.contains(role)) {
                        throw new IllegalStateException(
                            "kairos-roles.tsv: " + type + " has no role " + role);
                      }
                    }));
  }

  private void add(
      Set<PredictedArgument> arguments, String kairosType, String slot, List<Argument> slotted) {
    role(kairosType, slot)
        .ifPresent(
            role ->
                slotted.forEach(
                    a -> arguments.add(new PredictedArgument(role, a.start(), a.end(), a.text()))));
  }

  private static List<List<String>> rows(String resource, int columns) {
    return TsvTable.read(KairosMapping.class, resource, columns);
  }
}
