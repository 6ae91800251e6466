package org.sitrep.eval.acled;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.PairedJsonLines;

/**
 * Reads the CASE 2021 Task 2 folder: {@code dev.input.jsonl} (one {@code {"id": "case-N", "text"}}
 * a line, what sitrep reads) joined by id with {@code dev.tsv} (a header line, then {@code N},
 * snippet, code, tab-separated), whose last column is the gold code.
 *
 * <p>Design decision: the text comes from the input file, not the TSV, so the evaluation scores
 * exactly what {@code sitrep extract dev.input.jsonl} would read; the join is by id, not by line,
 * so a reordered file still pairs correctly.
 */
public final class CaseGoldFiles {
  /** The input file inside the folder. */
  public static final String INPUT_FILE = "dev.input.jsonl";

  /** The gold file inside the folder. */
  public static final String GOLD_FILE = "dev.tsv";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID_PREFIX = "case-";

  private CaseGoldFiles() {}

  /**
   * Every snippet of {@code dir}, in input-file order.
   *
   * @throws IllegalArgumentException when a line is malformed, a code is not one of the task's, or
   *     the two files do not hold the same ids; the message names the file and line
   */
  public static List<CaseSnippet> read(Path dir, CaseLabels labels) throws IOException {
    Map<String, String> gold = goldCodes(dir.resolve(GOLD_FILE), labels);
    List<CaseSnippet> snippets = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve(INPUT_FILE), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = INPUT_FILE + ":" + (i + 1);
      JsonNode node = tree(lines.get(i), where);
      String id = PairedJsonLines.required(node, "id", where);
      String code = gold.remove(id);
      if (code == null) {
        throw new IllegalArgumentException(where + ": id " + id + " has no line in " + GOLD_FILE);
      }
      snippets.add(new CaseSnippet(id, PairedJsonLines.required(node, "text", where), code));
    }
    if (!gold.isEmpty()) {
      throw new IllegalArgumentException(
          GOLD_FILE
              + " has "
              + gold.size()
              + " ids missing from "
              + INPUT_FILE
              + ", such as "
              + gold.keySet().iterator().next());
    }
    return List.copyOf(snippets);
  }

  /** The gold code of every id, keyed by the input file's form of the id ({@code "case-869"}). */
  private static Map<String, String> goldCodes(Path tsv, CaseLabels labels) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    Map<String, String> codes = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = GOLD_FILE + ":" + (i + 1);
      String[] cells = line.split("\t", -1);
      if (cells.length < 3) {
        throw new IllegalArgumentException(
            where
                + ": needs id, snippet and code, tab-separated; got "
                + cells.length
                + " columns");
      }
      String code = cells[cells.length - 1].strip();
      if (!labels.isCode(code)) {
        throw new IllegalArgumentException(where + ": not a CASE 2021 event-type code: " + code);
      }
      String id = ID_PREFIX + cells[0].strip();
      if (codes.put(id, code) != null) {
        throw new IllegalArgumentException(where + ": id " + cells[0].strip() + " appears twice");
      }
    }
    return codes;
  }

  private static JsonNode tree(String line, String where) {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
