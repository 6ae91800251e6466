package org.sitrep.eval.acled;

import java.util.Locale;

/** The plain-text layout of a {@link CaseReport}. */
final class CaseTable {
  private static final String NL = System.lineSeparator();
  private static final int CONFUSIONS = 15;

  private CaseTable() {}

  static String of(CaseReport report) {
    LabelScore acled = report.acled();
    LabelScore all = report.all();
    StringBuilder table = new StringBuilder();
    table.append(
        format(
            "case2021 dev: %d snippets, %d with an ACLED gold code; rule %s; %d with no coded event,"
                + " %d failed%n",
            report.outcomes().size(),
            acled.n(),
            report.rule().label(),
            report.uncoded(),
            report.failures().size()));
    table.append(summary("ACLED sub-event types (headline)", acled));
    table.append(summary("all snippets, non-ACLED as one class", all));
    table.append(NL).append(classes(acled));
    table.append(NL).append(confusions(acled));
    table.append(NL).append(rules(report));
    if (!report.failures().isEmpty()) {
      table.append(NL).append("extractor failures (scored as no event):").append(NL);
      report
          .failures()
          .forEach(f -> table.append(format("  %s: %s%n", f.snippet().id(), f.failure())));
    }
    table.append(resultLine(report)).append(NL);
    return table.toString();
  }

  static String resultLine(CaseReport report) {
    LabelScore acled = report.acled();
    LabelScore all = report.all();
    return format(
        "RESULT case2021 snippets=%d acled_snippets=%d rule=%s accuracy=%.3f weighted_f1=%.3f"
            + " macro_f1=%.3f all_accuracy=%.3f all_weighted_f1=%.3f all_macro_f1=%.3f"
            + " uncoded=%d failed=%d",
        report.outcomes().size(),
        acled.n(),
        report.rule().label(),
        acled.accuracy(),
        acled.weightedF1(),
        acled.macroF1(),
        all.accuracy(),
        all.weightedF1(),
        all.macroF1(),
        report.uncoded(),
        report.failures().size());
  }

  /** Every rule's figures, so the headline rule's choice can be re-checked on each run. */
  private static String rules(CaseReport report) {
    StringBuilder table = new StringBuilder();
    table.append("snippet rules (ACLED view | all view):").append(NL);
    for (SnippetRule rule : SnippetRule.values()) {
      LabelScore a = report.acled(rule);
      LabelScore b = report.all(rule);
      table.append(
          format(
              "  %-14s acc %5.1f%%  weighted F1 %.3f  macro F1 %.3f | acc %5.1f%%  weighted F1"
                  + " %.3f%n",
              rule.label(),
              100 * a.accuracy(),
              a.weightedF1(),
              a.macroF1(),
              100 * b.accuracy(),
              b.weightedF1()));
    }
    return table.toString();
  }

  private static String summary(String title, LabelScore score) {
    return format(
        "%-40s %4d snippets  accuracy %5.1f%%  weighted F1 %.3f  macro F1 %.3f%n",
        title, score.n(), 100 * score.accuracy(), score.weightedF1(), score.macroF1());
  }

  private static String classes(LabelScore score) {
    StringBuilder table = new StringBuilder();
    table.append(
        format(
            "%-30s %7s %9s %7s %6s %6s %6s%n",
            "class (ACLED view)", "support", "predicted", "correct", "P", "R", "F1"));
    for (ClassScore c : score.classes()) {
      table.append(
          format(
              "%-30s %7d %9d %7d %6.3f %6.3f %6.3f%n",
              c.label(),
              c.support(),
              c.predicted(),
              c.correct(),
              c.precision(),
              c.recall(),
              c.f1()));
    }
    return table.toString();
  }

  private static String confusions(LabelScore score) {
    StringBuilder table = new StringBuilder();
    table.append(format("top confusions (gold -> predicted, ACLED view):%n"));
    score.confusions().stream()
        .limit(CONFUSIONS)
        .forEach(
            c -> table.append(format("  %3d  %s -> %s%n", c.count(), c.gold(), c.predicted())));
    return table.toString();
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
