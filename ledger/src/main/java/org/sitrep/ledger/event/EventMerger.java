package org.sitrep.ledger.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.ledger.SourceEvent;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;

/**
 * Merges the reports of one real event into the ledger's view of it ({@link MergedEvent}): merged
 * values with their precision, and every disagreement between sources shown, never resolved away.
 *
 * <ul>
 *   <li>Date: the most precise source value inside the days every source allows; when they share no
 *       day, the value most sources give (ties: the earliest-published report's) and a "date"
 *       disagreement. {@code dateStart}/{@code dateEnd} are the merged value's days.
 *   <li>Location: the most precise location consistent with all others; inconsistent ones give a
 *       "location" disagreement.
 *   <li>Counts (fatalities, captured, injured): the common interval when all overlap, else the hull
 *       and a disagreement.
 *   <li>Participants: one per actor and role, with how many reports name it; reports naming
 *       perpetrators with none in common give an "actors" disagreement.
 *   <li>Type, mode and ACLED type: the most frequent (ties: the earliest-published report's).
 *       Modality: the strongest, asserted before reported, future, hypothetical, denied.
 * </ul>
 *
 * <p>Disagreements list every source's value, a silent source as "unknown" with no evidence text.
 * Stateless and thread-safe.
 */
public final class EventMerger {
  /**
   * Design decision: one source asserting an event outweighs others hedging it; a denial is the
   * weakest, since a ledger event exists because some source says it happened.
   */
  private static final List<Modality> MODALITY_STRENGTH =
      List.of(
          Modality.ASSERTED,
          Modality.REPORTED,
          Modality.FUTURE,
          Modality.HYPOTHETICAL,
          Modality.DENIED);

  /** Merges {@code reports}, the reports of one ledger event. */
  public MergedEvent merge(List<SourceEvent> reports) {
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("a ledger event needs at least one report, got none");
    }
    List<SourceEvent> ordered = byPublication(reports);
    List<Disagreement> disagreements = new ArrayList<>();
    DateMerge.Merged date = DateMerge.merge(ordered, disagreements);
    EventLocation location = LocationMerge.merge(ordered, disagreements);
    Interval fatalities =
        CountMerge.merge("fatalities", ordered, r -> r.event().fatalities(), disagreements);
    Interval captured =
        CountMerge.merge("captured", ordered, r -> r.event().captured(), disagreements);
    Interval injured =
        CountMerge.merge("injured", ordered, r -> r.event().injured(), disagreements);
    List<Participant> participants = ParticipantMerge.merge(ordered);
    disagreements.addAll(ParticipantMerge.actorDisagreement(ordered));
    EventType type = mostFrequent(ordered, r -> r.event().type());
    if (ordered.stream().map(r -> r.event().type()).distinct().count() > 1) {
      disagreements.add(typeDisagreement(ordered));
    }
    List<LocalDate> published =
        ordered.stream().map(SourceEvent::published).filter(Objects::nonNull).toList();
    return new MergedEvent(
        type,
        mostFrequent(ordered, r -> r.event().mode()),
        mostFrequent(ordered, r -> r.event().acled()),
        date.date(),
        date.days() == null ? null : date.days().first(),
        date.days() == null ? null : date.days().last(),
        location,
        fatalities,
        captured,
        injured,
        strongest(ordered),
        participants,
        ordered.size(),
        (int) ordered.stream().map(SourceEvent::origin).distinct().count(),
        published.stream().min(LocalDate::compareTo).orElse(null),
        published.stream().max(LocalDate::compareTo).orElse(null),
        disagreements);
  }

  /** The reports, earliest-published first, undated last; stable otherwise. */
  private static List<SourceEvent> byPublication(List<SourceEvent> reports) {
    return reports.stream()
        .sorted(
            Comparator.comparing(
                SourceEvent::published, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** The most frequent non-null value, the earliest report's on ties, or null when none. */
  private static <T> T mostFrequent(List<SourceEvent> ordered, Function<SourceEvent, T> field) {
    List<T> values = ordered.stream().map(field).filter(Objects::nonNull).toList();
    T best = null;
    long bestCount = 0;
    for (T value : values) {
      long count = values.stream().filter(value::equals).count();
      if (count > bestCount) {
        best = value;
        bestCount = count;
      }
    }
    return best;
  }

  private static Modality strongest(List<SourceEvent> ordered) {
    return ordered.stream()
        .map(r -> r.event().modality())
        .min(Comparator.comparingInt(MODALITY_STRENGTH::indexOf))
        .orElseThrow();
  }

  private static Disagreement typeDisagreement(List<SourceEvent> ordered) {
    return new Disagreement(
        "type",
        ordered.stream()
            .map(
                r ->
                    new SourcedValue(
                        r.articleId(),
                        r.event().id(),
                        r.event().type().name(),
                        r.event().trigger().text()))
            .toList());
  }
}
