package org.sitrep.eval.isaf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The scores of one ISAF evaluation, with every record's gold and prediction for a closer look.
 * Accuracies are shares in [0, 1] of the {@code n} records; the MAEs are mean absolute errors of
 * the counts, in people.
 *
 * @param rejected how many articles the extractor rejected (they score as empty predictions)
 * @param records one comparison per record, in input order
 */
public record IsafReport(
    int n,
    int rejected,
    double dateAccuracy,
    double eventTypeAccuracy,
    double provinceAccuracy,
    double provinceFirstAccuracy,
    double targetGroupAccuracy,
    double killedAccuracy,
    double capturedAccuracy,
    double killedMae,
    double capturedMae,
    List<IsafComparison> records) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public IsafReport {
    records = List.copyOf(records);
    if (n != records.size()) {
      throw new IllegalArgumentException(
          "n must be the number of records: n=" + n + ", records=" + records.size());
    }
  }

  /**
   * Scores {@code records}.
   *
   * @throws IllegalArgumentException when there are none: an accuracy over nothing means nothing
   */
  public static IsafReport of(List<IsafComparison> records) {
    if (records.isEmpty()) {
      throw new IllegalArgumentException("an ISAF report needs at least one record");
    }
    return new IsafReport(
        records.size(),
        (int) records.stream().filter(IsafComparison::rejected).count(),
        share(records, IsafField.DATE),
        share(records, IsafField.EVENT_TYPE),
        share(records, IsafField.PROVINCE),
        share(records, IsafField.PROVINCE_FIRST),
        share(records, IsafField.TARGET_GROUP),
        share(records, IsafField.KILLED),
        share(records, IsafField.CAPTURED),
        meanAbsoluteError(records, IsafFields::killed),
        meanAbsoluteError(records, IsafFields::captured),
        records);
  }

  /** How many records get {@code field} right. */
  public int correct(IsafField field) {
    return (int) records.stream().filter(r -> r.correct(field)).count();
  }

  /** The share of records that get {@code field} right. */
  public double accuracy(IsafField field) {
    return switch (field) {
      case DATE -> dateAccuracy;
      case EVENT_TYPE -> eventTypeAccuracy;
      case PROVINCE -> provinceAccuracy;
      case PROVINCE_FIRST -> provinceFirstAccuracy;
      case TARGET_GROUP -> targetGroupAccuracy;
      case KILLED -> killedAccuracy;
      case CAPTURED -> capturedAccuracy;
    };
  }

  /** The records that get at least one field wrong, in input order. */
  public List<IsafComparison> mismatches() {
    return records.stream().filter(r -> !r.mismatches().isEmpty()).toList();
  }

  /** The figures as an aligned plain-text table, one field a line, ending in a newline. */
  public String toTable() {
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT, "ISAF evaluation: %d press releases, %d rejected%n", n, rejected));
    table.append(
        String.format(Locale.ROOT, "%-15s %9s %9s %7s%n", "field", "correct", "accuracy", "MAE"));
    for (IsafField field : IsafField.values()) {
      String mae =
          switch (field) {
            case KILLED -> String.format(Locale.ROOT, "%7.2f", killedMae);
            case CAPTURED -> String.format(Locale.ROOT, "%7.2f", capturedMae);
            default -> "";
          };
      table.append(
          String.format(
                  Locale.ROOT,
                  "%-15s %9s %8.1f%% %s",
                  field.label(),
                  correct(field) + "/" + n,
                  100 * accuracy(field),
                  mae)
              .stripTrailing());
      table.append(System.lineSeparator());
    }
    return table.toString();
  }

  /**
   * Writes every record as one JSON line: {@code id}, {@code rejected}, {@code mismatches} (the
   * labels of the fields it gets wrong, empty when all are right), {@code gold} and {@code
   * predicted} (each with {@code start_date}, {@code event_type}, {@code province}, {@code
   * target_group}, {@code min_killed}, {@code min_captured}). Replaces {@code jsonl} if it exists.
   */
  public void writeDetails(Path jsonl) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      for (IsafComparison record : records) {
        writer.write(JSON.writeValueAsString(detail(record)));
        writer.newLine();
      }
    }
  }

  private static ObjectNode detail(IsafComparison record) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", record.id());
    node.put("rejected", record.rejected());
    ArrayNode mismatches = node.putArray("mismatches");
    record.mismatches().forEach(field -> mismatches.add(field.label()));
    node.set("gold", fields(record.gold()));
    node.set("predicted", fields(record.predicted()));
    return node;
  }

  private static ObjectNode fields(IsafFields fields) {
    ObjectNode node = JSON.createObjectNode();
    node.put("start_date", fields.date());
    fields.eventTypes().forEach(node.putArray("event_type")::add);
    fields.provinces().forEach(node.putArray("province")::add);
    fields.targetGroups().forEach(node.putArray("target_group")::add);
    node.put("min_killed", fields.killed());
    node.put("min_captured", fields.captured());
    return node;
  }

  private static double share(List<IsafComparison> records, IsafField field) {
    return (double) records.stream().filter(r -> r.correct(field)).count() / records.size();
  }

  private static double meanAbsoluteError(
      List<IsafComparison> records, ToLongFunction<IsafFields> count) {
    return records.stream()
        .mapToLong(r -> Math.abs(count.applyAsLong(r.gold()) - count.applyAsLong(r.predicted())))
        .average()
        .orElseThrow();
  }
}
