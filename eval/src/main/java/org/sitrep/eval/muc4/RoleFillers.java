package org.sitrep.eval.muc4;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The role fillers of one document: for each of the five roles, its entities, each entity the list
 * of its mention strings as written (not normalised). Gold entities list every coreferent mention
 * the annotators marked; a predicted entity lists the surface forms the system offers for it.
 *
 * @param entities every role, with an empty list when it has no filler
 */
public record RoleFillers(Map<Muc4Role, List<List<String>>> entities) {
  public RoleFillers {
    Map<Muc4Role, List<List<String>>> copy = new EnumMap<>(Muc4Role.class);
    for (Muc4Role role : Muc4Role.values()) {
      List<List<String>> ofRole = entities.get(role);
      if (ofRole == null) {
        throw new IllegalArgumentException("role fillers need every role, missing " + role.key());
      }
      List<List<String>> copied = new ArrayList<>();
      for (List<String> entity : ofRole) {
        copied.add(List.copyOf(entity));
      }
      copy.put(role, List.copyOf(copied));
    }
    entities = Map.copyOf(copy);
  }

  /** No filler in any role. */
  public static RoleFillers none() {
    Map<Muc4Role, List<List<String>>> empty = new EnumMap<>(Muc4Role.class);
    for (Muc4Role role : Muc4Role.values()) {
      empty.put(role, List.of());
    }
    return new RoleFillers(empty);
  }

  /** The entities of {@code role}, each a list of mention strings. */
  public List<List<String>> of(Muc4Role role) {
    return entities.get(Objects.requireNonNull(role, "role"));
  }

  /** How many entities all roles hold together. */
  public int size() {
    return entities.values().stream().mapToInt(List::size).sum();
  }
}
