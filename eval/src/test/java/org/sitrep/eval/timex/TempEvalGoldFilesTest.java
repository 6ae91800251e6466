package org.sitrep.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.model.DateSource;
import org.sitrep.model.TimexType;

class TempEvalGoldFilesTest {
  private static final Path TEMPEVAL =
      Path.of(System.getProperty("sitrep.shared"), "data", "tempeval3");

  @TempDir Path dir;

  @Test
  void reads_invented_documents_back_as_written() throws IOException {
    TempEvalFixtures.write(dir, TempEvalSet.TIMEBANK, TempEvalFixtures.documents());
    assertThat(TempEvalGoldFiles.read(dir, TempEvalSet.TIMEBANK))
        .isEqualTo(TempEvalFixtures.documents());
  }

  @Test
  void gives_systems_the_exact_text_and_the_creation_time_as_metadata() throws IOException {
    TempEvalFixtures.write(dir, TempEvalSet.AQUAINT, TempEvalFixtures.documents());
    TimexDocument vote = TempEvalGoldFiles.read(dir, TempEvalSet.AQUAINT).get(1);
    assertThat(vote.article().text()).isEqualTo(TempEvalFixtures.VOTE);
    assertThat(vote.article().published()).hasToString("2001-03-04");
    assertThat(vote.article().publishedFrom()).isEqualTo(DateSource.METADATA);
  }

  @Test
  void refuses_files_whose_ids_disagree() throws IOException {
    TempEvalFixtures.write(dir, TempEvalSet.TIMEBANK, TempEvalFixtures.documents());
    Path gold = dir.resolve("timebank.gold.jsonl");
    List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    Files.write(gold, List.of(lines.get(1), lines.get(0)), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TempEvalGoldFiles.read(dir, TempEvalSet.TIMEBANK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timebank.input.jsonl:1")
        .hasMessageContaining("vote");
  }

  @Test
  void refuses_an_unknown_timex_type_naming_the_line() throws IOException {
    TempEvalFixtures.write(dir, TempEvalSet.TIMEBANK, TempEvalFixtures.documents());
    Path gold = dir.resolve("timebank.gold.jsonl");
    String text = Files.readString(gold).replace("\"SET\"", "\"EPOCH\"");
    Files.writeString(gold, text);
    assertThatThrownBy(() -> TempEvalGoldFiles.read(dir, TempEvalSet.TIMEBANK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timebank.gold.jsonl:2")
        .hasMessageContaining("EPOCH");
  }

  @Test
  void refuses_a_timex_that_is_not_the_text_at_its_offsets() {
    assertThatThrownBy(
            () ->
                new TimexDocument(
                    "x",
                    "Rain on Monday.",
                    null,
                    "here:1",
                    List.of(new GoldTimex(8, 14, "Sunday", TimexType.DATE, "XXXX-WXX-7"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("here:1")
        .hasMessageContaining("Sunday");
  }

  @Test
  void rejects_an_unknown_set_name_listing_the_known_ones() {
    assertThatThrownBy(() -> TempEvalSet.of("platinum"))
        .hasMessageContaining("platinum")
        .hasMessageContaining("timebank, aquaint");
    assertThat(TempEvalSet.of("AQUAINT")).isEqualTo(TempEvalSet.AQUAINT);
  }

  @ParameterizedTest
  @EnumSource(TempEvalSet.class)
  void the_shared_sets_parse_and_every_gold_span_is_its_text(TempEvalSet set) throws IOException {
    assertThat(TEMPEVAL).isDirectory();
    List<TimexDocument> documents = TempEvalGoldFiles.read(TEMPEVAL, set);
    assertThat(documents).hasSize(set == TempEvalSet.TIMEBANK ? 183 : 73);
    assertThat(documents).allSatisfy(d -> assertThat(d.published()).isNotNull());
    // The TimexDocument constructor already refused any span that is not its text; check anyway.
    assertThat(documents)
        .flatExtracting(
            d ->
                d.times().stream()
                    .map(t -> d.text().substring(t.start(), t.end()).equals(t.text()))
                    .toList())
        .containsOnly(true)
        .hasSize(set == TempEvalSet.TIMEBANK ? 1243 : 579);
  }
}
