package org.sitrep.model;

import java.util.Locale;

/** How two actors stand to each other, as a claim says. */
public enum RelationType {
  /** Symmetric: an alliance, joined forces, cooperation, a merger. */
  ALLIED,
  /** Symmetric: rivalry, hostility, fighting each other. */
  AT_ODDS,
  /** Directed: the subject backs, funds, arms or shelters the object. */
  SUPPORTS;

  /** {@code allied}, {@code at-odds}, {@code supports}: the name in data files and JSON. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The type a data file or JSON names. */
  public static RelationType of(String name) {
    for (RelationType type : values()) {
      if (type.toString().equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "unknown relation type: " + name + " (allied, at-odds or supports)");
  }
}
