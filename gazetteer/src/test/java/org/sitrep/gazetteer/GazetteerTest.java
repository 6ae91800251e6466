package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.PlaceFeature;

class GazetteerTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void loadTheDefaultIndexOnce() {
    long started = System.nanoTime();
    gazetteer = Gazetteer.loadDefault();
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "gazetteer: loaded %d entries, %d keys in %d ms%n",
        gazetteer.size(), gazetteer.keyCount(), millis);
  }

  @ParameterizedTest
  @CsvSource({
    "Kunar, 34",
    "Konar, 34",
    "Nangarhar, 18",
    "Ningarhar, 18",
    "Paktya, 36",
    "Paktia, 36",
    "Uruzgan, 39",
    "Oruzgan, 39",
    "Helmand, 10",
    "Hilmand, 10",
    "Sar-e Pul, 33",
    "Sari Pul, 33",
    "Maidan Wardak, 27",
    "Ghor, 09",
  })
  void resolves_afghan_province_spellings_to_their_admin1(String name, String admin1Code) {
    List<GazetteerEntry> provinces =
        gazetteer.lookup(name).stream().filter(e -> e.kind() == PlaceFeature.ADMIN1).toList();

    assertThat(provinces)
        .anySatisfy(
            province -> {
              assertThat(province.countryCode()).isEqualTo("AF");
              assertThat(province.admin1Code()).isEqualTo(admin1Code);
              assertInAfghanistan(province);
            });
  }

  @Test
  void finds_kabul_as_the_capital_city_and_as_the_province() {
    List<GazetteerEntry> kabul = gazetteer.lookup("Kabul");

    assertThat(kabul)
        .anySatisfy(
            city -> {
              assertThat(city.featureCode()).isEqualTo("PPLC");
              assertThat(city.countryCode()).isEqualTo("AF");
              assertThat(city.population()).isGreaterThan(3_000_000);
              assertThat(city.geonamesId()).isNotNull();
            })
        .anySatisfy(
            province -> {
              assertThat(province.kind()).isEqualTo(PlaceFeature.ADMIN1);
              assertThat(province.admin1Code()).isEqualTo("13");
            });
  }

  @Test
  void finds_afghan_candidates_for_kot() {
    assertThat(gazetteer.lookup("Kot"))
        .anySatisfy(e -> assertThat(e.countryCode()).isEqualTo("AF"));
  }

  @Test
  void finds_the_seat_of_helmand_with_its_province_name() {
    assertThat(gazetteer.lookup("Lashkar Gah"))
        .anySatisfy(
            town -> {
              assertThat(town.kind()).isEqualTo(PlaceFeature.POPULATED_PLACE);
              assertThat(town.admin1Name()).isEqualTo("Helmand");
              assertInAfghanistan(town);
            });
  }

  @Test
  void places_helmand_in_afghanistan_although_the_state_list_places_it_in_america() {
    GazetteerEntry helmand = gazetteer.admin1("AF", "10").orElseThrow();

    assertInAfghanistan(helmand);
  }

  @Test
  void maps_demonyms_to_countries() {
    assertThat(gazetteer.countryOfDemonym("Afghan")).contains("AF");
    assertThat(gazetteer.countryOfDemonym("Afghans")).contains("AF");
    assertThat(gazetteer.countryOfDemonym("Pakistani")).contains("PK");
    assertThat(gazetteer.countryOfDemonym("pakistanis")).contains("PK");
    assertThat(gazetteer.countryOfDemonym("Kurdish")).isEmpty();
  }

  @Test
  void finds_the_united_states_by_its_abbreviation_first() {
    assertThat(gazetteer.lookup("U.S."))
        .first()
        .satisfies(
            us -> {
              assertThat(us.kind()).isEqualTo(PlaceFeature.COUNTRY);
              assertThat(us.countryCode()).isEqualTo("US");
            });
    assertThat(gazetteer.lookup("Ivory Coast").get(0).countryCode()).isEqualTo("CI");
    assertThat(gazetteer.lookup("DRC").get(0).countryCode()).isEqualTo("CD");
  }

  @Test
  void has_every_iso_country_with_coordinates() {
    for (String iso2 : Locale.getISOCountries()) {
      assertThat(gazetteer.country(iso2)).as(iso2).isPresent();
    }
    assertThat(gazetteer.country("af").orElseThrow().name()).isEqualTo("Afghanistan");
  }

  @Test
  void resolves_every_curated_variant_inside_its_province() throws IOException {
    TsvTable variants = TsvTable.fromResource(CuratedNames.VARIANTS);
    for (List<String> row : variants.rows()) {
      assertThat(gazetteer.lookup(variants.cell(row, "variant")))
          .as(row.toString())
          .anySatisfy(
              e -> {
                assertThat(e.countryCode()).isEqualTo(variants.cell(row, "country"));
                assertThat(e.admin1Code()).isEqualTo(variants.cell(row, "admin1"));
              });
    }
  }

  @Test
  void looks_up_in_microseconds() {
    List<String> names = List.of("Kabul", "Ningarhar", "Paris", "Nowhere-at-all", "U.S.");
    int rounds = 100_000;
    long started = System.nanoTime();
    int found = 0;
    for (int i = 0; i < rounds; i++) {
      found += gazetteer.lookup(names.get(i % names.size())).size();
    }
    double micros = (System.nanoTime() - started) / 1000.0 / rounds;
    System.out.printf("gazetteer: %.2f µs per lookup%n", micros);

    assertThat(found).isPositive();
    assertThat(micros).isLessThan(100);
  }

  @Test
  void returns_nothing_for_an_unknown_name() {
    assertThat(gazetteer.lookup("Qwxzplk")).isEmpty();
    assertThat(gazetteer.lookup("")).isEmpty();
  }

  private static void assertInAfghanistan(GazetteerEntry entry) {
    assertThat(entry.lat()).as(entry.name() + " lat").isBetween(29.0, 39.0);
    assertThat(entry.lon()).as(entry.name() + " lon").isBetween(60.0, 75.5);
  }
}
