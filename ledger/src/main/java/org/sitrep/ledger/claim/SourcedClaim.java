package org.sitrep.ledger.claim;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.Claim;

/**
 * A claim together with the article that carries it. Actor ids in the claim (quantity subject,
 * relation subject and object, speaker) are ledger actor ids.
 *
 * @param source the article's outlet or source name, or null
 * @param published the article's publication date, or null
 */
public record SourcedClaim(String articleId, String source, LocalDate published, Claim claim) {
  public SourcedClaim {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(claim, "claim");
  }
}
