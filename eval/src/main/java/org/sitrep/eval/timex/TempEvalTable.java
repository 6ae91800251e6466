package org.sitrep.eval.timex;

import java.util.Locale;

/** Formats a {@link TempEvalReport} as plain text. */
final class TempEvalTable {
  private static final String NL = System.lineSeparator();

  private TempEvalTable() {}

  static String of(TempEvalReport report) {
    StringBuilder table = new StringBuilder();
    table.append(
        format(
            "tempeval %s: %d documents, %d gold time expressions%n",
            report.set(), report.documents(), report.gold().size()));
    table.append(
        format(
            "%-8s %6s | %-20s | %-20s | %-13s | %-13s%n",
            "", "", "strict span", "relaxed span", "type", "value"));
    table.append(
        format(
            "%-8s %6s | %6s %6s %6s | %6s %6s %6s | %6s %6s | %6s %6s%n",
            "system", "found", "P", "R", "F1", "P", "R", "F1", "acc", "F1", "acc", "F1"));
    for (String system : report.systems()) {
      TimexScore s = report.score(system);
      table.append(
          format(
              "%-8s %6d | %6.1f %6.1f %6.1f | %6.1f %6.1f %6.1f | %6.1f %6.1f | %6.1f %6.1f%n",
              system,
              s.found(),
              100 * s.strictPrecision(),
              100 * s.strictRecall(),
              100 * s.strictF1(),
              100 * s.relaxedPrecision(),
              100 * s.relaxedRecall(),
              100 * s.relaxedF1(),
              100 * s.typeAccuracy(),
              100 * s.typeF1(),
              100 * s.valueAccuracy(),
              100 * s.valueF1()));
    }
    table.append(
        "  (relaxed: any overlap, one to one; type and value judged on relaxed matches, accuracy"
            + " = correct/matched, F1 = 2*correct/(found+gold); values compared as strings after"
            + " trimming and upper-casing)"
            + NL);
    for (String line : report.resultLines()) {
      table.append(line).append(NL);
    }
    return table.toString();
  }

  static String resultLine(TempEvalReport report) {
    StringBuilder line =
        new StringBuilder(
            format(
                "RESULT tempeval %s documents=%d gold=%d",
                report.set(), report.documents(), report.gold().size()));
    for (String system : report.systems()) {
      TimexScore s = report.score(system);
      String key = system.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
      line.append(
          format(
              " %1$s_found=%2$d %1$s_strict_p=%3$.3f %1$s_strict_r=%4$.3f %1$s_strict_f1=%5$.3f"
                  + " %1$s_relaxed_p=%6$.3f %1$s_relaxed_r=%7$.3f %1$s_relaxed_f1=%8$.3f"
                  + " %1$s_type_acc=%9$.3f %1$s_type_f1=%10$.3f %1$s_value_acc=%11$.3f"
                  + " %1$s_value_f1=%12$.3f",
              key,
              s.found(),
              s.strictPrecision(),
              s.strictRecall(),
              s.strictF1(),
              s.relaxedPrecision(),
              s.relaxedRecall(),
              s.relaxedF1(),
              s.typeAccuracy(),
              s.typeF1(),
              s.valueAccuracy(),
              s.valueF1()));
    }
    return line.toString();
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
