package org.sitrep.eval.wikievents;

/**
 * A gold argument found by sitrep: indices into one gold event's and one predicted event's
 * arguments.
 *
 * @param coreferent true when the predicted span overlaps not the gold mention but another mention
 *     of the same entity
 */
public record ArgumentMatch(int gold, int predicted, boolean coreferent) {
  public ArgumentMatch {
    if (gold < 0 || predicted < 0) {
      throw new IllegalArgumentException(
          "argument indices must be >= 0, got " + gold + " and " + predicted);
    }
  }
}
