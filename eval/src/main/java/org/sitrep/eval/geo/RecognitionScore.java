package org.sitrep.eval.geo;

/**
 * Precision, recall and F1 of toponym spans.
 *
 * @param correct predicted spans matched to a gold span (one to one)
 * @param predicted all predicted spans
 * @param gold all gold spans
 */
public record RecognitionScore(int correct, int predicted, int gold) {
  public RecognitionScore {
    if (correct < 0 || correct > predicted || correct > gold) {
      throw new IllegalArgumentException(
          "recognition needs 0 <= correct <= predicted, gold; got correct="
              + correct
              + ", predicted="
              + predicted
              + ", gold="
              + gold);
    }
  }

  /** Share of predictions that are right; 0 when there are none. */
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  /** Share of gold spans found; 0 when there are none. */
  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double sum = precision() + recall();
    return sum == 0 ? 0 : 2 * precision() * recall() / sum;
  }
}
