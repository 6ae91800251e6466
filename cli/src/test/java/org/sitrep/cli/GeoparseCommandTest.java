package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoparseCommandTest {
  private static final Path GEOPARSING = SharedData.root().resolve("data/geoparsing");

  @Test
  @Tag("model")
  void prints_recognition_resolution_and_baseline_figures_for_a_few_articles() {
    CommandRun run =
        CommandRun.of(
            "eval", "geoparse", GEOPARSING.toString(), "--set", "geovirus", "--limit", "5");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("geoparse geovirus: 5 articles")
        .contains("exact span", "overlap (one to one)")
        .contains("acc@161", "median error km", "mean error km", "AUC (lower is better)")
        .contains("sitrep", "population", "end to end");
    assertThat(run.lines())
        .filteredOn(line -> line.startsWith("RESULT geoparse geovirus articles=5 "))
        .singleElement()
        .asString()
        .contains("overlap_f1=", "acc161=", "e2e_acc161=", "baseline_all_acc161=");
  }

  @Test
  void an_unknown_set_is_a_usage_error() {
    CommandRun run = CommandRun.of("eval", "geoparse", GEOPARSING.toString(), "--set", "wotr");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("wotr").contains("lgl, geovirus, all");
  }

  @Test
  void a_folder_without_the_gold_files_is_a_usage_error(@TempDir Path empty) {
    CommandRun run = CommandRun.of("eval", "geoparse", empty.toString(), "--set", "lgl");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("lgl.input.jsonl");
  }
}
