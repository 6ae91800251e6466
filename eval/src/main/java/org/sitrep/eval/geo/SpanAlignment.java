package org.sitrep.eval.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.eval.match.SpanMatching;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * Pairs the predicted places of one article with its gold toponyms, one to one, by the rule of
 * {@link SpanMatching}: exact spans first, then the most overlapping free place. A prediction
 * spanning two gold toponyms ("Springfield, Illinois" against "Springfield" and "Illinois") matches
 * only the first and the second counts as missed. Predicted places left over are false positives.
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

  /** Aligns {@code predicted} with {@code gold} (see {@link SpanMatching}). */
  public static SpanAlignment of(List<GoldToponym> gold, List<Place> predicted) {
    int[] takenBy =
        SpanMatching.of(
            gold.stream().map(t -> new Span(t.start(), t.end())).toList(),
            predicted.stream().map(Place::span).toList());
    boolean[] used = new boolean[predicted.size()];
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (takenBy[g] >= 0) {
        Place place = predicted.get(takenBy[g]);
        used[takenBy[g]] = true;
        pairs.add(
            new Pair(
                g,
                place,
                gold.get(g).start() == place.start() && gold.get(g).end() == place.end()));
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
}
