package org.sitrep.eval.geo;

import static org.sitrep.eval.PairedJsonLines.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.eval.PairedJsonLines;

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
  private GeoparseGoldFiles() {}

  /**
   * Every article of {@code set} in {@code dir}, in file order.
   *
   * @throws IllegalArgumentException when the files disagree or a line is malformed, naming the
   *     file, line and field
   */
  public static List<GoldArticle> read(Path dir, GeoparseSet set) throws IOException {
    List<GoldArticle> articles = new ArrayList<>();
    for (PairedJsonLines line :
        PairedJsonLines.read(dir.resolve(set.inputFile()), dir.resolve(set.goldFile()))) {
      articles.add(article(set, line));
    }
    return List.copyOf(articles);
  }

  private static GoldArticle article(GeoparseSet set, PairedJsonLines line) {
    String inputId = text(line.input(), "id");
    String goldId = text(line.gold(), "id");
    if (inputId != null && goldId != null && !inputId.equals(goldId)) {
      throw new IllegalArgumentException(
          line.where()
              + ": input id "
              + inputId
              + " but "
              + line.goldWhere()
              + " has id "
              + goldId);
    }
    String id = inputId != null ? inputId : set.label() + ":" + line.number();
    String text = PairedJsonLines.required(line.input(), "text", line.where());
    JsonNode toponyms = line.gold().get("toponyms");
    if (toponyms == null || !toponyms.isArray()) {
      throw new IllegalArgumentException(line.goldWhere() + ": toponyms must be a list");
    }
    List<GoldToponym> list = new ArrayList<>();
    for (JsonNode toponym : toponyms) {
      list.add(toponym(toponym, line.goldWhere()));
    }
    return new GoldArticle(
        id, text(line.input(), "title"), text, line.published(), line.where(), list);
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

  private static int integer(JsonNode node, String field, String where) {
    return PairedJsonLines.integer(node, field, "toponym", where);
  }

  private static double number(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isNumber()) {
      throw new IllegalArgumentException(where + ": toponym " + field + " must be a number");
    }
    return value.asDouble();
  }
}
