package org.sitrep.ledger.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.sitrep.ledger.SourceEvent;
import org.sitrep.model.Argument;
import org.sitrep.model.Count;
import org.sitrep.model.Event;

/**
 * Decides whether a report is of the same real event as a ledger event, and says why.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li><b>Vetoes.</b> A ledger event that already holds a report from the same article never takes
 *       another (one article's distinct events stay distinct). A different {@code EventType} never
 *       joins. Locations in different countries never join. Dates whose day ranges are disjoint
 *       from every dated report of the ledger event never join (one day of slack when either date
 *       is day-precise).
 *   <li><b>Identity evidence.</b> A report joins when either (a) it shares a specific victim or
 *       target with the ledger event (an actor the article knows as an entity, not a state acting
 *       as a whole) and its date overlaps, or (b) both are located at district level or finer in
 *       compatible places and both dates are day-precise and overlap. Sharing only a perpetrator
 *       (say the United States) never suffices alone.
 *   <li><b>Unknown dates.</b> When the report or the whole ledger event is undated, only (a) joins,
 *       and no report may be published before the earliest day the other side's date allows: an
 *       article cannot report a death that has not happened yet.
 *   <li><b>Not vetoes.</b> Different perpetrators (sources disagree on who struck), disjoint
 *       fatality counts and places apart within one country lower the score; the merger shows them
 *       as disagreements.
 * </ol>
 *
 * <p>The score is {@code 0.5 + evidence / 2} for a join and {@code evidence / 2} otherwise, where
 * evidence (0..1) weighs the shared specific participant, date and place closeness, shared
 * perpetrators, ACLED sub-event type and counts; so a join always scores above any non-join, and
 * the caller can pick the best of several candidate ledger events. Stateless and thread-safe.
 */
public final class EventMatcher {
  private static final double SPECIFIC_PARTICIPANT = 0.35;
  private static final double SHARED_ACTOR = 0.1;
  private static final double PLACE_TIGHT = 0.2;
  private static final double PLACE_COMPATIBLE = 0.1;
  private static final double PLACE_APART = -0.2;
  private static final double SAME_SUB_EVENT = 0.05;
  private static final double COUNTS_OVERLAP = 0.05;
  private static final double COUNTS_DISJOINT = -0.15;

  /** How a report's date relates to the ledger event's dates. */
  private enum DateFit {
    DAY(0.25),
    MONTH(0.15),
    YEAR(0.05),
    /** Overlaps some dated reports of the ledger event but not all (the ledger disagrees). */
    PARTIAL(0.05),
    UNKNOWN(0),
    DISJOINT(0);

    final double weight;

    DateFit(double weight) {
      this.weight = weight;
    }
  }

  private final Predicate<String> person;

  /**
   * A matcher that knows which actors are people.
   *
   * @param person whether a participant key (a ledger actor id, or "name:…" for a name no entity
   *     stands for) names one person. Design decision: only a shared person identifies an event. A
   *     shared group or force ("ISAF", "Afghan forces") is the target of countless attacks and
   *     identifies none; joining on it merged unrelated attacks months apart.
   */
  public EventMatcher(Predicate<String> person) {
    this.person = Objects.requireNonNull(person, "person");
  }

  /** Is {@code report} the same real event as the ledger event made of {@code ledgerEvent}? */
  public EventMatch match(SourceEvent report, List<SourceEvent> ledgerEvent) {
    Objects.requireNonNull(report, "report");
    if (ledgerEvent.isEmpty()) {
      throw new IllegalArgumentException("a ledger event needs at least one report, got none");
    }
    Optional<String> veto = veto(report, ledgerEvent);
    if (veto.isPresent()) {
      return new EventMatch(false, 0, veto.get());
    }
    List<String> reasons = new ArrayList<>();
    boolean specific = sharedSpecific(report, ledgerEvent, reasons);
    DateFit dates = dates(report, ledgerEvent, reasons);
    reasons.add("same type " + report.event().type());
    if (dates == DateFit.DISJOINT) {
      return new EventMatch(false, 0, String.join("; ", reasons));
    }
    double evidence = dates.weight + (specific ? SPECIFIC_PARTICIPANT : 0);
    evidence += actors(report, ledgerEvent, reasons);
    LocationFit.Fit place = placeFit(report, ledgerEvent);
    boolean tightPlace = tightPlace(report, ledgerEvent);
    evidence += place(report, ledgerEvent, place, tightPlace, reasons);
    evidence += subEvent(report, ledgerEvent, reasons) + counts(report, ledgerEvent, reasons);
    boolean same = decide(report, ledgerEvent, dates, specific, tightPlace, reasons);
    double bounded = Math.max(0, Math.min(1, evidence));
    return new EventMatch(same, same ? 0.5 + bounded / 2 : bounded / 2, String.join("; ", reasons));
  }

  private static Optional<String> veto(SourceEvent report, List<SourceEvent> ledgerEvent) {
    Event event = report.event();
    for (SourceEvent other : ledgerEvent) {
      if (other.articleId().equals(report.articleId())) {
        return Optional.of(
            "same article "
                + report.articleId()
                + " already reports "
                + other.event().id()
                + " in this ledger event: one article's events stay distinct");
      }
      if (other.event().type() != event.type()) {
        return Optional.of("different types " + event.type() + " / " + other.event().type());
      }
      if (LocationFit.fit(event.location(), other.event().location())
          == LocationFit.Fit.OTHER_COUNTRY) {
        return Optional.of(
            "different countries "
                + event.location().countryCode()
                + " / "
                + other.event().location().countryCode());
      }
    }
    return Optional.empty();
  }

  private static DateFit dates(
      SourceEvent report, List<SourceEvent> ledgerEvent, List<String> reasons) {
    Optional<DayRange> own = DayRange.of(report.event().date());
    List<DayRange> theirs = ledgerRanges(ledgerEvent);
    String shown = Display.date(report.event().date()) + " / " + ledgerDates(ledgerEvent);
    if (own.isEmpty() || theirs.isEmpty()) {
      reasons.add("date unknown (" + shown + ")");
      return DateFit.UNKNOWN;
    }
    long overlapping = theirs.stream().filter(own.get()::overlapsWithSlack).count();
    if (overlapping == 0) {
      reasons.add("dates disjoint (" + shown + ")");
      return DateFit.DISJOINT;
    }
    if (overlapping < theirs.size()) {
      reasons.add("dates overlap some reports (" + shown + ")");
      return DateFit.PARTIAL;
    }
    reasons.add("dates overlap (" + shown + ")");
    // A day-precise report meeting a day-precise report of the ledger event (and overlapping all
    // others) pins the day, even when another source only gives the month.
    if (own.get().dayPrecise() && theirs.stream().anyMatch(DayRange::dayPrecise)) {
      return DateFit.DAY;
    }
    DayRange coarsest = own.get();
    for (DayRange range : theirs) {
      coarsest = days(range) > days(coarsest) ? range : coarsest;
    }
    return days(coarsest) <= 31 ? DateFit.MONTH : DateFit.YEAR;
  }

  private static long days(DayRange range) {
    return range.last().toEpochDay() - range.first().toEpochDay() + 1;
  }

  private static List<DayRange> ledgerRanges(List<SourceEvent> ledgerEvent) {
    List<DayRange> ranges = new ArrayList<>();
    ledgerEvent.forEach(r -> DayRange.of(r.event().date()).ifPresent(ranges::add));
    return ranges;
  }

  private static String ledgerDates(List<SourceEvent> ledgerEvent) {
    return ledgerEvent.stream()
        .map(r -> Display.date(r.event().date()))
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /** Whether the report shares a specific victim or target with the ledger event. */
  private boolean sharedSpecific(
      SourceEvent report, List<SourceEvent> ledgerEvent, List<String> reasons) {
    Set<String> victims = new LinkedHashSet<>();
    Set<String> targets = new LinkedHashSet<>();
    for (SourceEvent other : ledgerEvent) {
      victims.addAll(ActorKeys.matchKeys(other.event().victims()));
      targets.addAll(ActorKeys.matchKeys(other.event().targets()));
    }
    Set<String> recipients = new LinkedHashSet<>(victims);
    recipients.addAll(targets);
    for (Argument argument : recipients(report.event())) {
      String key = ActorKeys.matchKey(argument);
      boolean victimOfBoth = victims.contains(key) && report.event().victims().contains(argument);
      if (key != null && person.test(key) && recipients.contains(key)) {
        reasons.add((victimOfBoth ? "same victim " : "same target ") + key);
        return true;
      }
    }
    return false;
  }

  private static List<Argument> recipients(Event event) {
    List<Argument> recipients = new ArrayList<>(event.victims());
    recipients.addAll(event.targets());
    return recipients;
  }

  /** Evidence from perpetrators: shared ones count a little, different ones are only noted. */
  private static double actors(
      SourceEvent report, List<SourceEvent> ledgerEvent, List<String> reasons) {
    Set<String> own = ActorKeys.matchKeys(report.event().actors());
    Set<String> theirs = new LinkedHashSet<>();
    ledgerEvent.forEach(r -> theirs.addAll(ActorKeys.matchKeys(r.event().actors())));
    Set<String> shared = new LinkedHashSet<>(own);
    shared.retainAll(theirs);
    if (!shared.isEmpty()) {
      reasons.add("same actor " + String.join(", ", shared));
      return SHARED_ACTOR;
    }
    if (!own.isEmpty() && !theirs.isEmpty()) {
      // Design decision: not a veto. Sources often disagree on who struck; the merger shows it.
      reasons.add(
          "different actors (" + String.join(", ", own) + " / " + String.join(", ", theirs) + ")");
    }
    return 0;
  }

  /** The worst fit between the report's location and any ledger report's (no other country). */
  private static LocationFit.Fit placeFit(SourceEvent report, List<SourceEvent> ledgerEvent) {
    return ledgerEvent.stream()
        .map(r -> LocationFit.fit(report.event().location(), r.event().location()))
        .filter(fit -> fit != LocationFit.Fit.COMPATIBLE)
        .findFirst()
        .orElse(LocationFit.Fit.COMPATIBLE);
  }

  /** Whether every located report of the ledger event is at the report's district or town. */
  private static boolean tightPlace(SourceEvent report, List<SourceEvent> ledgerEvent) {
    List<SourceEvent> located =
        ledgerEvent.stream().filter(r -> r.event().location() != null).toList();
    return !located.isEmpty()
        && located.stream()
            .allMatch(r -> LocationFit.tight(report.event().location(), r.event().location()));
  }

  private static double place(
      SourceEvent report,
      List<SourceEvent> ledgerEvent,
      LocationFit.Fit fit,
      boolean tight,
      List<String> reasons) {
    if (report.event().location() == null
        || ledgerEvent.stream().allMatch(r -> r.event().location() == null)) {
      reasons.add("no location to compare");
      return 0;
    }
    String shown =
        LocationFit.display(report.event().location())
            + " / "
            + ledgerEvent.stream()
                .filter(r -> r.event().location() != null)
                .map(r -> LocationFit.display(r.event().location()))
                .distinct()
                .collect(Collectors.joining(", "));
    if (fit == LocationFit.Fit.APART) {
      reasons.add("locations apart (" + shown + ")");
      return PLACE_APART;
    }
    reasons.add((tight ? "same place (" : "locations compatible (") + shown + ")");
    return tight ? PLACE_TIGHT : PLACE_COMPATIBLE;
  }

  private static double subEvent(
      SourceEvent report, List<SourceEvent> ledgerEvent, List<String> reasons) {
    Event event = report.event();
    boolean same =
        ledgerEvent.stream()
            .anyMatch(
                r ->
                    (event.acled() != null && event.acled().equals(r.event().acled()))
                        || (event.mode() != null && event.mode().equals(r.event().mode())));
    if (same) {
      reasons.add(
          "same sub-type " + (event.acled() != null ? event.acled().subEventType() : event.mode()));
    }
    return same ? SAME_SUB_EVENT : 0;
  }

  private static double counts(
      SourceEvent report, List<SourceEvent> ledgerEvent, List<String> reasons) {
    Count own = report.event().fatalities();
    List<Count> theirs =
        ledgerEvent.stream().map(r -> r.event().fatalities()).filter(Objects::nonNull).toList();
    if (own == null || theirs.isEmpty()) {
      return 0;
    }
    String shown =
        Display.count(own)
            + " / "
            + theirs.stream().map(Display::count).distinct().collect(Collectors.joining(", "));
    if (theirs.stream().allMatch(count -> CountMerge.overlap(own, count))) {
      reasons.add("fatalities agree (" + shown + ")");
      return COUNTS_OVERLAP;
    }
    reasons.add("fatalities disagree (" + shown + ")");
    return COUNTS_DISJOINT;
  }

  private static boolean decide(
      SourceEvent report,
      List<SourceEvent> ledgerEvent,
      DateFit dates,
      boolean specific,
      boolean tightPlace,
      List<String> reasons) {
    if (dates == DateFit.UNKNOWN) {
      if (!specific) {
        reasons.add("undated: only a shared specific victim or target could join");
        return false;
      }
      return publishedInOrder(report, ledgerEvent, reasons);
    }
    // Design decision: one town or district on one day joins without any shared participant,
    // since the victims of a bombing are rarely named and sources name different culprits; two
    // bombings in one town on one day would wrongly merge, a rarer error than splitting one.
    if (specific || (dates == DateFit.DAY && tightPlace)) {
      return true;
    }
    reasons.add(
        "no shared specific victim or target, and place and day not both tight: not enough");
    return false;
  }

  /**
   * Whether no report is published before the earliest day the other side's date allows. Design
   * decision: a report with no publication date cannot be checked, so it does not join undated.
   */
  private static boolean publishedInOrder(
      SourceEvent report, List<SourceEvent> ledgerEvent, List<String> reasons) {
    Optional<DayRange> own = DayRange.of(report.event().date());
    List<SourceEvent> reporters = own.isPresent() ? ledgerEvent : List.of(report);
    Optional<LocalDate> earliest =
        own.isPresent()
            ? own.map(DayRange::first)
            : ledgerRanges(ledgerEvent).stream().map(DayRange::first).min(LocalDate::compareTo);
    if (earliest.isEmpty()) {
      return true;
    }
    for (SourceEvent reporter : reporters) {
      if (reporter.published() == null) {
        reasons.add("published on an unknown day: cannot tell it follows " + earliest.get());
        return false;
      }
      if (reporter.published().isBefore(earliest.get())) {
        reasons.add(
            "published "
                + reporter.published()
                + ", before the event could have happened ("
                + earliest.get()
                + ")");
        return false;
      }
    }
    reasons.add("published " + reporters.get(0).published() + ", after " + earliest.get());
    return true;
  }
}
