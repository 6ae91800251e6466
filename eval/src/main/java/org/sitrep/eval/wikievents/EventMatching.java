package org.sitrep.eval.wikievents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import org.sitrep.eval.match.SpanMatching;

/**
 * Pairs sitrep's events with the gold events of one document, one to one, by trigger overlap.
 *
 * <p>The rule: in three passes, every gold event still alone (in file order) takes the free
 * predicted event whose trigger overlaps its own most (ties: the earlier one), first among those of
 * the same KAIROS type, then of the same type and subtype ("Conflict.Attack"), then of any type. So
 * when two gold events lie under one predicted trigger, the type decides which one it is.
 */
final class EventMatching {
  private EventMatching() {}

  /** For each gold event, in order, the index of its predicted event, or -1. */
  static List<Integer> of(List<GoldEvent> gold, List<PredictedEvent> predicted) {
    int[] takenBy = new int[gold.size()];
    Arrays.fill(takenBy, -1);
    boolean[] used = new boolean[predicted.size()];
    List<BiPredicate<GoldEvent, PredictedEvent>> passes =
        List.of(
            (g, p) -> g.type().equals(p.kairos()),
            (g, p) -> subtype(g.type()).equals(p.kairos() == null ? null : subtype(p.kairos())),
            (g, p) -> true);
    for (BiPredicate<GoldEvent, PredictedEvent> pass : passes) {
      for (int g = 0; g < gold.size(); g++) {
        if (takenBy[g] >= 0) {
          continue;
        }
        int best = -1;
        int bestOverlap = 0;
        for (int p = 0; p < predicted.size(); p++) {
          int overlap =
              SpanMatching.overlap(gold.get(g).trigger().span(), predicted.get(p).trigger().span());
          if (!used[p] && overlap > bestOverlap && pass.test(gold.get(g), predicted.get(p))) {
            best = p;
            bestOverlap = overlap;
          }
        }
        if (best >= 0) {
          takenBy[g] = best;
          used[best] = true;
        }
      }
    }
    List<Integer> result = new ArrayList<>();
    Arrays.stream(takenBy).forEach(result::add);
    return List.copyOf(result);
  }

  /** The first two parts of a KAIROS type: "Conflict.Attack" of "Conflict.Attack.Unspecified". */
  static String subtype(String type) {
    int first = type.indexOf('.');
    int second = first < 0 ? -1 : type.indexOf('.', first + 1);
    return second < 0 ? type : type.substring(0, second);
  }
}
