package org.sitrep.ledger.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.ledger.SourceEvent;
import org.sitrep.model.EventDate;

/** Merges the sources' dates of one ledger event. */
final class DateMerge {
  private DateMerge() {}

  /** The merged date and the days it allows (null when no source dates the event). */
  record Merged(EventDate date, DayRange days) {}

  /**
   * The most precise source value inside the days every source allows; when the sources share no
   * day, the value most sources give (ties: the earliest-published report's), with a disagreement
   * added to {@code disagreements}.
   *
   * @param ordered the reports, earliest-published first
   */
  static Merged merge(List<SourceEvent> ordered, List<Disagreement> disagreements) {
    List<SourceEvent> dated =
        ordered.stream().filter(r -> r.event().date().value() != null).toList();
    if (dated.isEmpty()) {
      return new Merged(EventDate.unknown(), null);
    }
    Optional<DayRange> common = Optional.of(range(dated.get(0)));
    for (SourceEvent report : dated) {
      common = common.flatMap(range -> range.intersect(range(report)));
    }
    SourceEvent chosen;
    if (common.isPresent()) {
      // Design decision: years, months and days nest or are disjoint, so the common days are
      // exactly the finest source value; the narrowest range inside them is that value.
      DayRange days = common.get();
      chosen =
          dated.stream()
              .filter(r -> days.encloses(range(r)))
              .min(Comparator.comparingLong(r -> length(range(r))))
              .orElseGet(() -> narrowest(dated));
    } else {
      disagreements.add(disagreement(ordered));
      chosen = mostGiven(dated);
    }
    EventDate date = chosen.event().date();
    EventDate merged = new EventDate(date.value(), date.precision(), null, null, null);
    return new Merged(merged, range(chosen));
  }

  private static DayRange range(SourceEvent report) {
    return DayRange.of(report.event().date()).orElseThrow();
  }

  private static long length(DayRange range) {
    return range.last().toEpochDay() - range.first().toEpochDay();
  }

  private static SourceEvent narrowest(List<SourceEvent> dated) {
    return dated.stream().min(Comparator.comparingLong(r -> length(range(r)))).orElseThrow();
  }

  /** The first report whose value most reports give; reports are in publication order. */
  private static SourceEvent mostGiven(List<SourceEvent> dated) {
    SourceEvent best = dated.get(0);
    long bestCount = 0;
    for (SourceEvent report : dated) {
      String value = report.event().date().value();
      long count = dated.stream().filter(r -> value.equals(r.event().date().value())).count();
      if (count > bestCount) {
        best = report;
        bestCount = count;
      }
    }
    return best;
  }

  private static Disagreement disagreement(List<SourceEvent> ordered) {
    List<SourcedValue> values = new ArrayList<>();
    for (SourceEvent report : ordered) {
      EventDate date = report.event().date();
      values.add(
          new SourcedValue(
              report.articleId(), report.event().id(), Display.date(date), date.text()));
    }
    return new Disagreement("date", values);
  }
}
