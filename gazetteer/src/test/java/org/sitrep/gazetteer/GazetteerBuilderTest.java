package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.PlaceFeature;

class GazetteerBuilderTest {
  /** Rows in the GeoNames "geoname" table format: 19 tab-separated columns. */
  private static final List<String> DUMP =
      List.of(
          row(
              "9000001",
              "Afghanistan",
              "Afghanistan",
              "Afghanestan,Афганистан",
              "33.0",
              "66.0",
              "A",
              "PCLI",
              "AF",
              "00",
              "",
              "37000000"),
          row(
              "9000002",
              "Kunar",
              "Kunar",
              "Konar,Kunar Province",
              "34.9",
              "71.1",
              "A",
              "ADM1",
              "AF",
              "34",
              "",
              "450000"),
          row(
              "9000003",
              "Asadābād",
              "Asadabad",
              "Asadabad,Chaga Saray",
              "34.87",
              "71.15",
              "P",
              "PPLA",
              "AF",
              "34",
              "1001",
              "48000"),
          row(
              "9000004",
              "Kunar River",
              "Kunar River",
              "",
              "34.5",
              "70.9",
              "H",
              "STM",
              "AF",
              "34",
              "",
              "0"));

  @TempDir Path dir;

  @Test
  void builds_a_loadable_index_from_a_geonames_dump() throws IOException {
    Path index = dir.resolve("small.bin");

    GazetteerBuilder.Report report = buildSmall(index);
    Gazetteer gazetteer = Gazetteer.load(index);

    assertThat(report.admin2Skipped()).isZero();
    assertThat(report.admin2Approximate()).isEqualTo(1);
    assertThat(gazetteer.size()).isEqualTo(report.entries());
    GazetteerEntry kunar = gazetteer.admin1("AF", "34").orElseThrow();
    assertThat(kunar.geonamesId()).isEqualTo(9000002L);
    assertThat(gazetteer.lookup("Konar")).contains(kunar);
    assertThat(gazetteer.country("AF").orElseThrow().geonamesId()).isEqualTo(9000001L);
    assertThat(gazetteer.lookup("Chaga Saray"))
        .singleElement()
        .satisfies(
            town -> {
              assertThat(town.kind()).isEqualTo(PlaceFeature.POPULATED_PLACE);
              assertThat(town.admin1Name()).isEqualTo("Kunar");
              assertThat(town.admin2Name()).isEqualTo("Asadabad District");
            });
    assertThat(gazetteer.lookup("Kunar River")).isEmpty();
  }

  @Test
  void locates_divisions_without_a_geonames_row_from_the_state_list_or_their_seat()
      throws IOException {
    Path index = dir.resolve("small.bin");
    buildSmall(index);
    Gazetteer gazetteer = Gazetteer.load(index);

    GazetteerEntry nangarhar = gazetteer.admin1("AF", "18").orElseThrow();
    assertThat(nangarhar.geonamesId()).isNull();
    assertThat(nangarhar.lat()).isEqualTo(34.17);
    assertThat(gazetteer.lookup("Asadabad District"))
        .singleElement()
        .satisfies(district -> assertThat(district.lat()).isEqualTo(34.87));
    assertThat(gazetteer.country("PK").orElseThrow().geonamesId()).isNull();
  }

  @Test
  void places_a_district_nothing_locates_at_its_province_and_says_so() throws IOException {
    Path index = dir.resolve("small.bin");
    buildSmall(index);
    Gazetteer gazetteer = Gazetteer.load(index);

    GazetteerEntry kunar = gazetteer.admin1("AF", "34").orElseThrow();
    assertThat(gazetteer.lookup("Unlocated District"))
        .singleElement()
        .satisfies(
            district -> {
              assertThat(district.kind()).isEqualTo(PlaceFeature.ADMIN2);
              assertThat(district.approximate()).isTrue();
              assertThat(district.admin1Name()).isEqualTo("Kunar");
              assertThat(district.lat()).isEqualTo(kunar.lat());
              assertThat(district.lon()).isEqualTo(kunar.lon());
            });
    assertThat(gazetteer.lookup("Asadabad District").get(0).approximate()).isFalse();
  }

  @Test
  void rejects_an_unknown_command_line_option() {
    assertThatThrownBy(() -> GazetteerBuilder.main(new String[] {"--cities", "x", "--out", "y"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown gazetteer builder option '--cities'");
  }

  @Test
  void says_how_to_build_when_asked_to_load_a_file_that_is_not_an_index() throws IOException {
    Path notAnIndex = Files.write(dir.resolve("x.bin"), new byte[] {1, 2, 3});

    assertThatThrownBy(() -> Gazetteer.load(notAnIndex)).isInstanceOf(IOException.class);
  }

  private GazetteerBuilder.Report buildSmall(Path index) throws IOException {
    Path dump = Files.write(dir.resolve("AF.txt"), DUMP);
    Path admin1 =
        Files.writeString(
            dir.resolve("admin1.json"),
            "[{\"code\":\"AF.34\",\"name\":\"Kunar\"},{\"code\":\"AF.18\",\"name\":\"Nangarhar\"}]");
    Path admin2 =
        Files.writeString(
            dir.resolve("admin2.json"),
            "[{\"code\":\"AF.34.1001\",\"name\":\"Asadabad District\"},"
                + "{\"code\":\"AF.34.1099\",\"name\":\"Unlocated District\"}]");
    Path countries =
        Files.writeString(
            dir.resolve("country.json"),
            "[{\"name\":\"Afghanistan\",\"isoCode\":\"AF\",\"latitude\":\"33.0\","
                + "\"longitude\":\"65.0\"},{\"name\":\"Pakistan\",\"isoCode\":\"PK\","
                + "\"latitude\":\"30.0\",\"longitude\":\"70.0\"}]");
    Path states =
        Files.writeString(
            dir.resolve("state.json"),
            "[{\"name\":\"Nangarhar Province\",\"isoCode\":\"NAN\",\"countryCode\":\"AF\","
                + "\"latitude\":\"34.17\",\"longitude\":\"70.62\"}]");
    return GazetteerBuilder.build(dump, admin1, admin2, countries, states, index);
  }

  private static String row(
      String id,
      String name,
      String ascii,
      String alternates,
      String lat,
      String lon,
      String featureClass,
      String featureCode,
      String country,
      String admin1,
      String admin2,
      String population) {
    return String.join(
        "\t",
        id,
        name,
        ascii,
        alternates,
        lat,
        lon,
        featureClass,
        featureCode,
        country,
        "",
        admin1,
        admin2,
        "",
        "",
        population,
        "",
        "1000",
        "Asia/Kabul",
        "2024-01-01");
  }
}
