package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Muc4CommandTest {
  private static final Path MUC4 = SharedData.root().resolve("data/muc4");

  @Test
  @Tag("model")
  void scores_the_first_documents_and_writes_predictions_for_the_reference_scorer(@TempDir Path dir)
      throws IOException {
    Path predictions = dir.resolve("pred.json");
    Path details = dir.resolve("details.jsonl");
    CommandRun run =
        CommandRun.of(
            "eval",
            "muc4",
            MUC4.toString(),
            "--limit",
            "2",
            "--pred-file",
            predictions.toString(),
            "--details",
            details.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("muc4 dev: 2 documents").contains("PerpOrg", "micro");
    assertThat(run.lines())
        .filteredOn(line -> line.startsWith("RESULT muc4 documents=2 "))
        .singleElement()
        .asString()
        .contains("f1=", "victim_f1=");
    assertThat(Files.readString(predictions)).contains("\"pred_extracts\"", "\"Weapon\"");
    assertThat(Files.readAllLines(details)).hasSize(2);
  }

  @Test
  void a_folder_without_the_gold_files_is_a_usage_error(@TempDir Path empty) {
    CommandRun run = CommandRun.of("eval", "muc4", empty.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("dev.input.jsonl");
  }
}
