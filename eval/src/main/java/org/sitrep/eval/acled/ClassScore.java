package org.sitrep.eval.acled;

import java.util.Objects;

/**
 * The counts of one class in a single-label classification.
 *
 * @param support how many items have this gold label
 * @param predicted how many items the system gave this label
 * @param correct how many items have it as both
 */
public record ClassScore(String label, int support, int predicted, int correct) {
  public ClassScore {
    Objects.requireNonNull(label, "label");
    if (correct < 0 || correct > support || correct > predicted) {
      throw new IllegalArgumentException(
          "need 0 <= correct <= support and predicted, got correct="
              + correct
              + ", support="
              + support
              + ", predicted="
              + predicted);
    }
  }

  /** correct / predicted, 0 when nothing was predicted (scikit-learn's zero_division=0). */
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  /** correct / support, 0 when the class has no gold item. */
  public double recall() {
    return support == 0 ? 0 : (double) correct / support;
  }

  /** The harmonic mean of precision and recall, 0 when both are 0. */
  public double f1() {
    return support + predicted == 0 ? 0 : 2.0 * correct / (support + predicted);
  }
}
