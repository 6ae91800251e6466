package org.sitrep.eval.wikievents;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.eval.match.SpanMatching;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;

/**
 * Pairs the arguments sitrep gave one event with the gold arguments of the gold event it matched,
 * one to one.
 *
 * <p>A predicted argument matches a gold argument when they have the same KAIROS role and the
 * predicted span shares at least one character with the gold entity mention. Gold mentions are
 * mostly a single head word, so in practice this means "the predicted phrase contains the gold
 * head". In a second pass, a gold argument still alone also takes a predicted span that overlaps a
 * coreferent mention of its entity (see {@link GoldArgument#coreferent()}). In each pass, gold
 * arguments in order take the free predicted argument that overlaps most.
 */
final class ArgumentMatching {
  private ArgumentMatching() {}

  static List<ArgumentMatch> of(List<GoldArgument> gold, List<PredictedArgument> predicted) {
    List<ArgumentMatch> matches = new ArrayList<>();
    boolean[] goldTaken = new boolean[gold.size()];
    boolean[] used = new boolean[predicted.size()];
    for (boolean coreferent : new boolean[] {false, true}) {
      for (int g = 0; g < gold.size(); g++) {
        if (goldTaken[g]) {
          continue;
        }
        GoldArgument argument = gold.get(g);
        List<TextSpan> mentions = coreferent ? argument.coreferent() : List.of(argument.mention());
        int best = best(argument.role(), mentions, predicted, used);
        if (best >= 0) {
          goldTaken[g] = true;
          used[best] = true;
          matches.add(new ArgumentMatch(g, best, coreferent));
        }
      }
    }
    matches.sort((a, b) -> Integer.compare(a.gold(), b.gold()));
    return List.copyOf(matches);
  }

  private static int best(
      String role, List<TextSpan> mentions, List<PredictedArgument> predicted, boolean[] used) {
    int best = -1;
    int bestOverlap = 0;
    for (int p = 0; p < predicted.size(); p++) {
      if (used[p] || !predicted.get(p).role().equals(role)) {
        continue;
      }
      for (TextSpan mention : mentions) {
        Span span = mention.span();
        int overlap = SpanMatching.overlap(span, predicted.get(p).span());
        if (overlap > bestOverlap) {
          best = p;
          bestOverlap = overlap;
        }
      }
    }
    return best;
  }
}
