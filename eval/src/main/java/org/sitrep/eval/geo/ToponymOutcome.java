package org.sitrep.eval.geo;

import java.util.Objects;
import java.util.OptionalDouble;
import org.sitrep.model.Place;

/**
 * What became of one gold toponym: the predicted place matched to it, if any, and where the
 * population baseline would put it.
 *
 * @param articleId the article it is in
 * @param predicted the place matched to it (see {@link SpanAlignment}), or null when missed
 * @param exact whether the matched place has exactly the gold span
 * @param baseline the population baseline's coordinate for the gold text, or null when the baseline
 *     knows no place of that name
 */
public record ToponymOutcome(
    String articleId, GoldToponym gold, Place predicted, boolean exact, Coordinate baseline) {
  public ToponymOutcome {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(gold, "gold");
    if (exact && predicted == null) {
      throw new IllegalArgumentException("a missed toponym cannot be an exact match: " + gold);
    }
  }

  /** Whether a predicted place overlaps (or equals) the gold span. */
  public boolean matched() {
    return predicted != null;
  }

  /** Whether a predicted place was matched but given no coordinates. */
  public boolean unresolved() {
    return predicted != null && !predicted.resolved();
  }

  /**
   * The distance from the predicted place to the gold one in km: {@link GreatCircle#WORST_ERROR_KM}
   * when the matched place has no coordinates, empty when missed.
   */
  public OptionalDouble errorKm() {
    if (predicted == null) {
      return OptionalDouble.empty();
    }
    if (!predicted.resolved()) {
      return OptionalDouble.of(GreatCircle.WORST_ERROR_KM);
    }
    Coordinate guess = new Coordinate(predicted.lat(), predicted.lon());
    return OptionalDouble.of(GreatCircle.distanceKm(guess, gold.coordinate()));
  }

  /** The error counted over all gold toponyms: a missed one is as wrong as can be. */
  public double endToEndErrorKm() {
    return errorKm().orElse(GreatCircle.WORST_ERROR_KM);
  }

  /** The baseline's error in km, {@link GreatCircle#WORST_ERROR_KM} when it knows no place. */
  public double baselineErrorKm() {
    return baseline == null
        ? GreatCircle.WORST_ERROR_KM
        : GreatCircle.distanceKm(baseline, gold.coordinate());
  }
}
