package org.sitrep.eval.wikievents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One document scored: its gold events, sitrep's events, and which matched which.
 *
 * @param pairs the matched events, in gold order
 */
public record DocumentOutcome(
    WikiDocument document, List<PredictedEvent> predicted, List<EventPair> pairs) {
  public DocumentOutcome {
    Objects.requireNonNull(document, "document");
    predicted = List.copyOf(predicted);
    pairs = List.copyOf(pairs);
    for (EventPair pair : pairs) {
      if (pair.gold() >= document.events().size() || pair.predicted() >= predicted.size()) {
        throw new IllegalArgumentException(
            document.id() + ": pair " + pair + " points past the events");
      }
    }
  }

  /** Matches sitrep's events to the gold ones, then their arguments. */
  public static DocumentOutcome score(WikiDocument document, List<PredictedEvent> predicted) {
    List<Integer> takenBy = EventMatching.of(document.events(), predicted);
    List<EventPair> pairs = new ArrayList<>();
    for (int g = 0; g < takenBy.size(); g++) {
      int p = takenBy.get(g);
      if (p >= 0) {
        pairs.add(
            new EventPair(
                g,
                p,
                ArgumentMatching.of(
                    document.events().get(g).arguments(), predicted.get(p).arguments())));
      }
    }
    return new DocumentOutcome(document, predicted, pairs);
  }

  /** The pair of gold event {@code gold}, if sitrep found it. */
  public Optional<EventPair> pairOfGold(int gold) {
    return pairs.stream().filter(p -> p.gold() == gold).findFirst();
  }

  /** The pair of predicted event {@code predicted}, if it matched a gold event. */
  public Optional<EventPair> pairOfPredicted(int predictedIndex) {
    return pairs.stream().filter(p -> p.predicted() == predictedIndex).findFirst();
  }
}
