package org.sitrep.model;

import java.util.Objects;

/**
 * The number a claim asserts: "the militia has fewer than 800 men" is subject the militia, max 800
 * (exclusive), unit "men".
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
