package org.sitrep.eval.muc4;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The five MUC-4 role-filler slots the GRIT-style scorer measures, in the scorer's order. */
public enum Muc4Role {
  /** Perpetrator individual: "guerrillas", "two gunmen". */
  PERP_IND("PerpInd"),
  /** Perpetrator organisation: "FMLN", "Medellin cartel". */
  PERP_ORG("PerpOrg"),
  /** Physical target: "power substation", "embassy". */
  TARGET("Target"),
  /** Human target: "peasant", "Hector Larios". */
  VICTIM("Victim"),
  /** Instrument: "dynamite", "car bomb". */
  WEAPON("Weapon");

  private final String key;

  Muc4Role(String key) {
    this.key = key;
  }

  /** The role's key in the gold and prediction JSON ("PerpInd"). */
  public String key() {
    return key;
  }

  /**
   * The role with JSON key {@code key}.
   *
   * @throws IllegalArgumentException naming the known keys when there is none
   */
  public static Muc4Role ofKey(String key) {
    for (Muc4Role role : values()) {
      if (role.key.equals(key)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown MUC-4 role "
            + key
            + "; known: "
            + Arrays.stream(values()).map(Muc4Role::key).collect(Collectors.joining(", ")));
  }
}
