package org.sitrep.input.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How often the parser finds the dateline date in real releases and wires, read from the shared
 * data folder (never copied into the project). Floors, not exact figures.
 */
@Tag("slow")
class SharedDatelineEvaluationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DatelineParser parser = new DatelineParser();

  @Test
  void dates_nearly_every_isaf_release_that_has_a_dateline_and_agrees_with_the_gold_dates()
      throws IOException {
    Path data = shared().resolve("data/isaf");
    Map<String, LocalDate> gold = new HashMap<>();
    for (JsonNode row : rows(data.resolve("dev.gold.jsonl"))) {
      JsonNode start = row.path("gold").path("start_date");
      if (start.isTextual() && !start.asText().isBlank()) {
        gold.put(row.get("id").asText(), LocalDate.parse(start.asText()));
      }
    }
    int total = 0;
    int withKabulStyleDateline = 0;
    int dated = 0;
    int datedWithDateline = 0;
    int checked = 0;
    int agreeing = 0;
    for (JsonNode row : rows(data.resolve("dev.input.jsonl"))) {
      total++;
      String text = row.get("text").asText();
      boolean hasDateline =
          text.substring(0, Math.min(600, text.length()))
              .matches("(?s).*\\p{Lu}+, Afghanistan \\(.*");
      withKabulStyleDateline += hasDateline ? 1 : 0;
      Optional<Dateline> found = parser.find(text);
      if (found.isEmpty()) {
        continue;
      }
      dated++;
      datedWithDateline += hasDateline ? 1 : 0;
      LocalDate goldDate = gold.get(row.get("id").asText());
      if (goldDate != null) {
        checked++;
        long daysBefore = ChronoUnit.DAYS.between(goldDate, found.get().date());
        agreeing += daysBefore >= 0 && daysBefore <= 2 ? 1 : 0;
      }
    }
    System.out.printf(
        "ISAF dev: %d records, %d with a PLACE, Afghanistan (...) dateline, %d dated (%d of those);"
            + " gold start_date 0-2 days before the dateline date for %d of %d checked%n",
        total,
        withKabulStyleDateline,
        dated,
        datedWithDateline,
        checked == 0 ? 0 : agreeing,
        checked);
    assertThat((double) datedWithDateline / withKabulStyleDateline).isGreaterThanOrEqualTo(0.95);
    assertThat((double) dated / total).isGreaterThanOrEqualTo(0.88);
    assertThat((double) agreeing / checked).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void dates_nearly_every_muc4_wire_that_carries_a_date() throws IOException {
    int total = 0;
    int noDate = 0;
    int dated = 0;
    List<String> missed = new ArrayList<>();
    for (JsonNode row : rows(shared().resolve("data/muc4/dev.input.jsonl"))) {
      total++;
      String text = row.get("text").asText();
      String head = text.substring(0, Math.min(200, text.length()));
      if (head.contains("NO DATE")) {
        noDate++;
      }
      Optional<Dateline> found = parser.find(text);
      if (found.isPresent()) {
        dated++;
        assertThat(found.get().date().getYear()).isBetween(1988, 1992);
      } else if (!head.contains("NO DATE")) {
        missed.add(row.get("id").asText());
      }
    }
    System.out.printf(
        "MUC-4 dev: %d records, %d marked NO DATE, %d dated; missed %s%n",
        total, noDate, dated, missed);
    assertThat((double) dated / (total - noDate)).isGreaterThanOrEqualTo(0.95);
  }

  private static Path shared() {
    String folder = System.getProperty("sitrep.shared");
    assumeTrue(folder != null && Files.isDirectory(Path.of(folder)), "no shared data folder");
    return Path.of(folder);
  }

  private static List<JsonNode> rows(Path file) throws IOException {
    assumeTrue(Files.isRegularFile(file), file + " is missing");
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        rows.add(JSON.readTree(line));
      }
    }
    return rows;
  }
}
