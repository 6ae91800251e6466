package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger commands on bad input: clear errors, the batch goes on, counts reported. */
class LedgerCommandsTest {
  private static final Path SAMPLE =
      SharedData.repository().resolve("docs/examples/sample-output.jsonl");

  @TempDir Path dir;

  @Test
  void a_malformed_line_is_rejected_with_its_line_number_and_the_rest_is_stored()
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE, StandardCharsets.UTF_8));
    lines.add(1, "{\"article\": {\"id\": \"cut-off\", \"text\": \"Half a re");
    Path input = dir.resolve("mixed.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);
    String db = dir.resolve("ledger.db").toString();

    CommandRun run = CommandRun.of("ingest", "--db", db, "--extracted", input.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("rejected " + input + ":2: not a sitrep extraction")
        .contains("2 added")
        .contains("2 rejected (malformed_json 1, not_an_extraction 1)");
    CommandRun article = CommandRun.of("article", "--db", db, "nangarhar-airstrike");
    assertThat(article.exitCode()).as(article.err()).isZero();
    assertThat(article.out()).contains("nangarhar-airstrike");
  }

  @Test
  void a_query_on_a_missing_ledger_is_a_usage_error_and_creates_nothing() {
    Path missing = dir.resolve("none.db");

    CommandRun run = CommandRun.of("events", "--db", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no ledger at " + missing);
    assertThat(missing).doesNotExist();
  }

  @Test
  void an_unknown_article_or_actor_is_reported_as_not_found() {
    String db = dir.resolve("ledger.db").toString();
    assertThat(CommandRun.of("ingest", "--db", db, "--extracted", SAMPLE.toString()).exitCode())
        .isEqualTo(1);

    CommandRun article = CommandRun.of("article", "--db", db, "no-such-article");
    CommandRun actor = CommandRun.of("actor", "--db", db, "Nobody Known");

    assertThat(article.exitCode()).isEqualTo(1);
    assertThat(article.err()).contains("no article 'no-such-article' in the ledger");
    assertThat(actor.exitCode()).isEqualTo(1);
    assertThat(actor.err()).contains("no actor known as 'Nobody Known'");
  }
}
