package org.sitrep.eval.muc4;

import java.util.EnumMap;
import java.util.Map;

/**
 * Entity counts per role, summed over documents; {@link #micro()} pools the five roles, as the
 * reference scorer's headline figure does.
 */
public record Muc4Score(Map<Muc4Role, RoleScore> roles) {
  public static final Muc4Score ZERO = new Muc4Score(zeros());

  public Muc4Score {
    for (Muc4Role role : Muc4Role.values()) {
      if (roles.get(role) == null) {
        throw new IllegalArgumentException("a score needs every role, missing " + role.key());
      }
    }
    roles = Map.copyOf(roles);
  }

  /** The counts of {@code role}. */
  public RoleScore of(Muc4Role role) {
    return roles.get(role);
  }

  /** This score with {@code counts} added to {@code role}. */
  public Muc4Score plus(Muc4Role role, RoleScore counts) {
    Map<Muc4Role, RoleScore> sum = new EnumMap<>(roles);
    sum.put(role, roles.get(role).plus(counts));
    return new Muc4Score(sum);
  }

  /** The role-by-role sum of both scores. */
  public Muc4Score plus(Muc4Score other) {
    Muc4Score sum = this;
    for (Muc4Role role : Muc4Role.values()) {
      sum = sum.plus(role, other.of(role));
    }
    return sum;
  }

  /** All roles pooled. */
  public RoleScore micro() {
    return roles.values().stream().reduce(RoleScore.ZERO, RoleScore::plus);
  }

  private static Map<Muc4Role, RoleScore> zeros() {
    Map<Muc4Role, RoleScore> zeros = new EnumMap<>(Muc4Role.class);
    for (Muc4Role role : Muc4Role.values()) {
      zeros.put(role, RoleScore.ZERO);
    }
    return zeros;
  }
}
