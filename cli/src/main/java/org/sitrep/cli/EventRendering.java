package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.ledger.event.Disagreement;
import org.sitrep.ledger.event.Interval;
import org.sitrep.ledger.event.MergedEvent;
import org.sitrep.ledger.event.Participant;
import org.sitrep.ledger.event.SourcedValue;
import org.sitrep.model.EventLocation;
import org.sitrep.store.query.EventRow;

/** Ledger events in the three output formats. */
final class EventRendering {
  private EventRendering() {}

  static void write(PrintWriter out, LedgerFormat format, List<EventRow> events) {
    switch (format) {
      case jsonl -> LedgerFormat.jsonl(out, events);
      case csv -> LedgerFormat.csv(out, events.stream().map(EventRendering::flat).toList());
      case pretty -> events.forEach(e -> out.print(pretty(e)));
    }
  }

  /** One event as a readable block: merged values, disagreements, then each source. */
  static String pretty(EventRow row) {
    MergedEvent e = row.merged();
    StringBuilder text = new StringBuilder();
    text.append(row.id())
        .append("  ")
        .append(date(e))
        .append("  ")
        .append(e.type())
        .append(e.acled() == null ? "" : " (" + e.acled().subEventType() + ")")
        .append("  ")
        .append(place(e.location()))
        .append('\n');
    for (String role : List.of("actor", "target", "victim")) {
      String names = participants(e, role);
      if (!names.isEmpty()) {
        text.append("  ").append(role).append("s: ").append(names).append('\n');
      }
    }
    if (e.fatalities() != null) {
      text.append("  fatalities: ").append(interval(e.fatalities())).append('\n');
    }
    text.append(
        String.format(
            "  %s; %d source%s (%d independent), reported %s to %s%n",
            e.modality(),
            e.sources(),
            e.sources() == 1 ? "" : "s",
            e.independentSources(),
            e.firstReported(),
            e.lastReported()));
    for (Disagreement d : e.disagreements()) {
      text.append("  sources disagree on ").append(d.field()).append(":\n");
      for (SourcedValue v : d.values()) {
        text.append("    ")
            .append(v.articleId())
            .append(' ')
            .append(v.eventId())
            .append(": ")
            .append(v.value())
            .append(v.text() == null ? "" : "  \"" + v.text() + "\"")
            .append('\n');
      }
    }
    for (EventRow.Report report : row.reports()) {
      var event = report.event();
      text.append("  - ")
          .append(report.articleId())
          .append(' ')
          .append(event.id())
          .append(" (published ")
          .append(report.published())
          .append("): \"")
          .append(event.trigger().text())
          .append("\" at ")
          .append(event.trigger().start())
          .append(", date ")
          .append(event.date().value() == null ? "unknown" : event.date().value())
          .append("; ")
          .append(report.matchRule())
          .append('\n');
    }
    return text.append('\n').toString();
  }

  /** One event as one CSV row. */
  static Map<String, Object> flat(EventRow row) {
    MergedEvent e = row.merged();
    EventLocation place = e.location();
    Map<String, Object> r = LedgerFormat.row();
    r.put("id", row.id());
    r.put("date", e.date().value());
    r.put("date_precision", e.date().precision());
    r.put("type", e.type());
    r.put("acled_event_type", e.acled() == null ? null : e.acled().eventType());
    r.put("acled_sub_event_type", e.acled() == null ? null : e.acled().subEventType());
    r.put("place", place == null ? null : place.name());
    r.put("admin1", place == null ? null : place.admin1());
    r.put("country_code", place == null ? null : place.countryCode());
    r.put("latitude", place == null ? null : place.lat());
    r.put("longitude", place == null ? null : place.lon());
    r.put("actors", participants(e, "actor"));
    r.put("targets", participants(e, "target"));
    r.put("victims", participants(e, "victim"));
    r.put("fatalities", e.fatalities() == null ? null : interval(e.fatalities()));
    r.put("modality", e.modality());
    r.put("sources", e.sources());
    r.put("independent_sources", e.independentSources());
    r.put("first_reported", e.firstReported());
    r.put("last_reported", e.lastReported());
    r.put(
        "articles",
        row.reports().stream().map(EventRow.Report::articleId).collect(Collectors.joining("|")));
    r.put(
        "disagreements",
        e.disagreements().stream().map(Disagreement::field).collect(Collectors.joining("|")));
    return r;
  }

  private static String date(MergedEvent e) {
    return e.date().value() == null
        ? "undated"
        : e.date().value() + " (" + e.date().precision() + ")";
  }

  private static String place(EventLocation location) {
    if (location == null) {
      return "place unknown";
    }
    List<String> parts = new ArrayList<>(List.of(location.name()));
    if (location.admin1() != null && !location.admin1().equals(location.name())) {
      parts.add(location.admin1());
    }
    if (location.countryCode() != null) {
      parts.add(location.countryCode());
    }
    return String.join(", ", parts);
  }

  private static String participants(MergedEvent e, String role) {
    return e.participants().stream()
        .filter(p -> p.role().equals(role))
        .map(EventRendering::participant)
        .collect(Collectors.joining("; "));
  }

  private static String participant(Participant p) {
    return p.name() + (p.sources() > 1 ? " (" + p.sources() + " sources)" : "");
  }

  private static String interval(Interval i) {
    if (i.max() == null) {
      return "at least " + i.min();
    }
    return i.min() == i.max() ? Long.toString(i.min()) : i.min() + "-" + i.max();
  }
}
