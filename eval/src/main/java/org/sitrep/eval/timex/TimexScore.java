package org.sitrep.eval.timex;

/**
 * The TempEval-3 time-expression figures of one system on one set (UzZaman et al. 2013).
 *
 * <p>Type and value are judged on the relaxed matches. Their accuracy is correct / relaxed matches;
 * their F1 is the harmonic mean of correct / found and correct / gold, which equals the official
 * scorer's accuracy × relaxed F1.
 *
 * @param gold gold time expressions
 * @param found the system's time expressions
 * @param strict gold expressions matched by one with exactly their span
 * @param relaxed gold expressions matched by an overlapping one, one to one
 * @param typeCorrect relaxed matches with the gold type
 * @param valueCorrect relaxed matches with the gold value
 */
public record TimexScore(
    int gold, int found, int strict, int relaxed, int typeCorrect, int valueCorrect) {
  public TimexScore {
    if (strict < 0
        || strict > relaxed
        || relaxed > Math.min(gold, found)
        || typeCorrect < 0
        || typeCorrect > relaxed
        || valueCorrect < 0
        || valueCorrect > relaxed) {
      throw new IllegalArgumentException(
          String.format(
              "timex score needs 0 <= strict <= relaxed <= gold, found and type, value <= relaxed;"
                  + " got gold=%d found=%d strict=%d relaxed=%d type=%d value=%d",
              gold, found, strict, relaxed, typeCorrect, valueCorrect));
    }
  }

  public double strictPrecision() {
    return ratio(strict, found);
  }

  public double strictRecall() {
    return ratio(strict, gold);
  }

  public double strictF1() {
    return f1(strict);
  }

  public double relaxedPrecision() {
    return ratio(relaxed, found);
  }

  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  public double relaxedF1() {
    return f1(relaxed);
  }

  /** Share of relaxed matches with the gold type; 0 when there are none. */
  public double typeAccuracy() {
    return ratio(typeCorrect, relaxed);
  }

  public double typeF1() {
    return f1(typeCorrect);
  }

  /** Share of relaxed matches with the gold value; 0 when there are none. */
  public double valueAccuracy() {
    return ratio(valueCorrect, relaxed);
  }

  /** The headline TempEval-3 figure: value F1 (HeidelTime 77.6, SUTime 67.4 on platinum). */
  public double valueF1() {
    return f1(valueCorrect);
  }

  /** Harmonic mean of correct / found and correct / gold: 2·correct / (found + gold). */
  private double f1(int correct) {
    return found + gold == 0 ? 0 : 2.0 * correct / (found + gold);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
