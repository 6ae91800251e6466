package org.sitrep.eval.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy one-to-one matching: the heaviest candidate pair first, then the next whose two sides are
 * both still free, so one long prediction cannot match many gold items.
 */
final class OneToOne {
  /** How well predicted item {@code p} matches gold item {@code g}; 0 for no match. */
  interface Weight {
    int of(int g, int p);
  }

  /** One matched pair, by index into the two lists. */
  record Pair(int gold, int predicted) {}

  private record Candidate(int gold, int predicted, int weight) {}

  private OneToOne() {}

  /**
   * The matched pairs, heaviest first. Ties go to the earlier gold item, then the earlier
   * prediction, so the result does not depend on hash order.
   */
  static List<Pair> match(int gold, int predicted, Weight weight) {
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold; g++) {
      for (int p = 0; p < predicted; p++) {
        int w = weight.of(g, p);
        if (w > 0) {
          candidates.add(new Candidate(g, p, w));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::weight)
            .reversed()
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::predicted));
    boolean[] goldTaken = new boolean[gold];
    boolean[] predictedTaken = new boolean[predicted];
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!goldTaken[c.gold()] && !predictedTaken[c.predicted()]) {
        goldTaken[c.gold()] = true;
        predictedTaken[c.predicted()] = true;
        pairs.add(new Pair(c.gold(), c.predicted()));
      }
    }
    return List.copyOf(pairs);
  }
}
