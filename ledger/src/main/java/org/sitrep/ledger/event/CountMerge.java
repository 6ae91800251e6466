package org.sitrep.ledger.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.ledger.SourceEvent;
import org.sitrep.model.Count;

/** Merges the sources' counts of one kind (killed, captured, injured) into one interval. */
final class CountMerge {
  private CountMerge() {}

  /** Whether two counts share a value; an open maximum reaches any count above the minimum. */
  static boolean overlap(Count a, Count b) {
    return (a.max() == null || b.min() <= a.max()) && (b.max() == null || a.min() <= b.max());
  }

  /**
   * The merged interval of the reports' counts, or null when no report gives one: the tightest
   * interval every count allows when they all overlap, else the hull of them all together with a
   * disagreement added to {@code disagreements}.
   *
   * <p>Design decision: pairwise overlap of intervals on a line means they share a common part, so
   * checking pairs is enough for the intersection to be non-empty.
   */
  static Interval merge(
      String field,
      List<SourceEvent> reports,
      Function<SourceEvent, Count> count,
      List<Disagreement> disagreements) {
    List<Count> counts = reports.stream().map(count).filter(Objects::nonNull).toList();
    if (counts.isEmpty()) {
      return null;
    }
    boolean allOverlap = true;
    for (int i = 0; i < counts.size(); i++) {
      for (int j = i + 1; j < counts.size(); j++) {
        allOverlap &= overlap(counts.get(i), counts.get(j));
      }
    }
    if (allOverlap) {
      long min = counts.stream().mapToLong(Count::min).max().orElseThrow();
      Optional<Long> max =
          counts.stream().map(Count::max).filter(Objects::nonNull).min(Long::compare);
      return new Interval(min, max.orElse(null));
    }
    disagreements.add(disagreement(field, reports, count));
    long min = counts.stream().mapToLong(Count::min).min().orElseThrow();
    boolean open = counts.stream().anyMatch(c -> c.max() == null);
    return new Interval(
        min, open ? null : counts.stream().mapToLong(Count::max).max().orElseThrow());
  }

  private static Disagreement disagreement(
      String field, List<SourceEvent> reports, Function<SourceEvent, Count> count) {
    List<SourcedValue> values = new ArrayList<>();
    for (SourceEvent report : reports) {
      Count value = count.apply(report);
      values.add(
          new SourcedValue(
              report.articleId(),
              report.event().id(),
              Display.count(value),
              value == null ? null : value.text()));
    }
    return new Disagreement(field, values);
  }
}
