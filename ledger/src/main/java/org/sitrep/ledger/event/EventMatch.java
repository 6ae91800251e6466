package org.sitrep.ledger.event;

import java.util.Objects;

/**
 * Whether a report is of the same real event as a ledger event, and why.
 *
 * @param same true when the report joins the ledger event
 * @param score 0..1, higher for stronger evidence of identity
 * @param rule the reasons, readable by an analyst ("same victim hafiz-saeed-khan; dates overlap
 *     (2016-07 / 2016-07-26); type ASSAULT")
 */
public record EventMatch(boolean same, double score, String rule) {
  public EventMatch {
    Objects.requireNonNull(rule, "rule");
  }
}
