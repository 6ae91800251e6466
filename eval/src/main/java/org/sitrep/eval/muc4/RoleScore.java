package org.sitrep.eval.muc4;

/**
 * Entity counts of one role (or of all roles, micro-averaged): how many predicted entities the best
 * one-to-one matching pairs with a gold entity, how many were predicted, how many are gold.
 */
public record RoleScore(int matched, int predicted, int gold) {
  public RoleScore {
    if (matched < 0 || matched > predicted || matched > gold) {
      throw new IllegalArgumentException(
          "need 0 <= matched <= predicted, gold; got matched="
              + matched
              + ", predicted="
              + predicted
              + ", gold="
              + gold);
    }
  }

  public static final RoleScore ZERO = new RoleScore(0, 0, 0);

  /** The sum of both counts. */
  public RoleScore plus(RoleScore other) {
    return new RoleScore(matched + other.matched, predicted + other.predicted, gold + other.gold);
  }

  /** Matched over predicted; 0 when nothing was predicted, as the reference scorer has it. */
  public double precision() {
    return predicted == 0 ? 0 : (double) matched / predicted;
  }

  /** Matched over gold; 0 when there is no gold. */
  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
