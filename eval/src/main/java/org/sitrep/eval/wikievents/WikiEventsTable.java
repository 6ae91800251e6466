package org.sitrep.eval.wikievents;

import java.util.Locale;
import org.sitrep.eval.Tally;

/** Formats a {@link WikiEventsReport} as plain text. */
final class WikiEventsTable {
  private static final String NL = System.lineSeparator();
  private static final String ROW = "%-36s %6d %6d %6d | %6.1f %6.1f %6.1f%n";
  private static final String HEAD = "%-36s %6s %6s %6s | %6s %6s %6s%n";

  private WikiEventsTable() {}

  static String of(WikiEventsReport report) {
    StringBuilder table = new StringBuilder();
    table.append(
        format(
            "wikievents dev: %d documents, %d gold events, %d sitrep events%n",
            report.documents().size(), report.goldEvents(), report.predictedEvents()));
    table.append(format(HEAD, "triggers", "gold", "found", "right", "P", "R", "F1"));
    row(table, "identification", report.triggerIdentification());
    row(table, "identification, mappable types", report.triggerIdentificationInScope());
    row(table, "classification, type.subtype", report.triggerClassification(true));
    row(table, "classification, full type", report.triggerClassification(false));
    for (boolean onFound : new boolean[] {false, true}) {
      table.append(
          format(
              HEAD,
              onFound ? "arguments on found triggers" : "arguments end to end",
              "gold",
              "found",
              "right",
              "P",
              "R",
              "F1"));
      for (String role : report.roles()) {
        Tally tally = report.arguments(role, onFound, true);
        if (tally.gold() + tally.found() > 0) {
          row(table, "  " + role, tally);
        }
      }
      row(table, "  micro", report.micro(onFound, true));
      row(table, "  micro, gold mention only", report.micro(onFound, false));
    }
    table.append(
        "  (triggers match by overlap, one to one; an argument matches a gold one of the same"
            + " role in the matched event when its span overlaps the gold mention, or the"
            + " informative mention dev_info gives the same argument; 'gold mention only' drops"
            + " the latter)"
            + NL);
    table.append(resultLine(report)).append(NL);
    return table.toString();
  }

  static String resultLine(WikiEventsReport report) {
    StringBuilder line =
        new StringBuilder(
            format(
                "RESULT wikievents documents=%d gold_events=%d sitrep_events=%d",
                report.documents().size(), report.goldEvents(), report.predictedEvents()));
    prf(line, "trig_id", report.triggerIdentification());
    prf(line, "trig_id_mappable", report.triggerIdentificationInScope());
    prf(line, "trig_cls_subtype", report.triggerClassification(true));
    prf(line, "trig_cls", report.triggerClassification(false));
    prf(line, "arg", report.micro(false, true));
    line.append(format(" arg_mention_only_f1=%.3f", report.micro(false, false).f1()));
    prf(line, "arg_found", report.micro(true, true));
    for (String role : report.roles()) {
      Tally tally = report.arguments(role, false, true);
      if (tally.gold() + tally.found() > 0) {
        line.append(format(" %s_f1=%.3f", role.toLowerCase(Locale.ROOT), tally.f1()));
      }
    }
    return line.toString();
  }

  private static void prf(StringBuilder line, String key, Tally tally) {
    line.append(
        format(
            " %1$s_p=%2$.3f %1$s_r=%3$.3f %1$s_f1=%4$.3f",
            key, tally.precision(), tally.recall(), tally.f1()));
  }

  private static void row(StringBuilder table, String label, Tally tally) {
    table.append(
        format(
            ROW,
            label,
            tally.gold(),
            tally.found(),
            tally.correct(),
            100 * tally.precision(),
            100 * tally.recall(),
            100 * tally.f1()));
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
