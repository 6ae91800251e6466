package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("model")
class BenchCommandTest {
  private static final List<String> REPORTS =
      List.of(
          "Gunmen attacked a checkpoint in Kandahar on Tuesday, officials said.",
          "Police arrested four men after a bomb exploded near a market in Quetta. Two people were"
              + " wounded, a hospital spokesman told reporters.",
          "The council met to discuss the new water pipeline.",
          "Rebels shelled the outskirts of the town overnight, residents said. The shelling"
              + " damaged a school and three houses. Aid agencies said hundreds of families had"
              + " fled toward the border since the fighting began last week.",
          "Troops cleared the road.");

  @TempDir Path dir;

  @Test
  void times_sitrep_untriaged_and_plain_corenlp_and_splits_the_cost_by_length() throws IOException {
    for (int i = 0; i < REPORTS.size(); i++) {
      Files.writeString(dir.resolve("report" + i + ".txt"), REPORTS.get(i));
    }

    CommandRun run = CommandRun.of("bench", "--warmup", "0", "--untriaged", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("sitrep bench: 5 articles")
        .contains("sitrep extract")
        .contains("sitrep untriaged")
        .contains("plain CoreNLP")
        .contains("ratio sitrep/plain:")
        .contains("sitrep by length:");
    List<String> quarters =
        run.lines().stream().filter(l -> l.trim().startsWith("quarter ")).toList();
    assertThat(quarters).hasSize(4);
    int articles =
        quarters.stream().mapToInt(l -> Integer.parseInt(l.trim().split("\\s+")[2])).sum();
    assertThat(articles).isEqualTo(5);
  }

  @Test
  void a_folder_without_readable_articles_is_a_usage_error() throws IOException {
    Files.write(dir.resolve("empty.txt"), new byte[0]);

    CommandRun run = CommandRun.of("bench", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no readable articles");
  }
}
