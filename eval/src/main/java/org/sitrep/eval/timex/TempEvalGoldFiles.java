package org.sitrep.eval.timex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.TimexType;

/**
 * Reads one TempEval-3 set: {@code NAME.input.jsonl} (what a system reads: {@code id}, {@code
 * text}, {@code published}, the document creation time) and {@code NAME.gold.jsonl} ({@code id},
 * {@code times}: {@code start}, {@code end}, {@code text}, {@code type}, {@code value}).
 *
 * <p>The two files are paired line by line and each pair must carry the same id, so a reordered
 * file fails rather than scoring one document's times against another's text.
 */
public final class TempEvalGoldFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TempEvalGoldFiles() {}

  /**
   * Every document of {@code set} in {@code dir}, in file order.
   *
   * @throws IllegalArgumentException when the files disagree or a line is malformed, naming the
   *     file, line and field
   */
  public static List<TimexDocument> read(Path dir, TempEvalSet set) throws IOException {
    Path inputFile = dir.resolve(set.inputFile());
    Path goldFile = dir.resolve(set.goldFile());
    List<String> inputs = nonBlank(inputFile);
    List<String> golds = nonBlank(goldFile);
    if (inputs.size() != golds.size()) {
      throw new IllegalArgumentException(
          inputFile + " has " + inputs.size() + " lines but " + goldFile + " has " + golds.size());
    }
    List<TimexDocument> documents = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String where = set.inputFile() + ":" + (i + 1);
      String goldWhere = set.goldFile() + ":" + (i + 1);
      documents.add(
          document(where, goldWhere, tree(inputs.get(i), where), tree(golds.get(i), goldWhere)));
    }
    return List.copyOf(documents);
  }

  private static TimexDocument document(
      String where, String goldWhere, JsonNode input, JsonNode gold) {
    String id = required(input, "id", where);
    String goldId = required(gold, "id", goldWhere);
    if (!id.equals(goldId)) {
      throw new IllegalArgumentException(
          where + ": input id " + id + " but " + goldWhere + " has id " + goldId);
    }
    String text = required(input, "text", where);
    JsonNode times = gold.get("times");
    if (times == null || !times.isArray()) {
      throw new IllegalArgumentException(goldWhere + ": times must be a list");
    }
    List<GoldTimex> list = new ArrayList<>();
    for (JsonNode timex : times) {
      list.add(timex(timex, goldWhere));
    }
    return new TimexDocument(id, text, published(input, where), where, list);
  }

  private static GoldTimex timex(JsonNode node, String where) {
    String type = required(node, "type", where);
    try {
      return new GoldTimex(
          integer(node, "start", where),
          integer(node, "end", where),
          required(node, "text", where),
          TimexType.valueOf(type.toUpperCase(Locale.ROOT)),
          required(node, "value", where));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static LocalDate published(JsonNode input, String where) {
    JsonNode value = input.get("published");
    if (value == null || value.isNull() || value.asText().isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          where + ": published must be an ISO date (1998-01-08), got " + value.asText(), e);
    }
  }

  private static String required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(where + ": missing field " + field);
    }
    return value.asText();
  }

  private static int integer(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new IllegalArgumentException(where + ": timex " + field + " must be an integer");
    }
    return value.asInt();
  }

  private static JsonNode tree(String line, String where) {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static List<String> nonBlank(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .toList();
  }
}
