package org.sitrep.eval.isaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsafGoldFileTest {
  @Test
  void splits_joined_labels_and_reads_the_empty_group_as_none(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("dev.gold.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"x-1\",\"text\":\"A patrol found a cache.\",\"gold\":{"
            + "\"start_date\":\"2011-03-01\",\"event_type\":[\"airstrike;detention\"],"
            + "\"province\":[\"Sar-e Pul\"],\"target_group\":[\"\"],\"min_killed\":1,"
            + "\"min_captured\":2,\"airstrike\":true}}\n\n");

    List<IsafGoldRecord> records = IsafGoldFile.read(file);

    assertThat(records)
        .containsExactly(
            new IsafGoldRecord(
                "x-1",
                "A patrol found a cache.",
                new IsafFields(
                    "2011-03-01",
                    List.of("airstrike", "detention"),
                    List.of("sar-e pul"),
                    List.of(),
                    1,
                    2)));
  }

  @Test
  void names_the_line_and_field_of_a_bad_record(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dev.gold.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"x-1\",\"text\":\"t\",\"gold\":{\"start_date\":\"2011-03-01\","
            + "\"event_type\":[],\"province\":[],\"target_group\":[],\"min_killed\":-1,"
            + "\"min_captured\":0}}\n");

    assertThatThrownBy(() -> IsafGoldFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dev.gold.jsonl:1")
        .hasMessageContaining("min_killed");
  }
}
