package org.sitrep.eval.isaf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code dev.gold.jsonl}: one JSON object a line with {@code id}, {@code text} and {@code
 * gold} ({@code start_date}, {@code event_type}, {@code province}, {@code target_group}, {@code
 * min_killed}, {@code min_captured}, and flags this evaluation does not score).
 *
 * <p>Label lists may join two labels with ";" ({@code "airstrike;detention"}); they are split. The
 * empty label ({@code target_group: [""]}) means "none" and becomes the empty set.
 */
public final class IsafGoldFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IsafGoldFile() {}

  /**
   * Every record of {@code file}, in file order.
   *
   * @throws IllegalArgumentException when a line is not a gold record, naming the line and field
   */
  public static List<IsafGoldRecord> read(Path file) throws IOException {
    List<IsafGoldRecord> records = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          records.add(record(JSON.readTree(line), file + ":" + number));
        }
      }
    }
    return List.copyOf(records);
  }

  private static IsafGoldRecord record(JsonNode node, String where) {
    JsonNode gold = required(node, "gold", where);
    IsafFields fields =
        new IsafFields(
            required(gold, "start_date", where).asText(),
            labels(gold, "event_type", where),
            labels(gold, "province", where),
            labels(gold, "target_group", where),
            count(gold, "min_killed", where),
            count(gold, "min_captured", where));
    return new IsafGoldRecord(
        required(node, "id", where).asText(), required(node, "text", where).asText(), fields);
  }

  private static List<String> labels(JsonNode gold, String field, String where) {
    JsonNode list = required(gold, field, where);
    if (!list.isArray()) {
      throw new IllegalArgumentException(where + ": gold." + field + " must be a list");
    }
    List<String> labels = new ArrayList<>();
    for (JsonNode value : list) {
      for (String label : value.asText().split(";")) {
        if (!label.isBlank()) {
          labels.add(label.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return labels;
  }

  private static long count(JsonNode gold, String field, String where) {
    JsonNode value = required(gold, field, where);
    if (!value.canConvertToLong() || value.asLong() < 0) {
      throw new IllegalArgumentException(
          where + ": gold." + field + " must be a count >= 0, got " + value);
    }
    return value.asLong();
  }

  private static JsonNode required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(where + ": missing field " + field);
    }
    return value;
  }
}
