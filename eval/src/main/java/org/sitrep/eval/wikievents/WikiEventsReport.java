package org.sitrep.eval.wikievents;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.eval.Tally;

/**
 * The outcome of one WikiEvents evaluation: every document with sitrep's events and the matches.
 * The figures are computed from these on demand.
 *
 * <p>Two settings for arguments. End to end: every gold argument of a role the mapping can give, in
 * any gold event, against every argument of every sitrep event. On found triggers: only the gold
 * events whose trigger sitrep found and the sitrep events that found them (WikiEvents systems are
 * usually scored on gold triggers, which sitrep cannot take as input; this is the nearest it
 * comes).
 *
 * @param roles the KAIROS roles the mapping gives, in the order they are reported
 * @param mappableTypes the KAIROS types the mapping can give
 */
public record WikiEventsReport(
    List<DocumentOutcome> documents, List<String> roles, Set<String> mappableTypes) {
  /** The roles reported first, in this order; the others follow in mapping order. */
  static final List<String> HEADLINE_ROLES =
      List.of("Attacker", "Target", "Victim", "Place", "Instrument");

  public WikiEventsReport {
    documents = List.copyOf(documents);
    List<String> ordered = new ArrayList<>();
    HEADLINE_ROLES.stream().filter(roles::contains).forEach(ordered::add);
    roles.stream().filter(r -> !ordered.contains(r)).forEach(ordered::add);
    roles = List.copyOf(ordered);
    mappableTypes = Set.copyOf(mappableTypes);
  }

  public int goldEvents() {
    return documents.stream().mapToInt(d -> d.document().events().size()).sum();
  }

  public int predictedEvents() {
    return documents.stream().mapToInt(d -> d.predicted().size()).sum();
  }

  /** Trigger identification: a sitrep trigger overlapping a gold one, whatever the types. */
  public Tally triggerIdentification() {
    return triggers(g -> true, p -> true, (g, p) -> true);
  }

  /**
   * Trigger identification among the events the mapping can speak of: gold events of the KAIROS
   * types it gives, sitrep events it maps to one.
   */
  public Tally triggerIdentificationInScope() {
    return triggers(g -> mappableTypes.contains(g.type()), p -> p.kairos() != null, (g, p) -> true);
  }

  /**
   * Trigger classification: a matched trigger whose mapped type equals the gold type (or, with
   * {@code subtypeOnly}, its first two parts), over all gold events and the mapped sitrep events.
   */
  public Tally triggerClassification(boolean subtypeOnly) {
    return triggers(
        g -> true,
        p -> p.kairos() != null,
        (g, p) ->
            p.kairos() != null
                && (subtypeOnly
                    ? EventMatching.subtype(g.type()).equals(EventMatching.subtype(p.kairos()))
                    : g.type().equals(p.kairos())));
  }

  /**
   * Arguments of {@code role}.
   *
   * @param onFoundTriggers only events whose triggers matched, on both sides
   * @param coreferent whether a match through a coreferent mention counts
   */
  public Tally arguments(String role, boolean onFoundTriggers, boolean coreferent) {
    int gold = 0;
    int found = 0;
    int correct = 0;
    for (DocumentOutcome outcome : documents) {
      List<GoldEvent> events = outcome.document().events();
      for (int g = 0; g < events.size(); g++) {
        if (!onFoundTriggers || outcome.pairOfGold(g).isPresent()) {
          gold +=
              (int) events.get(g).arguments().stream().filter(a -> a.role().equals(role)).count();
        }
      }
      for (int p = 0; p < outcome.predicted().size(); p++) {
        if (!onFoundTriggers || outcome.pairOfPredicted(p).isPresent()) {
          found +=
              (int)
                  outcome.predicted().get(p).arguments().stream()
                      .filter(a -> a.role().equals(role))
                      .count();
        }
      }
      for (EventPair pair : outcome.pairs()) {
        for (ArgumentMatch match : pair.arguments()) {
          String goldRole = events.get(pair.gold()).arguments().get(match.gold()).role();
          if (goldRole.equals(role) && (coreferent || !match.coreferent())) {
            correct++;
          }
        }
      }
    }
    return new Tally(gold, found, correct);
  }

  /** The micro-average over every mapped role. */
  public Tally micro(boolean onFoundTriggers, boolean coreferent) {
    return roles.stream()
        .map(role -> arguments(role, onFoundTriggers, coreferent))
        .reduce(Tally.ZERO, Tally::plus);
  }

  /** The figures as a plain-text table ending in {@link #resultLine()}. */
  public String toTable() {
    return WikiEventsTable.of(this);
  }

  /** One grep-friendly line: {@code RESULT wikievents key=value …}. */
  public String resultLine() {
    return WikiEventsTable.resultLine(this);
  }

  /** Writes every gold event and every unmatched sitrep event as JSON Lines; replaces the file. */
  public void writeDetails(Path jsonl) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      writeDetails(writer);
    }
  }

  /** Appends the detail lines to {@code writer} (see {@link WikiEventsDetails}). */
  public void writeDetails(Writer writer) throws IOException {
    WikiEventsDetails.write(this, writer);
  }

  private interface PairTest {
    boolean test(GoldEvent gold, PredictedEvent predicted);
  }

  private Tally triggers(
      Predicate<GoldEvent> goldInScope, Predicate<PredictedEvent> foundInScope, PairTest correct) {
    int gold = 0;
    int found = 0;
    int right = 0;
    for (DocumentOutcome outcome : documents) {
      gold += (int) outcome.document().events().stream().filter(goldInScope).count();
      found += (int) outcome.predicted().stream().filter(foundInScope).count();
      for (EventPair pair : outcome.pairs()) {
        GoldEvent g = outcome.document().events().get(pair.gold());
        PredictedEvent p = outcome.predicted().get(pair.predicted());
        if (goldInScope.test(g) && foundInScope.test(p) && correct.test(g, p)) {
          right++;
        }
      }
    }
    return new Tally(gold, found, right);
  }
}
