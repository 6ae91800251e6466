package org.sitrep.eval.geo;

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
 * Reads one geoparsing gold set: {@code NAME.input.jsonl} (what sitrep reads: {@code id}, {@code
 * text}, optional {@code title} and {@code published}) and {@code NAME.gold.jsonl} ({@code id},
 * {@code toponyms}: {@code start}, {@code end}, {@code text}, {@code lat}, {@code lon}, {@code
 * geonames_id}).
 *
 * <p>Design decision: the two files are paired line by line, not by id, because GeoVirus gives no
 * ids (they are null). Where both lines carry an id they must agree, so a reordered file fails
 * rather than scoring one article's toponyms against another's text.
 */
public final class GeoparseGoldFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoparseGoldFiles() {}

  /**
   * Every article of {@code set} in {@code dir}, in file order.
   *
   * @throws IllegalArgumentException when the files disagree or a line is malformed, naming the
   *     file, line and field
   */
  public static List<GoldArticle> read(Path dir, GeoparseSet set) throws IOException {
    Path inputFile = dir.resolve(set.inputFile());
    Path goldFile = dir.resolve(set.goldFile());
    List<String> inputs = nonBlank(inputFile);
    List<String> golds = nonBlank(goldFile);
    if (inputs.size() != golds.size()) {
      throw new IllegalArgumentException(
          inputFile + " has " + inputs.size() + " lines but " + goldFile + " has " + golds.size());
    }
    List<GoldArticle> articles = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String where = inputFile.getFileName() + ":" + (i + 1);
      articles.add(
          article(set, i + 1, where, JSON.readTree(inputs.get(i)), JSON.readTree(golds.get(i))));
    }
    return List.copyOf(articles);
  }

  private static GoldArticle article(
      GeoparseSet set, int line, String where, JsonNode input, JsonNode gold) {
    String inputId = text(input, "id");
    String goldId = text(gold, "id");
    if (inputId != null && goldId != null && !inputId.equals(goldId)) {
      throw new IllegalArgumentException(
          where + ": input id " + inputId + " but gold line " + line + " has id " + goldId);
    }
    String id = inputId != null ? inputId : set.label() + ":" + line;
    String text = text(input, "text");
    if (text == null) {
      throw new IllegalArgumentException(where + ": missing field text");
    }
    JsonNode toponyms = gold.get("toponyms");
    if (toponyms == null || !toponyms.isArray()) {
      throw new IllegalArgumentException(set.goldFile() + ":" + line + ": toponyms must be a list");
    }
    List<GoldToponym> list = new ArrayList<>();
    for (JsonNode toponym : toponyms) {
      list.add(toponym(toponym, set.goldFile() + ":" + line));
    }
    return new GoldArticle(id, text(input, "title"), text, published(input, where), where, list);
  }

  private static GoldToponym toponym(JsonNode node, String where) {
    String text = text(node, "text");
    if (text == null) {
      throw new IllegalArgumentException(where + ": toponym without text");
    }
    return new GoldToponym(
        integer(node, "start", where),
        integer(node, "end", where),
        text,
        new Coordinate(number(node, "lat", where), number(node, "lon", where)),
        text(node, "geonames_id"));
  }

  private static LocalDate published(JsonNode input, String where) {
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

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static int integer(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new IllegalArgumentException(where + ": toponym " + field + " must be an integer");
    }
    return value.asInt();
  }

  private static double number(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isNumber()) {
      throw new IllegalArgumentException(where + ": toponym " + field + " must be a number");
    }
    return value.asDouble();
  }

  private static List<String> nonBlank(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .toList();
  }
}
