package org.sitrep.eval.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Place;

/**
 * Pairs the predicted places of one article with its gold toponyms, one to one.
 *
 * <p>The rule: first every gold span takes a predicted place with exactly its span (an exact
 * match). Then, in text order, every gold span still alone takes the free predicted place that
 * overlaps it most (ties: the earlier one), an overlap match. Each predicted place is used at most
 * once, so a prediction spanning two gold toponyms ("Springfield, Illinois" against "Springfield"
 * and "Illinois") matches only the first and the second counts as missed. Predicted places left
 * over are false positives.
 *
 * @param pairs the matched gold toponyms, in gold order
 * @param unmatched the predicted places no gold toponym took, in input order
 */
public record SpanAlignment(List<Pair> pairs, List<Place> unmatched) {
  public SpanAlignment {
    pairs = List.copyOf(pairs);
    unmatched = List.copyOf(unmatched);
  }

  /**
   * A gold toponym and the predicted place matched to it.
   *
   * @param gold index into the gold list
   * @param exact whether the spans are equal
   */
  public record Pair(int gold, Place predicted, boolean exact) {
    public Pair {
      Objects.requireNonNull(predicted, "predicted");
    }
  }

  /** Aligns {@code predicted} with {@code gold}. */
  public static SpanAlignment of(List<GoldToponym> gold, List<Place> predicted) {
    int[] takenBy = new int[gold.size()];
    Arrays.fill(takenBy, -1);
    boolean[] used = new boolean[predicted.size()];
    boolean[] exact = new boolean[gold.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        if (!used[p] && sameSpan(gold.get(g), predicted.get(p))) {
          takenBy[g] = p;
          used[p] = true;
          exact[g] = true;
          break;
        }
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (takenBy[g] < 0) {
        int best = mostOverlapping(gold.get(g), predicted, used);
        if (best >= 0) {
          takenBy[g] = best;
          used[best] = true;
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (takenBy[g] >= 0) {
        pairs.add(new Pair(g, predicted.get(takenBy[g]), exact[g]));
      }
    }
    List<Place> unmatched = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      if (!used[p]) {
        unmatched.add(predicted.get(p));
      }
    }
    return new SpanAlignment(pairs, unmatched);
  }

  private static int mostOverlapping(GoldToponym gold, List<Place> predicted, boolean[] used) {
    int best = -1;
    int bestOverlap = 0;
    for (int p = 0; p < predicted.size(); p++) {
      int overlap = overlap(gold, predicted.get(p));
      if (!used[p] && overlap > bestOverlap) {
        best = p;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private static boolean sameSpan(GoldToponym gold, Place place) {
    return gold.start() == place.start() && gold.end() == place.end();
  }

  /** How many chars the two spans share; 0 when they do not overlap. */
  static int overlap(GoldToponym gold, Place place) {
    return Math.max(0, Math.min(gold.end(), place.end()) - Math.max(gold.start(), place.start()));
  }
}
