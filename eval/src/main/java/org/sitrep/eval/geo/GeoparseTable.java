package org.sitrep.eval.geo;

import java.util.Locale;

/** Formats a {@link GeoparseReport} as plain text. */
final class GeoparseTable {
  private static final String NL = System.lineSeparator();

  private GeoparseTable() {}

  static String of(GeoparseReport report) {
    StringBuilder table = new StringBuilder();
    table.append(
        format(
            "geoparse %s: %d articles, %d gold toponyms, %d predicted places%n",
            report.set().label(), report.articles(), report.gold(), report.predicted()));
    table.append(
        format("%-24s %11s %10s %8s %8s%n", "recognition", "correct", "precision", "recall", "F1"));
    recognition(table, "exact span", report.exactRecognition());
    recognition(table, "overlap (one to one)", report.overlapRecognition());
    int matched = report.matched().size();
    table.append(
        format("%-24s %11s %10s%n", "resolution, " + matched + " matched", "sitrep", "population"));
    errors(table, report.resolution(), report.baselineOnMatched());
    table.append(
        format(
            "%-24s %11d %10d%n",
            "  no coordinates", report.unresolved(), matched - knownAmongMatched(report)));
    table.append(
        format("%-24s %11s %10s%n", "all " + report.gold() + " gold", "end to end", "gold spans"));
    errors(table, report.endToEnd(), report.baselineOnAll());
    table.append(
        format(
            "%-24s %11s %10d%n",
            "  not found / unknown",
            String.valueOf(report.gold() - matched),
            report.gold() - report.baselineKnown()));
    table.append(
        "  (unresolved, missed and unknown toponyms count 20039 km; the population baseline takes"
            + " the most populous gazetteer place of the gold text)"
            + NL);
    table.append(resultLine(report)).append(NL);
    return table.toString();
  }

  static String resultLine(GeoparseReport report) {
    RecognitionScore exact = report.exactRecognition();
    RecognitionScore overlap = report.overlapRecognition();
    ErrorSummary resolution = report.resolution();
    ErrorSummary baseline = report.baselineOnMatched();
    ErrorSummary all = report.baselineOnAll();
    return format(
        "RESULT geoparse %s articles=%d gold=%d predicted=%d exact_p=%.3f exact_r=%.3f"
            + " exact_f1=%.3f overlap_p=%.3f overlap_r=%.3f overlap_f1=%.3f matched=%d"
            + " acc161=%.3f median_km=%.1f mean_km=%.1f auc=%.3f baseline_acc161=%.3f"
            + " baseline_auc=%.3f e2e_acc161=%.3f baseline_all_acc161=%.3f baseline_all_auc=%.3f"
            + " baseline_known=%.3f",
        report.set().label(),
        report.articles(),
        report.gold(),
        report.predicted(),
        exact.precision(),
        exact.recall(),
        exact.f1(),
        overlap.precision(),
        overlap.recall(),
        overlap.f1(),
        resolution.n(),
        resolution.accuracy161(),
        resolution.medianKm(),
        resolution.meanKm(),
        resolution.auc(),
        baseline.accuracy161(),
        baseline.auc(),
        report.endToEnd().accuracy161(),
        all.accuracy161(),
        all.auc(),
        report.gold() == 0 ? Double.NaN : (double) report.baselineKnown() / report.gold());
  }

  private static void recognition(StringBuilder table, String label, RecognitionScore score) {
    table.append(
        format(
            "  %-22s %11s %9.1f%% %7.1f%% %7.1f%%%n",
            label,
            score.correct() + "/" + score.predicted(),
            100 * score.precision(),
            100 * score.recall(),
            100 * score.f1()));
  }

  private static void errors(StringBuilder table, ErrorSummary system, ErrorSummary baseline) {
    table.append(
        format(
            "  %-22s %10.1f%% %9.1f%%%n",
            "acc@161", 100 * system.accuracy161(), 100 * baseline.accuracy161()));
    table.append(
        format(
            "  %-22s %11.1f %10.1f%n", "median error km", system.medianKm(), baseline.medianKm()));
    table.append(
        format("  %-22s %11.1f %10.1f%n", "mean error km", system.meanKm(), baseline.meanKm()));
    table.append(
        format("  %-22s %11.3f %10.3f%n", "AUC (lower is better)", system.auc(), baseline.auc()));
  }

  private static int knownAmongMatched(GeoparseReport report) {
    return (int) report.matched().stream().filter(t -> t.baseline() != null).count();
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
