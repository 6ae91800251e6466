package org.sitrep.eval.attribution;

import java.util.List;
import java.util.Locale;
import org.sitrep.eval.Tally;

/** Formats an {@link AttributionReport} as plain text: one block of columns per system. */
final class AttributionTable {
  private static final String NL = System.lineSeparator();
  private static final String LABEL = "%-30s";
  private static final String CELLS = " | %5d %5d %5d %5s %5s %5s";
  private static final String HEAD = " | %5s %5s %5s %5s %5s %5s";

  private AttributionTable() {}

  static String of(AttributionReport report) {
    StringBuilder table = new StringBuilder();
    table.append(
        format(
            "polnear: %d articles, %d gold attributions, %d spans, %d offset mismatches,"
                + " %d articles with code-point offsets converted%n",
            report.documents().size(),
            report.goldAttributions(),
            report.spans(),
            report.mismatches(),
            report.convertedArticles()));
    table.append(format(LABEL, ""));
    for (SystemRun run : report.runs()) {
      table.append(format(" | %-35s", run.system() + " (" + run.predicted() + " predicted)"));
    }
    table.append(NL).append(format(LABEL, "score"));
    for (int i = 0; i < report.runs().size(); i++) {
      table.append(format(HEAD, "gold", "found", "right", "P", "R", "F1"));
    }
    table.append(NL);
    for (SpanMatcher matcher : List.of(SpanMatcher.OVERLAP, SpanMatcher.EXACT)) {
      row(
          table,
          report,
          "pair (source+content), " + matcher.label(),
          r -> r.attributions(matcher, true),
          false);
    }
    for (SpanMatcher matcher : List.of(SpanMatcher.OVERLAP, SpanMatcher.EXACT)) {
      row(
          table,
          report,
          "attribution (content), " + matcher.label(),
          r -> r.attributions(matcher, false),
          false);
    }
    for (Role role : Role.values()) {
      for (SpanMatcher matcher : List.of(SpanMatcher.OVERLAP, SpanMatcher.EXACT)) {
        row(
            table,
            report,
            role.label() + " spans, " + matcher.label(),
            r -> r.role(role, matcher),
            true);
      }
    }
    footer(table, report);
    table.append(resultLine(report)).append(NL);
    return table.toString();
  }

  private interface Figure {
    Tally of(SystemRun run);
  }

  private static void row(
      StringBuilder table, AttributionReport report, String label, Figure figure, boolean role) {
    table.append(format(LABEL, label));
    for (SystemRun run : report.runs()) {
      Tally tally = figure.of(run);
      // A system that never gives a span of a role (CoreNLP has no cue) is not scored on it.
      boolean scored = !role || tally.found() > 0;
      table.append(
          format(
              CELLS,
              tally.gold(),
              tally.found(),
              tally.correct(),
              scored ? percent(tally.precision()) : "n/a",
              scored ? percent(tally.recall()) : "n/a",
              scored ? percent(tally.f1()) : "n/a"));
    }
    table.append(NL);
  }

  private static void footer(StringBuilder table, AttributionReport report) {
    StringBuilder times = new StringBuilder();
    for (SystemRun run : report.runs()) {
      times.append(times.length() == 0 ? "" : ", ");
      times.append(format("%s %.1f s", run.system(), run.seconds()));
    }
    table.append("  (time: ").append(times).append(')').append(NL);
    table.append(
        "  (micro-averaged over articles; one to one, heaviest match first; overlap: a shared"
            + " non-space char; exact: the same word chars, trimming spaces, punctuation and"
            + " quotes; spans deduplicated per article; pair: content and source match, or"
            + " content matches and neither has a source; n/a: the system gives no span of"
            + " that role)"
            + NL);
    if (report.goldWithoutContent() > 0) {
      table.append(
          format(
              "  (%d gold attributions without content count in the role rows only)%n",
              report.goldWithoutContent()));
    }
    List<String> problems = report.problems();
    if (!problems.isEmpty()) {
      table.append(format("  (%d annotation problems, first ones:)%n", problems.size()));
      problems.stream().limit(5).forEach(p -> table.append("    ").append(p).append(NL));
    }
    for (PolnearDocument document : report.multiplyAnnotated()) {
      table.append(
          format(
              "  (%s: %d annotators; scored against %s, the file name that sorts first)%n",
              document.name(), document.annotators(), document.annotator()));
    }
  }

  static String resultLine(AttributionReport report) {
    StringBuilder line = new StringBuilder("RESULT polnear pair-overlap-F1");
    for (SystemRun run : report.runs()) {
      line.append(
          format(" %s=%.3f", run.system(), run.attributions(SpanMatcher.OVERLAP, true).f1()));
    }
    return line.toString();
  }

  private static String percent(double value) {
    return format("%.1f", 100 * value);
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
