package org.sitrep.eval.wikievents;

import java.util.Objects;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;

/**
 * One argument sitrep gave an event, under the KAIROS role its slot fills.
 *
 * @param role the KAIROS role ("Attacker")
 */
public record PredictedArgument(String role, int start, int end, String text) {
  public PredictedArgument {
    Objects.requireNonNull(role, "role");
    new TextSpan(start, end, text);
  }

  public Span span() {
    return new Span(start, end);
  }
}
