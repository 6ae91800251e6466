package org.sitrep.eval.timex;

import org.sitrep.model.TimeExpression;

/**
 * What one system found for one gold time expression.
 *
 * @param predicted the system's time expression matched to it (see {@link TimexAlignment}), or null
 *     when the system missed it
 * @param exact whether the spans are equal (a strict match)
 */
public record TimexMatch(TimeExpression predicted, boolean exact) {
  private static final TimexMatch MISSED = new TimexMatch(null, false);

  public TimexMatch {
    if (exact && predicted == null) {
      throw new IllegalArgumentException("a missed timex cannot be an exact match");
    }
  }

  /** The gold time expression found nothing. */
  public static TimexMatch missed() {
    return MISSED;
  }

  /** Whether a system time expression overlaps (or equals) the gold span. */
  public boolean matched() {
    return predicted != null;
  }

  /** Whether it was matched and has the gold type. */
  public boolean typeCorrect(GoldTimex gold) {
    return predicted != null && predicted.type() == gold.type();
  }

  /** Whether it was matched and has the gold value (see {@link TimexValue}). */
  public boolean valueCorrect(GoldTimex gold) {
    return predicted != null && TimexValue.same(gold.value(), predicted.value());
  }
}
