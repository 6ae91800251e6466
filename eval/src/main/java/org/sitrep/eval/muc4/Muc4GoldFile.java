package org.sitrep.eval.muc4;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.PairedJsonLines;

/**
 * Reads the MUC-4 dev set as GRIT distributes it: {@code dev.input.jsonl} ({@code {"id", "text"}},
 * the original texts) beside {@code dev.jsonl} ({@code {"docid", "doctext", "extracts"}}, the gold,
 * lower-cased), paired line by line.
 *
 * <p>The gold's {@code extracts} map each role key to a list of entities, each a list of {@code
 * [mention, offset]} pairs; the offsets point into the lower-cased {@code doctext} and are not
 * kept.
 */
public final class Muc4GoldFile {
  /** What sitrep reads. */
  public static final String INPUT_FILE = "dev.input.jsonl";

  /** The gold role fillers. */
  public static final String GOLD_FILE = "dev.jsonl";

  private Muc4GoldFile() {}

  /**
   * The documents of {@code dir}, in file order.
   *
   * @throws IllegalArgumentException when the files disagree on a line's id, or a line misses a
   *     field or role, naming the file and line
   */
  public static List<Muc4Document> read(Path dir) throws IOException {
    return read(dir.resolve(INPUT_FILE), dir.resolve(GOLD_FILE));
  }

  /** The documents of the two files, paired in order. */
  public static List<Muc4Document> read(Path inputFile, Path goldFile) throws IOException {
    List<Muc4Document> documents = new ArrayList<>();
    for (PairedJsonLines line : PairedJsonLines.read(inputFile, goldFile)) {
      String id = PairedJsonLines.required(line.input(), "id", line.where());
      String docid = PairedJsonLines.required(line.gold(), "docid", line.goldWhere());
      if (!id.equals(docid)) {
        throw new IllegalArgumentException(
            line.where() + " has id " + id + " but " + line.goldWhere() + " has docid " + docid);
      }
      String text = PairedJsonLines.required(line.input(), "text", line.where());
      documents.add(new Muc4Document(id, text, extracts(line.gold(), line.goldWhere())));
    }
    return List.copyOf(documents);
  }

  private static RoleFillers extracts(JsonNode gold, String where) {
    JsonNode extracts = gold.get("extracts");
    if (extracts == null || !extracts.isObject()) {
      throw new IllegalArgumentException(where + ": extracts must be an object");
    }
    Map<Muc4Role, List<List<String>>> roles = new EnumMap<>(Muc4Role.class);
    Iterator<Map.Entry<String, JsonNode>> fields = extracts.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      roles.put(Muc4Role.ofKey(field.getKey()), entities(field.getValue(), where));
    }
    for (Muc4Role role : Muc4Role.values()) {
      if (!roles.containsKey(role)) {
        throw new IllegalArgumentException(where + ": extracts miss the role " + role.key());
      }
    }
    return new RoleFillers(roles);
  }

  private static List<List<String>> entities(JsonNode role, String where) {
    if (!role.isArray()) {
      throw new IllegalArgumentException(where + ": a role must list entities");
    }
    List<List<String>> entities = new ArrayList<>();
    for (JsonNode entity : role) {
      List<String> mentions = new ArrayList<>();
      for (JsonNode pair : entity) {
        if (!pair.isArray() || pair.isEmpty() || !pair.get(0).isTextual()) {
          throw new IllegalArgumentException(
              where + ": a mention must be a [text, offset] pair, got " + pair);
        }
        mentions.add(pair.get(0).asText());
      }
      entities.add(mentions);
    }
    return entities;
  }
}
