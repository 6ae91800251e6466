package org.sitrep.eval.timex;

import java.util.Map;
import java.util.Objects;

/**
 * What every system found for one gold time expression.
 *
 * @param documentId the document it is in
 * @param bySystem each system's match, by system name
 */
public record GoldOutcome(String documentId, GoldTimex gold, Map<String, TimexMatch> bySystem) {
  public GoldOutcome {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(gold, "gold");
    bySystem = Map.copyOf(bySystem);
  }

  /**
   * The match of {@code system}.
   *
   * @throws IllegalArgumentException when no system of that name was scored
   */
  public TimexMatch of(String system) {
    TimexMatch match = bySystem.get(system);
    if (match == null) {
      throw new IllegalArgumentException(
          "no system '" + system + "' scored; scored: " + bySystem.keySet());
    }
    return match;
  }
}
