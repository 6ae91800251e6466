package org.sitrep.ledger.claim;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One claim on one side of a comparison, with its source and evidence.
 *
 * @param speaker who makes the claim, or null for the article's own voice
 * @param stance the claim's stance ("assert", "deny", "estimate" …)
 * @param published the article's publication date, or null
 * @param asOf the date the claim holds for (YYYY[-MM[-DD]]), or null
 * @param text the evidence text: the quantity or relation span
 * @param start offset of {@code text} in the article
 * @param end end offset of {@code text} in the article
 */
public record ClaimRef(
    String articleId,
    String claimId,
    String speaker,
    String stance,
    LocalDate published,
    String asOf,
    String text,
    int start,
    int end) {
  public ClaimRef {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(text, "text");
  }
}
