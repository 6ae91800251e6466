package org.sitrep.ledger.claim;

import java.util.List;
import java.util.Objects;

/**
 * One position in a comparison and the claims that take it.
 *
 * @param position the position in words: "around 1,350–1,650 militants (as of 2016-08)", "allied",
 *     "not allied", "at odds"
 */
public record ClaimSide(String position, List<ClaimRef> claims) {
  public ClaimSide {
    Objects.requireNonNull(position, "position");
    claims = List.copyOf(claims);
  }
}
