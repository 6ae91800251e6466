package org.sitrep.eval;

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

/**
 * A gold set in two JSON Lines files, {@code NAME.input.jsonl} (what the system reads) and {@code
 * NAME.gold.jsonl} (the answers), paired line by line; with the readers of the fields they share.
 *
 * @param number the line number in both files, from 1
 * @param where the input file and line ("lgl.input.jsonl:3"), for messages
 * @param goldWhere the gold file and line
 */
public record PairedJsonLines(
    int number, String where, String goldWhere, JsonNode input, JsonNode gold) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The non-blank lines of both files, paired in order.
   *
   * @throws IllegalArgumentException when the files have different line counts or a line is not
   *     JSON, naming the file and line
   */
  public static List<PairedJsonLines> read(Path inputFile, Path goldFile) throws IOException {
    List<String> inputs = nonBlank(inputFile);
    List<String> golds = nonBlank(goldFile);
    if (inputs.size() != golds.size()) {
      throw new IllegalArgumentException(
          inputFile + " has " + inputs.size() + " lines but " + goldFile + " has " + golds.size());
    }
    List<PairedJsonLines> pairs = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String where = inputFile.getFileName() + ":" + (i + 1);
      String goldWhere = goldFile.getFileName() + ":" + (i + 1);
      pairs.add(
          new PairedJsonLines(
              i + 1, where, goldWhere, tree(inputs.get(i), where), tree(golds.get(i), goldWhere)));
    }
    return List.copyOf(pairs);
  }

  /** The input line's {@code published} date, or null when absent or blank. */
  public LocalDate published() {
    String published = text(input, "published");
    if (published == null || published.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          where + ": published must be an ISO date (2009-03-20), got " + published, e);
    }
  }

  /** The field as text, or null when absent or JSON null. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The field as text; fails naming {@code where} when it is absent. */
  public static String required(JsonNode node, String field, String where) {
    String value = text(node, field);
    if (value == null) {
      throw new IllegalArgumentException(where + ": missing field " + field);
    }
    return value;
  }

  /** The field as an int; fails naming {@code where} and {@code what} holds it otherwise. */
  public static int integer(JsonNode node, String field, String what, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new IllegalArgumentException(where + ": " + what + " " + field + " must be an integer");
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
