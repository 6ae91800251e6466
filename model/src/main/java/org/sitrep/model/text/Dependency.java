package org.sitrep.model.text;

import java.util.Objects;

/**
 * A Universal Dependencies edge between two tokens, by document-level token index.
 *
 * @param governor index of the head token, or -1 for the root
 * @param relation UD relation with subtype ("nsubj", "obl:in", "nmod:poss")
 */
public record Dependency(int governor, int dependent, String relation) {
  public Dependency {
    if (governor < -1 || dependent < 0) {
      throw new IllegalArgumentException("bad edge " + governor + " -> " + dependent);
    }
    Objects.requireNonNull(relation, "relation");
  }

  /** The relation without its subtype: "obl" for "obl:in". */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
