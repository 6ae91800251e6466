package org.sitrep.eval.match;

import java.util.Arrays;
import java.util.List;
import org.sitrep.model.Span;

/**
 * Pairs predicted spans with gold spans one to one, the way span-level scorers do (TempEval-3's
 * relaxed match; the geoparsing overlap match).
 *
 * <p>The rule: first every gold span takes a predicted span equal to it. Then, in text order, every
 * gold span still alone takes the free predicted span that overlaps it most (ties: the earlier
 * one). Each predicted span is used at most once, so a prediction covering two gold spans matches
 * only the first.
 */
public final class SpanMatching {
  private SpanMatching() {}

  /**
   * For each gold span, in order, the index of the predicted span matched to it, or -1.
   *
   * @param gold gold spans in text order
   * @param predicted predicted spans in any order
   */
  public static int[] of(List<Span> gold, List<Span> predicted) {
    int[] takenBy = new int[gold.size()];
    Arrays.fill(takenBy, -1);
    boolean[] used = new boolean[predicted.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        if (!used[p] && predicted.get(p).equals(gold.get(g))) {
          takenBy[g] = p;
          used[p] = true;
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
    return takenBy;
  }

  /** How many chars the two spans share; 0 when they do not overlap. */
  public static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  private static int mostOverlapping(Span gold, List<Span> predicted, boolean[] used) {
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
}
