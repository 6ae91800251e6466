package org.sitrep.model;

import java.util.Objects;

/**
 * The number a claim asserts: "the group now numbers fewer than 1,000" is subject "IS", max 1000
 * (exclusive), unit "fighters".
 *
 * @param asOf the date the number holds for ({@code YYYY[-MM[-DD]]}), or null
 */
public record QuantityClaim(
    String subject,
    String subjectActorId,
    Long min,
    Long max,
    boolean minExclusive,
    boolean maxExclusive,
    String unit,
    String asOf,
    int start,
    int end,
    String text) {
  public QuantityClaim {
    Objects.requireNonNull(subject, "subject");
    new TextSpan(start, end, text);
  }
}
