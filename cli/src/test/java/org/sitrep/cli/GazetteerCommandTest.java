package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.store.json.ExtractionJson;

class GazetteerCommandTest {
  /**
   * Written for this test in the 19-column geoname format (ids invented): Afghanistan, Kunar, and
   * Ganjgal, a Kunar village too small for the built-in index of places of 500 people or more.
   */
  private static final List<String> DUMP =
      List.of(
          "9100001\tAfghanistan\tAfghanistan\tAfghanestan\t33.0\t66.0\tA\tPCLI\tAF\t\t00\t\t\t\t"
              + "37000000\t\t1000\tAsia/Kabul\t2024-01-01",
          "9100002\tKunar\tKunar\tKonar,Kunar Province\t34.9\t71.1\tA\tADM1\tAF\t\t34\t\t\t\t"
              + "450000\t\t1500\tAsia/Kabul\t2024-01-01",
          "9100003\tGanjgal\tGanjgal\tGanjgal Kalay,Ganj Gal\t34.7531\t71.0468\tP\tPPL\tAF\t\t34\t"
              + "1015\t\t\t0\t\t1400\tAsia/Kabul\t2024-01-01");

  /** Invented for this test; not a real report. */
  private static final String REPORT =
      "Insurgents attacked a police post in the village of Ganjgal in Kunar province on Monday,"
          + " killing two officers, a district official said.";

  @TempDir Path dir;

  @Test
  void builds_a_loadable_index_and_says_what_it_holds() throws IOException {
    Path out = dir.resolve("index/af.bin");

    CommandRun run = build(out);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("gazetteer index " + out.toAbsolutePath())
        .contains("bytes, built in")
        .containsPattern(
            "[\\d,]+ entries: [\\d,]+ countries, [\\d,]+ admin1, [\\d,]+ admin2, 1 places")
        .contains("--gazetteer " + out);
    assertThat(run.err()).contains("sitrep: read 3 lines, kept 3 rows");
    assertThat(Gazetteer.load(out).lookup("Ganjgal")).hasSize(1);
  }

  @Test
  void a_missing_dump_is_a_usage_error_that_names_it() {
    Path missing = dir.resolve("AF.txt");

    CommandRun run =
        CommandRun.of("gazetteer", "build", "--geonames", missing.toString(), "--out", "x.bin");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--geonames: no GeoNames dump file at " + missing);
    assertThat(CommandRun.of("gazetteer", "build").exitCode()).isEqualTo(2);
    assertThat(CommandRun.of("gazetteer").exitCode()).isEqualTo(2);
  }

  @Test
  void a_malformed_dump_fails_with_its_file_and_line() throws IOException {
    Path dump = Files.write(dir.resolve("AF.txt"), List.of(DUMP.get(0), "Ganjgal\t34.75\t71.04"));

    CommandRun run =
        CommandRun.of(
            "gazetteer", "build", "--geonames", dump.toString(), "--out", dir + "/af.bin");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("sitrep: cannot build a gazetteer from " + dump)
        .contains(dump + ":2: a GeoNames row needs 19 tab-separated columns, got 3")
        .doesNotContain("\tat org.sitrep");
    assertThat(dir.resolve("af.bin")).doesNotExist();
  }

  @Test
  void a_missing_gazetteer_for_extract_is_a_usage_error() throws IOException {
    Path article = Files.writeString(dir.resolve("report.txt"), REPORT);

    CommandRun run =
        CommandRun.of(
            "extract", "--gazetteer", dir.resolve("none.bin").toString(), article.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--gazetteer: no gazetteer index file at");
  }

  @Test
  @Tag("model")
  void extract_with_the_built_index_resolves_a_village_the_default_lacks() throws IOException {
    Path index = dir.resolve("af.bin");
    assertThat(build(index).exitCode()).isZero();
    Path article = Files.writeString(dir.resolve("report.txt"), REPORT);

    JsonNode withIndex =
        extract("--gazetteer", index.toString(), "--published", "2024-05-06", article.toString());
    JsonNode withDefault = extract("--published", "2024-05-06", article.toString());

    assertThat(place(withIndex, "Ganjgal").path("geonames_id").asLong()).isEqualTo(9100003L);
    assertThat(place(withIndex, "Ganjgal").path("admin1").asText()).isEqualTo("Kunar");
    assertThat(place(withIndex, "Ganjgal").path("lat").asDouble()).isEqualTo(34.7531);
    assertThat(place(withIndex, "Ganjgal").path("lon").asDouble()).isEqualTo(71.0468);
    assertThat(place(withDefault, "Ganjgal").path("lat").isNull()).isTrue();
  }

  private CommandRun build(Path out) throws IOException {
    Path dump = Files.write(dir.resolve("AF.txt"), DUMP);
    return CommandRun.of(
        "gazetteer", "build", "--geonames", dump.toString(), "--out", out.toString());
  }

  private static JsonNode extract(String... args) throws IOException {
    String[] command = new String[args.length + 1];
    command[0] = "extract";
    System.arraycopy(args, 0, command, 1, args.length);
    CommandRun run = CommandRun.of(command);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return ExtractionJson.mapper().readTree(run.lines().get(0));
  }

  private static JsonNode place(JsonNode line, String text) {
    return StreamSupport.stream(line.path("places").spliterator(), false)
        .filter(place -> place.path("text").asText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no place '" + text + "' in " + line.get("places")));
  }
}
