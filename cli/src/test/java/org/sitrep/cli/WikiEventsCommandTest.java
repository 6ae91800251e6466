package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiEventsCommandTest {
  private static final Path WIKIEVENTS = SharedData.root().resolve("data/wikievents");

  @Test
  @Tag("model")
  void scores_triggers_and_roles_of_a_few_documents(@TempDir Path tmp) throws IOException {
    Path details = tmp.resolve("details.jsonl");
    CommandRun run =
        CommandRun.of(
            "eval",
            "wikievents",
            WIKIEVENTS.toString(),
            "--limit",
            "2",
            "--details",
            details.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("wikievents dev: 2 documents")
        .contains("identification", "arguments end to end", "arguments on found triggers");
    assertThat(run.lines())
        .filteredOn(line -> line.startsWith("RESULT wikievents documents=2 "))
        .singleElement()
        .asString()
        .contains("trig_id_f1=", "arg_f1=", "arg_found_f1=", "victim_f1=");
    assertThat(Files.readAllLines(details, StandardCharsets.UTF_8))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).startsWith("{\"doc\":"));
  }

  @Test
  void a_folder_without_the_gold_files_is_a_usage_error(@TempDir Path empty) {
    CommandRun run = CommandRun.of("eval", "wikievents", empty.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("dev.jsonl");
  }

  @Test
  void a_limit_below_one_is_a_usage_error() {
    CommandRun run = CommandRun.of("eval", "wikievents", WIKIEVENTS.toString(), "--limit", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--limit must be >= 1");
  }
}
