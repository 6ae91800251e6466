package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearCommandTest {
  private static final Path POLNEAR = SharedData.root().resolve("data/polnear/dev");

  @Test
  @Tag("model")
  void scores_sitrep_attributions_on_a_few_articles(@TempDir Path tmp) throws IOException {
    Path details = tmp.resolve("details.jsonl");
    CommandRun run =
        CommandRun.of(
            "eval",
            "polnear",
            POLNEAR.toString(),
            "--limit",
            "2",
            "--systems",
            "sitrep",
            "--details",
            details.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("polnear: 2 articles", "0 offset mismatches")
        .contains("pair (source+content), overlap", "Source spans, exact", "Cue spans, overlap");
    String result =
        run.lines().stream()
            .filter(line -> line.startsWith("RESULT polnear pair-overlap-F1 "))
            .findFirst()
            .orElseThrow();
    assertThat(result).matches("RESULT polnear pair-overlap-F1 sitrep=\\d\\.\\d{3}");
    String contentRow =
        run.lines().stream()
            .filter(line -> line.startsWith("attribution (content), overlap"))
            .findFirst()
            .orElseThrow();
    int right = Integer.parseInt(contentRow.split("\\|")[1].trim().split("\\s+")[2]);
    assertThat(right).as("attributions sitrep found by content").isPositive();
    assertThat(Files.readAllLines(details, StandardCharsets.UTF_8))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).startsWith("{\"doc\":"))
        .anySatisfy(line -> assertThat(line).contains("\"kind\":\"gold\"", "\"sitrep\":"));
  }

  @Test
  void an_unknown_system_is_a_usage_error() {
    CommandRun run =
        CommandRun.of("eval", "polnear", POLNEAR.toString(), "--systems", "sitrep,spacy");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--systems takes sitrep, corenlp or both");
  }

  @Test
  void a_folder_without_the_gold_folders_is_a_usage_error(@TempDir Path empty) {
    CommandRun run = CommandRun.of("eval", "polnear", empty.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no gold folder");
  }
}
