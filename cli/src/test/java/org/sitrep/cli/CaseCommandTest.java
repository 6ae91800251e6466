package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCommandTest {
  private static final Path CASE2021 = SharedData.root().resolve("data/case2021");

  @Test
  @Tag("model")
  void prints_both_views_and_one_result_line_for_a_few_snippets(@TempDir Path tmp)
      throws IOException {
    Path details = tmp.resolve("case.jsonl");
    CommandRun run =
        CommandRun.of(
            "eval",
            "case2021",
            CASE2021.toString(),
            "--limit",
            "3",
            "--threads",
            "1",
            "--details",
            details.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("case2021 dev: 3 snippets")
        .contains("ACLED sub-event types (headline)", "all snippets, non-ACLED as one class")
        .contains("top confusions", "snippet rules");
    assertThat(run.lines())
        .filteredOn(line -> line.startsWith("RESULT case2021 snippets=3 "))
        .singleElement()
        .asString()
        .contains("weighted_f1=", "macro_f1=", "all_weighted_f1=", "rule=first");
    assertThat(Files.readAllLines(details)).hasSize(3).allMatch(l -> l.contains("\"gold\":"));
  }

  @Test
  void a_folder_without_the_gold_files_is_a_usage_error(@TempDir Path empty) {
    CommandRun run = CommandRun.of("eval", "case2021", empty.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("dev.input.jsonl");
  }

  @Test
  void a_limit_below_one_is_a_usage_error() {
    CommandRun run = CommandRun.of("eval", "case2021", CASE2021.toString(), "--limit", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--limit must be >= 1, got 0");
  }
}
