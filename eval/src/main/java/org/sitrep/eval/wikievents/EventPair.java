package org.sitrep.eval.wikievents;

import java.util.List;

/**
 * A gold event and the sitrep event whose trigger matched it, with the arguments they share.
 *
 * @param gold index into the document's gold events
 * @param predicted index into the document's predicted events
 */
public record EventPair(int gold, int predicted, List<ArgumentMatch> arguments) {
  public EventPair {
    if (gold < 0 || predicted < 0) {
      throw new IllegalArgumentException(
          "event indices must be >= 0, got " + gold + " and " + predicted);
    }
    arguments = List.copyOf(arguments);
  }
}
