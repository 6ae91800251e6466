package org.sitrep.ledger.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Compares claims from different articles ({@code sitrep contradictions}): the numbers they give
 * for one actor and one measure, and what they say about how two actors stand to each other.
 *
 * <p>Quantities: claims with a subject actor are grouped by actor and measure, the measure taken
 * from the unit through {@code measures.tsv} (no unit counts as the group's strength). Claims whose
 * ranges overlap, chained, form one side: one side is {@link Verdict#AGREE}; several are {@link
 * Verdict#DISAGREE}, or {@link Verdict#CHANGED} when one speaker gave them all at different dates.
 * A denied number is no position on the count and is left out.
 *
 * <p>Relations: claims are grouped by actor pair, unordered for allied and at odds (one group for
 * both), ordered for supports. A relation's polarity is flipped by its own negation and again by a
 * denying claim ("deny", "refuse"). A group whose positions cannot all hold is {@link
 * Verdict#CONTESTED}; one of two or more claims that can is {@link Verdict#AGREE}.
 *
 * <p>A subject with a single claim has nothing to compare and yields no comparison. Output is
 * deterministic: contested first, then disagree, changed, agree, each by subject; sides by earliest
 * publication. Actor ids in the claims are ledger actor ids. Stateless and thread-safe once built;
 * the constructor reads the measure table, so build one and reuse it.
 */
public final class ClaimComparer {
  private static final Comparator<ClaimComparison> ORDER =
      Comparator.comparingInt((ClaimComparison c) -> severity(c.verdict()))
          .thenComparing(ClaimComparison::subject)
          .thenComparing(ClaimComparison::kind);

  private final QuantityComparer quantities;
  private final RelationComparer relations;

  /** A comparer with the measure table of {@code measures.tsv}. */
  public ClaimComparer() {
    this.quantities = new QuantityComparer(Measures.fromResource());
    this.relations = new RelationComparer();
  }

  /** Every subject that two or more of the claims speak to, compared. */
  public List<ClaimComparison> compare(List<SourcedClaim> claims) {
    Objects.requireNonNull(claims, "claims");
    List<ClaimComparison> comparisons = new ArrayList<>(quantities.compare(claims));
    comparisons.addAll(relations.compare(claims));
    comparisons.sort(ORDER);
    return List.copyOf(comparisons);
  }

  private static int severity(Verdict verdict) {
    return switch (verdict) {
      case CONTESTED -> 0;
      case DISAGREE -> 1;
      case CHANGED -> 2;
      case AGREE -> 3;
    };
  }
}
