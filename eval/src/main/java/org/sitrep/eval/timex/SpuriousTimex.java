package org.sitrep.eval.timex;

import java.util.Objects;
import org.sitrep.model.TimeExpression;

/** A system time expression that overlaps no gold one (or lost it to a better match). */
public record SpuriousTimex(String system, String documentId, TimeExpression predicted) {
  public SpuriousTimex {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(predicted, "predicted");
  }
}
