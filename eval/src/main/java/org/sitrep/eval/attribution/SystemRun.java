package org.sitrep.eval.attribution;

import java.util.List;
import java.util.Objects;
import org.sitrep.eval.Tally;

/**
 * One system's run over the articles.
 *
 * @param system the system's name, as the command line spells it
 * @param outcomes one per article, in the articles' order
 * @param seconds wall-clock time of the run, model loading included when the system loads lazily
 */
public record SystemRun(String system, List<DocumentOutcome> outcomes, double seconds) {
  public SystemRun {
    Objects.requireNonNull(system, "system");
    outcomes = List.copyOf(outcomes);
  }

  /** Distinct spans of {@code role}, micro-averaged over the articles. */
  public Tally role(Role role, SpanMatcher matcher) {
    return outcomes.stream().map(o -> o.role(role, matcher)).reduce(Tally.ZERO, Tally::plus);
  }

  /** Attributions on source and content, or on content alone, micro-averaged. */
  public Tally attributions(SpanMatcher matcher, boolean withSource) {
    return outcomes.stream()
        .map(o -> o.attributions(matcher, withSource))
        .reduce(Tally.ZERO, Tally::plus);
  }

  public int predicted() {
    return outcomes.stream().mapToInt(o -> o.predicted().size()).sum();
  }
}
