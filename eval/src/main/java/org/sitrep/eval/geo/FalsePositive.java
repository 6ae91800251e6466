package org.sitrep.eval.geo;

import java.util.Objects;
import org.sitrep.model.Place;

/** A predicted place that overlaps no gold toponym (or lost it to a better match). */
public record FalsePositive(String articleId, Place predicted) {
  public FalsePositive {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(predicted, "predicted");
  }
}
