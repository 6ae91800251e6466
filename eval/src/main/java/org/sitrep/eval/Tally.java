package org.sitrep.eval;

/**
 * Counts for precision, recall and F1.
 *
 * @param gold gold items
 * @param found predicted items
 * @param correct predicted items that match a gold item, one to one
 */
public record Tally(int gold, int found, int correct) {
  public static final Tally ZERO = new Tally(0, 0, 0);

  public Tally {
    if (gold < 0 || found < 0 || correct < 0 || correct > Math.min(gold, found)) {
      throw new IllegalArgumentException(
          "tally needs 0 <= correct <= gold, found; got gold="
              + gold
              + " found="
              + found
              + " correct="
              + correct);
    }
  }

  public Tally plus(Tally other) {
    return new Tally(gold + other.gold, found + other.found, correct + other.correct);
  }

  public double precision() {
    return found == 0 ? 0 : (double) correct / found;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    return gold + found == 0 ? 0 : 2.0 * correct / (gold + found);
  }
}
