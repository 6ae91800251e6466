package org.sitrep.ledger.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.AcledType;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;

/**
 * One real event as the ledger shows it: values merged over every source, their precision, and
 * every disagreement between sources. The sources' own values stay with the reports.
 *
 * @param date the merged date: the most precise value every source's date allows, or, when the
 *     sources disagree, the value most sources give (the disagreement lists them all)
 * @param dateStart first day the merged date allows, or null when no source dates the event
 * @param dateEnd last day the merged date allows, or null
 * @param location the most precise location consistent with the others, or null
 * @param fatalities merged interval over the sources that give a count, or null
 * @param modality the strongest modality among the reports (asserted before reported …)
 * @param sources number of reports
 * @param independentSources number of distinct origins (wire copies count once)
 * @param firstReported earliest publication date among the reports, or null
 * @param lastReported latest publication date among the reports, or null
 */
public record MergedEvent(
    EventType type,
    String mode,
    AcledType acled,
    EventDate date,
    LocalDate dateStart,
    LocalDate dateEnd,
    EventLocation location,
    Interval fatalities,
    Interval captured,
    Interval injured,
    Modality modality,
    List<Participant> participants,
    int sources,
    int independentSources,
    LocalDate firstReported,
    LocalDate lastReported,
    List<Disagreement> disagreements) {
  public MergedEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(modality, "modality");
    participants = List.copyOf(participants);
    disagreements = List.copyOf(disagreements);
  }
}
