package org.sitrep.eval.timex;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.eval.match.SpanMatching;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Pairs one system's time expressions in a document with the gold ones, one to one, by the rule of
 * {@link SpanMatching} (TempEval-3's relaxed match; an equal span is a strict match). "Monday and
 * Tuesday" against gold "Monday" and "Tuesday" matches only the first; the rest are spurious.
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

  /** Aligns {@code predicted} with {@code gold} (see {@link SpanMatching}). */
  public static TimexAlignment of(List<GoldTimex> gold, List<TimeExpression> predicted) {
    int[] takenBy =
        SpanMatching.of(
            gold.stream().map(t -> new Span(t.start(), t.end())).toList(),
            predicted.stream().map(TimeExpression::span).toList());
    boolean[] used = new boolean[predicted.size()];
    List<TimexMatch> matches = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (takenBy[g] < 0) {
        matches.add(TimexMatch.missed());
        continue;
      }
      TimeExpression timex = predicted.get(takenBy[g]);
      used[takenBy[g]] = true;
      matches.add(
          new TimexMatch(
              timex, gold.get(g).start() == timex.start() && gold.get(g).end() == timex.end()));
    }
    List<TimeExpression> spurious = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      if (!used[p]) {
        spurious.add(predicted.get(p));
      }
    }
    return new TimexAlignment(matches, spurious);
  }
}
