package org.sitrep.eval.timex;

import static org.sitrep.eval.PairedJsonLines.required;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.eval.PairedJsonLines;
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
  private TempEvalGoldFiles() {}

  /**
   * Every document of {@code set} in {@code dir}, in file order.
   *
   * @throws IllegalArgumentException when the files disagree or a line is malformed, naming the
   *     file, line and field
   */
  public static List<TimexDocument> read(Path dir, TempEvalSet set) throws IOException {
    List<TimexDocument> documents = new ArrayList<>();
    for (PairedJsonLines line :
        PairedJsonLines.read(dir.resolve(set.inputFile()), dir.resolve(set.goldFile()))) {
      documents.add(document(line));
    }
    return List.copyOf(documents);
  }

  private static TimexDocument document(PairedJsonLines line) {
    String id = required(line.input(), "id", line.where());
    String goldId = required(line.gold(), "id", line.goldWhere());
    if (!id.equals(goldId)) {
      throw new IllegalArgumentException(
          line.where() + ": input id " + id + " but " + line.goldWhere() + " has id " + goldId);
    }
    String text = required(line.input(), "text", line.where());
    JsonNode times = line.gold().get("times");
    if (times == null || !times.isArray()) {
      throw new IllegalArgumentException(line.goldWhere() + ": times must be a list");
    }
    List<GoldTimex> list = new ArrayList<>();
    for (JsonNode timex : times) {
      list.add(timex(timex, line.goldWhere()));
    }
    return new TimexDocument(id, text, line.published(), line.where(), list);
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

  private static int integer(JsonNode node, String field, String where) {
    return PairedJsonLines.integer(node, field, "timex", where);
  }
}
