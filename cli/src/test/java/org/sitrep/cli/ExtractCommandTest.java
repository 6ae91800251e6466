package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.json.ExtractionJson;

@Tag("model")
class ExtractCommandTest {
  private static final String REPORT =
      "Gunmen killed three police officers at a checkpoint in Kandahar province on Tuesday,"
          + " the provincial governor said.";

  @TempDir Path dir;

  @Test
  void exits_0_and_writes_one_line_per_record_when_all_are_read() throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, REPORT);
    CommandRun run = CommandRun.of("extract", "--published", "2024-05-02", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.lines()).hasSize(1);
    JsonNode line = ExtractionJson.mapper().readTree(run.lines().get(0));
    assertThat(line.get("rejected").isNull()).isTrue();
    assertThat(line.at("/article/published").asText()).isEqualTo("2024-05-02");
    assertThat(line.at("/article/published_from").asText()).isEqualTo("flag");
    assertThat(run.err()).contains("read 1 records: 1 extracted, 0 rejected");
  }

  @Test
  void exits_1_and_keeps_going_when_some_records_are_bad() throws IOException {
    Path jsonl = dir.resolve("batch.jsonl");
    List<String> lines = new ArrayList<>();
    lines.add("{\"id\": \"good\", \"text\": \"" + REPORT + "\", \"published\": \"2024-05-02\"}");
    lines.add("{\"id\": \"broken\", \"text\": ");
    lines.add("{\"id\": \"notext\", \"title\": \"x\"}");
    lines.add("{\"id\": \"baddate\", \"text\": \"" + REPORT + "\", \"published\": \"32/13/2024\"}");
    Files.write(jsonl, lines, StandardCharsets.UTF_8);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6});
    Files.write(
        dir.resolve("latin1.txt"),
        "Caf\u00e9 bombing in Kabul".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("long.txt"), "word ".repeat(50));
    CommandRun run = CommandRun.of("extract", "--max-chars", "200", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.lines()) {
      out.add(ExtractionJson.mapper().readTree(line));
    }
    assertThat(out).hasSize(8);
    assertThat(out)
        .extracting(n -> n.at("/rejected/reason").asText(""))
        .containsExactlyInAnyOrder(
            "", "malformed_json", "no_text", "", "binary", "empty", "too_long", "undecodable");
    JsonNode badDate =
        out.stream()
            .filter(n -> n.at("/article/id").asText().equals("baddate"))
            .findFirst()
            .orElseThrow();
    assertThat(badDate.get("rejected").isNull()).isTrue();
    assertThat(badDate.at("/article/warnings/0").asText()).contains("32/13/2024");
    assertThat(run.err()).contains("read 8 records: 2 extracted, 6 rejected");
  }

  @Test
  void reads_standard_input_as_jsonl() {
    CommandRun run =
        CommandRun.withStdin(
            "{\"id\": \"s1\", \"text\": \"" + REPORT + "\", \"published\": \"2024-05-02\"}\n",
            "extract",
            "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.lines()).hasSize(1).first().asString().contains("\"id\":\"s1\"");
  }

  @Test
  void usage_errors_exit_2() {
    assertThat(CommandRun.of("extract").exitCode()).isEqualTo(2);
    assertThat(CommandRun.of("extract", "--published", "yesterday", "x.txt").exitCode())
        .isEqualTo(2);
    assertThat(CommandRun.of("extract", "--threads", "0", "x.txt").exitCode()).isEqualTo(2);
    assertThat(CommandRun.of("extract", "--no-such-option", "x.txt").exitCode()).isEqualTo(2);
    assertThat(CommandRun.of("frobnicate").exitCode()).isEqualTo(2);
  }

  @Test
  void a_missing_file_is_a_rejected_record_not_a_crash() {
    CommandRun run = CommandRun.of("extract", dir.resolve("nope.txt").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.lines()).hasSize(1).first().asString().contains("\"reason\":\"unreadable\"");
  }

  @Test
  void pretty_format_prints_a_digest() throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, REPORT);
    CommandRun run =
        CommandRun.of(
            "extract", "--format", "pretty", "--published", "2024-05-02", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("== report").contains("ASSAULT").contains("Kandahar");
  }
}
