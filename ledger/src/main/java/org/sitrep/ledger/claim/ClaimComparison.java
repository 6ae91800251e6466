package org.sitrep.ledger.claim;

import java.util.List;
import java.util.Objects;

/**
 * Claims on one subject compared: every side with its claims and sources.
 *
 * @param kind "quantity" or "relation"
 * @param subject what the claims are about: an actor id and measure for quantities ("islamic-state
 *     strength"), an actor pair for relations ("taliban ~ islamic-state")
 * @param verdict how the sides compare
 * @param explanation one sentence saying why ("1,350–1,650 (2016-08) and under 1,000 (2017-08) do
 *     not overlap; different sources, a year apart")
 * @param sides the positions, each with the claims that take it
 */
public record ClaimComparison(
    String kind, String subject, Verdict verdict, String explanation, List<ClaimSide> sides) {
  public ClaimComparison {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(explanation, "explanation");
    sides = List.copyOf(sides);
  }
}
