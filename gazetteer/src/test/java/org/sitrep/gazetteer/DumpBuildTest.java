package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.PlaceFeature;

/** Building an index from an official GeoNames dump with the division lists bundled in the jar. */
class DumpBuildTest {
  /**
   * Written for this test in the 19-column geoname format (ids invented): Afghanistan, the Kunar
   * province row, and Ganjgal, a village of Kunar too small for the default cities500 index, next
   * to a stream that the index must leave out.
   */
  static final List<String> DUMP =
      List.of(
          "9100001\tAfghanistan\tAfghanistan\tAfghanestan\t33.0\t66.0\tA\tPCLI\tAF\t\t00\t\t\t\t"
              + "37000000\t\t1000\tAsia/Kabul\t2024-01-01",
          "9100002\tKunar\tKunar\tKonar,Kunar Province\t34.9\t71.1\tA\tADM1\tAF\t\t34\t\t\t\t"
              + "450000\t\t1500\tAsia/Kabul\t2024-01-01",
          "9100003\tGanjgal\tGanjgal\tGanjgal Kalay,Ganj Gal\t34.7531\t71.0468\tP\tPPL\tAF\t\t34\t"
              + "1015\t\t\t0\t\t1400\tAsia/Kabul\t2024-01-01",
          "9100004\tGanjgal Khwar\tGanjgal Khwar\t\t34.76\t71.05\tH\tSTM\tAF\t\t34\t1015\t\t\t0"
              + "\t\t1300\tAsia/Kabul\t2024-01-01");

  @TempDir Path dir;

  @Test
  void finds_a_village_of_the_dump_that_the_default_index_lacks() throws IOException {
    Path index = dir.resolve("af.bin");

    GazetteerBuilder.Report report =
        GazetteerBuilder.buildFromDump(Files.write(dir.resolve("AF.txt"), DUMP), index);
    Gazetteer gazetteer = Gazetteer.load(index);

    assertThat(Gazetteer.loadDefault().lookup("Ganjgal")).isEmpty();
    assertThat(report.places()).isEqualTo(1);
    assertThat(gazetteer.size()).isEqualTo(report.entries());
    assertThat(gazetteer.lookup("Ganj Gal"))
        .singleElement()
        .satisfies(
            village -> {
              assertThat(village.name()).isEqualTo("Ganjgal");
              assertThat(village.kind()).isEqualTo(PlaceFeature.POPULATED_PLACE);
              assertThat(village.countryCode()).isEqualTo("AF");
              assertThat(village.admin1Name()).isEqualTo("Kunar");
              assertThat(village.admin2Name()).isEqualTo("Sirkanay");
              assertThat(village.lat()).isEqualTo(34.7531);
              assertThat(village.lon()).isEqualTo(71.0468);
            });
    assertThat(gazetteer.admin1("AF", "34").orElseThrow().geonamesId()).isEqualTo(9100002L);
    assertThat(gazetteer.lookup("Ganjgal Khwar")).isEmpty();
  }

  @Test
  void reads_the_dump_inside_a_geonames_zip() throws IOException {
    Path zip = dir.resolve("AF.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      write(out, "readme.txt", "Readme for GeoNames Gazetteer extract files\n");
      write(out, "AF.txt", String.join("\n", DUMP) + "\n");
    }
    Path index = dir.resolve("af.bin");

    GazetteerBuilder.buildFromDump(zip, index);

    assertThat(Gazetteer.load(index).lookup("Ganjgal")).hasSize(1);
  }

  @Test
  void notes_its_progress() throws IOException {
    List<String> notes = new ArrayList<>();

    GazetteerBuilder.buildFromDump(
        Files.write(dir.resolve("AF.txt"), DUMP), dir.resolve("af.bin"), notes::add);

    assertThat(notes)
        .anyMatch(note -> note.contains("read 4 lines, kept 3 rows"))
        .anyMatch(note -> note.startsWith("writing"));
  }

  @Test
  void a_line_without_19_columns_is_named_by_file_and_line() throws IOException {
    List<String> lines = new ArrayList<>(DUMP);
    lines.add(2, "9100005\tBroken\tBroken\t\t34.0\t70.0\tP\tPPL\tAF");
    Path dump = Files.write(dir.resolve("AF.txt"), lines);

    assertThatThrownBy(() -> GazetteerBuilder.buildFromDump(dump, dir.resolve("af.bin")))
        .isInstanceOf(GeoNamesFormatException.class)
        .hasMessageContaining(dump + ":3: a GeoNames row needs 19 tab-separated columns, got 9");
    assertThat(dir.resolve("af.bin")).doesNotExist();
  }

  @Test
  void a_missing_dump_is_named() {
    Path missing = dir.resolve("nope.txt");

    assertThatThrownBy(() -> GazetteerBuilder.buildFromDump(missing, dir.resolve("af.bin")))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString());
  }

  private static void write(ZipOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    OutputStream entry = out;
    entry.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
