package org.sitrep.eval.timex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.model.TimeExpression;

/**
 * Pairs one system's time expressions in a document with the gold ones, one to one.
 *
 * <p>The rule (the relaxed match of TempEval-3): first every gold span takes a system expression
 * with exactly its span (a strict match). Then, in text order, every gold span still alone takes
 * the free system expression that overlaps it most (ties: the earlier one). Each system expression
 * is used at most once, so "Monday and Tuesday" against gold "Monday" and "Tuesday" matches only
 * the first; the rest are spurious.
 *
 * @param matches one per gold time expression, in gold order ({@link TimexMatch#missed()} when
 *     none)
 * @param spurious the system expressions no gold one took, in input order
 */
public record TimexAlignment(List<TimexMatch> matches, List<TimeExpression> spurious) {
  public TimexAlignment {
    matches = List.copyOf(matches);
    spurious = List.copyOf(spurious);
  }

  /** Aligns {@code predicted} with {@code gold}. */
  public static TimexAlignment of(List<GoldTimex> gold, List<TimeExpression> predicted) {
    int[] takenBy = new int[gold.size()];
    Arrays.fill(takenBy, -1);
    boolean[] used = new boolean[predicted.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        if (!used[p] && sameSpan(gold.get(g), predicted.get(p))) {
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
    List<TimexMatch> matches = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      matches.add(
          takenBy[g] < 0
              ? TimexMatch.missed()
              : new TimexMatch(
                  predicted.get(takenBy[g]), sameSpan(gold.get(g), predicted.get(takenBy[g]))));
    }
    List<TimeExpression> spurious = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      if (!used[p]) {
        spurious.add(predicted.get(p));
      }
    }
    return new TimexAlignment(matches, spurious);
  }

  private static int mostOverlapping(
      GoldTimex gold, List<TimeExpression> predicted, boolean[] used) {
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

  private static boolean sameSpan(GoldTimex gold, TimeExpression timex) {
    return gold.start() == timex.start() && gold.end() == timex.end();
  }

  /** How many chars the two spans share; 0 when they do not overlap. */
  static int overlap(GoldTimex gold, TimeExpression timex) {
    return Math.max(0, Math.min(gold.end(), timex.end()) - Math.max(gold.start(), timex.start()));
  }
}
