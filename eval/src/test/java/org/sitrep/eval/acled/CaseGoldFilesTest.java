package org.sitrep.eval.acled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseGoldFilesTest {
  private static final Path CASE2021 =
      Path.of(System.getProperty("sitrep.shared"), "data", "case2021");
  private static final CaseLabels LABELS = CaseLabels.shipped();

  @Test
  void joins_the_shared_dev_labels_with_the_input_snippets_by_id() throws IOException {
    List<CaseSnippet> snippets = CaseGoldFiles.read(CASE2021, LABELS);

    assertThat(snippets).hasSize(300);
    assertThat(snippets.get(0).id()).isEqualTo("case-869");
    assertThat(snippets.get(0).gold()).isEqualTo("GOV_REGAINS_TERIT");
    assertThat(snippets).allSatisfy(s -> assertThat(s.text()).isNotBlank());
    assertThat(snippets.stream().filter(s -> LABELS.isAcled(s.gold()))).hasSize(241);
    assertThat(snippets.stream().map(CaseSnippet::id).distinct()).hasSize(300);
  }

  @Test
  void takes_the_text_from_the_input_and_the_code_from_the_last_column(@TempDir Path dir)
      throws IOException {
    write(
        dir,
        "id\tEventSnippet\tSubType\n7\tGold copy.\tGRENADE\n3\tOther.\tDIPLO\n",
        "{\"id\":\"case-3\",\"text\":\"Envoys met.\"}\n{\"id\":\"case-7\",\"text\":\"A grenade.\"}\n");

    assertThat(CaseGoldFiles.read(dir, LABELS))
        .containsExactly(
            new CaseSnippet("case-3", "Envoys met.", "DIPLO"),
            new CaseSnippet("case-7", "A grenade.", "GRENADE"));
  }

  @Test
  void names_the_line_of_a_code_the_task_does_not_have(@TempDir Path dir) throws IOException {
    write(
        dir,
        "id\tEventSnippet\tSubType\n7\tA storm.\tWEATHER\n",
        "{\"id\":\"case-7\",\"text\":\"A storm.\"}\n");

    assertThatThrownBy(() -> CaseGoldFiles.read(dir, LABELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dev.tsv:2: not a CASE 2021 event-type code: WEATHER");
  }

  @Test
  void an_input_id_without_a_label_is_an_error(@TempDir Path dir) throws IOException {
    write(
        dir,
        "id\tEventSnippet\tSubType\n7\tA riot.\tVIOL_DEMONSTR\n",
        "{\"id\":\"case-7\",\"text\":\"A riot.\"}\n{\"id\":\"case-8\",\"text\":\"A march.\"}\n");

    assertThatThrownBy(() -> CaseGoldFiles.read(dir, LABELS))
        .hasMessage("dev.input.jsonl:2: id case-8 has no line in dev.tsv");
  }

  @Test
  void a_label_without_an_input_line_is_an_error(@TempDir Path dir) throws IOException {
    write(
        dir,
        "id\tEventSnippet\tSubType\n7\tA riot.\tVIOL_DEMONSTR\n9\tA raid.\tARREST\n",
        "{\"id\":\"case-7\",\"text\":\"A riot.\"}\n");

    assertThatThrownBy(() -> CaseGoldFiles.read(dir, LABELS))
        .hasMessageContaining("1 ids missing from dev.input.jsonl, such as case-9");
  }

  private static void write(Path dir, String tsv, String jsonl) throws IOException {
    Files.writeString(dir.resolve(CaseGoldFiles.GOLD_FILE), tsv);
    Files.writeString(dir.resolve(CaseGoldFiles.INPUT_FILE), jsonl);
  }
}
