package org.sitrep.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.ledger.event.Disagreement;
import org.sitrep.ledger.event.Interval;
import org.sitrep.ledger.event.MergedEvent;
import org.sitrep.ledger.event.Participant;
import org.sitrep.ledger.event.SourcedValue;
import org.sitrep.model.AcledType;
import org.sitrep.model.EventLocation;
import org.sitrep.store.query.EventRow;

/**
 * Ledger events as CSV in ACLED's column names where sitrep can fill them honestly, then sitrep's
 * own columns. RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled, rows
 * end with CRLF.
 *
 * <p>Design decision: ACLED columns sitrep cannot fill honestly are left out rather than left empty
 * or guessed: inter1, inter2, interaction and civilian_targeting (ACLED's actor-type codes, which
 * the merged event does not carry), iso (a numeric code; sitrep has the alpha-2 code, in
 * country_code), region, admin3, source_scale, tags and timestamp (ACLED's own record-keeping).
 * event_id_cnty holds sitrep's ledger id: unique, though not ACLED's country-prefixed number.
 */
final class AcledCsvSink implements LedgerExport.EventSink {
  static final List<String> COLUMNS =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "actor2",
          "assoc_actor_2",
          "country",
          "admin1",
          "admin2",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "notes",
          "fatalities",
          "sitrep_id",
          "sitrep_type",
          "date_precision",
          "date_end",
          "country_code",
          "location_precision",
          "source_count",
          "independent_source_count",
          "sources",
          "evidence",
          "disagreements",
          "fatalities_min",
          "fatalities_max");

  private final Writer out;

  AcledCsvSink(Writer out) {
    this.out = out;
  }

  @Override
  public void begin() throws IOException {
    row(new ArrayList<>(COLUMNS));
  }

  @Override
  public boolean write(EventRow event) throws IOException {
    MergedEvent m = event.merged();
    EventLocation place = m.location();
    AcledType acled = m.acled();
    List<String> actors = names(m, "actor");
    List<String> others = names(m, "target");
    others.addAll(names(m, "victim"));
    List<String> fields = new ArrayList<>(COLUMNS.size());
    fields.add(event.id());
    // The first day the date allows; time_precision (and date_precision, date_end) say how wide.
    fields.add(text(m.dateStart()));
    fields.add(m.dateStart() == null ? "" : Integer.toString(m.dateStart().getYear()));
    fields.add(timePrecision(m));
    fields.add(acled == null ? "" : disorderType(acled));
    fields.add(acled == null ? "" : acled.eventType());
    fields.add(acled == null ? "" : acled.subEventType());
    fields.add(actors.isEmpty() ? "" : actors.get(0));
    fields.add(String.join("; ", rest(actors)));
    fields.add(others.isEmpty() ? "" : others.get(0));
    fields.add(String.join("; ", rest(others)));
    fields.add(place == null ? "" : country(place.countryCode()));
    fields.add(place == null ? "" : text(place.admin1()));
    fields.add(place == null ? "" : text(place.admin2()));
    fields.add(place == null ? "" : place.name());
    fields.add(place == null ? "" : text(place.lat()));
    fields.add(place == null ? "" : text(place.lon()));
    fields.add(place == null ? "" : geoPrecision(place));
    fields.add(outlets(event));
    fields.add(notes(m, actors, others));
    // ACLED's fatalities is one number, and ACLED codes the lowest credible figure: the merged
    // minimum. Empty, not 0, when no source gives a count: sitrep does not know it was none.
    fields.add(m.fatalities() == null ? "" : Long.toString(m.fatalities().min()));
    addSitrepColumns(fields, event);
    row(fields);
    return true;
  }

  private static void addSitrepColumns(List<String> fields, EventRow event) {
    MergedEvent m = event.merged();
    fields.add(event.id());
    fields.add(m.type().name());
    fields.add(m.date().precision().toString());
    fields.add(text(m.dateEnd()));
    fields.add(m.location() == null ? "" : text(m.location().countryCode()));
    fields.add(m.location() == null ? "" : m.location().precision().toString());
    fields.add(Integer.toString(m.sources()));
    fields.add(Integer.toString(m.independentSources()));
    fields.add(
        event.reports().stream()
            .map(EventRow.Report::articleId)
            .distinct()
            .collect(Collectors.joining("|")));
    fields.add(evidence(event));
    fields.add(disagreements(m));
    Interval deaths = m.fatalities();
    fields.add(deaths == null ? "" : Long.toString(deaths.min()));
    fields.add(deaths == null || deaths.max() == null ? "" : Long.toString(deaths.max()));
  }

  @Override
  public void end() {
    // CSV has no trailer.
  }

  /** "article/event [start,end) trigger" for each report, '|'-joined. */
  private static String evidence(EventRow event) {
    return event.reports().stream()
        .map(
            r ->
                r.articleId()
                    + "/"
                    + r.event().id()
                    + " ["
                    + r.event().trigger().start()
                    + ","
                    + r.event().trigger().end()
                    + ") "
                    + r.event().trigger().text())
        .collect(Collectors.joining(" | "));
  }

  /** "field: value (article/event); value (article/event)" per disagreement, '|'-joined. */
  private static String disagreements(MergedEvent merged) {
    List<String> parts = new ArrayList<>();
    for (Disagreement d : merged.disagreements()) {
      List<String> values = new ArrayList<>();
      for (SourcedValue v : d.values()) {
        values.add(v.value() + " (" + v.articleId() + "/" + v.eventId() + ")");
      }
      parts.add(d.field() + ": " + String.join("; ", values));
    }
    return String.join(" | ", parts);
  }

  private static String outlets(EventRow event) {
    Set<String> outlets = new LinkedHashSet<>();
    for (EventRow.Report r : event.reports()) {
      if (r.source() != null && !r.source().isBlank()) {
        outlets.add(r.source());
      }
    }
    return String.join("; ", outlets);
  }

  /** A one-line summary in place of ACLED's hand-written notes. */
  private static String notes(MergedEvent m, List<String> actors, List<String> others) {
    StringBuilder note = new StringBuilder(m.type().name());
    if (m.mode() != null) {
      note.append(" (").append(m.mode()).append(')');
    }
    if (!actors.isEmpty()) {
      note.append(" by ").append(String.join(", ", actors));
    }
    if (!others.isEmpty()) {
      note.append(" against ").append(String.join(", ", others));
    }
    if (m.location() != null) {
      note.append(" at ").append(m.location().name());
    }
    return note.append("; ").append(m.sources()).append(" report(s)").toString();
  }

  private static List<String> names(MergedEvent merged, String role) {
    List<String> names = new ArrayList<>();
    for (Participant p : merged.participants()) {
      if (p.role().equals(role) && !names.contains(p.name())) {
        names.add(p.name());
      }
    }
    return names;
  }

  private static List<String> rest(List<String> names) {
    return names.size() <= 1 ? List.of() : names.subList(1, names.size());
  }

  /** ACLED: 1 the day is known, 2 a week or a few days, 3 a month or more. */
  private static String timePrecision(MergedEvent merged) {
    return switch (merged.date().precision()) {
      case DAY -> "1";
      case MONTH, YEAR -> "3";
      case UNKNOWN -> "";
    };
  }

  /** ACLED: 1 a town, 2 near a town or a district, 3 a province or larger. */
  private static String geoPrecision(EventLocation place) {
    return switch (place.precision()) {
      case POINT -> "1";
      case ADMIN2 -> "2";
      case ADMIN1, COUNTRY, REGION -> "3";
      case UNKNOWN -> "";
    };
  }

  /** ACLED's disorder type follows from the event and sub-event type (ACLED codebook). */
  private static String disorderType(AcledType acled) {
    return switch (acled.eventType()) {
      case "Battles", "Explosions/Remote violence" -> "Political violence";
      case "Violence against civilians" ->
          acled.subEventType().equals("Excessive force against protesters")
              ? "Political violence; Demonstrations"
              : "Political violence";
      case "Protests" -> "Demonstrations";
      case "Riots" ->
          acled.subEventType().equals("Mob violence") ? "Political violence" : "Demonstrations";
      case "Strategic developments" -> "Strategic developments";
      default -> "";
    };
  }

  private static String country(String code) {
    return code == null
        ? ""
        : new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private void row(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(Csv.field(fields.get(i)));
    }
    out.write("\r\n");
  }
}
