package org.sitrep.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AtlasTest {
  private static final Atlas ATLAS = Atlas.load();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode geometries(byte[] topology) throws IOException {
    JsonNode root = JSON.readTree(topology);
    assertThat(root.path("type").asText()).isEqualTo("Topology");
    return root.path("objects").elements().next().path("geometries");
  }

  private static List<String> names(JsonNode geometries) {
    List<String> names = new ArrayList<>();
    geometries.forEach(geometry -> names.add(geometry.path("properties").path("name").asText()));
    return names;
  }

  @Test
  void world_holds_more_than_170_countries_with_afghanistan_as_afg_and_af() throws IOException {
    JsonNode countries = geometries(ATLAS.world().orElseThrow());

    assertThat(countries.size()).isGreaterThan(170);
    assertThat(countries)
        .anySatisfy(
            country -> {
              assertThat(country.path("id").asText()).isEqualTo("AFG");
              assertThat(country.path("properties").path("iso2").asText()).isEqualTo("AF");
              assertThat(country.path("properties").path("name").asText()).isEqualTo("Afghanistan");
            });
  }

  @Test
  void index_lists_afghanistan_with_its_34_province_outlines() {
    assertThat(ATLAS.countries().size()).isGreaterThan(170);
    assertThat(ATLAS.country("AF")).contains(new Country("AF", "AFG", "Afghanistan", 34));
    assertThat(ATLAS.country("af")).isEqualTo(ATLAS.country("AF"));
  }

  @Test
  void afghan_provinces_include_kunar_nangarhar_and_kabul_with_hasc_ids() throws IOException {
    JsonNode provinces = geometries(ATLAS.provinces("AF").orElseThrow());

    assertThat(names(provinces)).contains("Kunar", "Nangarhar", "Kabul", "Badghis");
    assertThat(provinces)
        .allSatisfy(
            province -> {
              assertThat(province.path("id").asText()).startsWith("AF.");
              assertThat(province.path("properties").path("iso2").asText()).isEqualTo("AF");
            });
  }

  @Test
  void provinces_are_found_in_either_case() {
    assertThat(ATLAS.provinces("af")).isPresent();
    assertThat(ATLAS.provinces("Af").orElseThrow()).isEqualTo(ATLAS.provinces("AF").orElseThrow());
  }

  @Test
  void provinces_reject_anything_but_two_ascii_letters_of_a_known_country() {
    assertThat(ATLAS.provinces("../x")).isEmpty();
    assertThat(ATLAS.provinces("../index")).isEmpty();
    assertThat(ATLAS.provinces("ZZ")).isEmpty();
    assertThat(ATLAS.provinces("AFG")).isEmpty();
    assertThat(ATLAS.provinces("A")).isEmpty();
    assertThat(ATLAS.provinces("")).isEmpty();
    assertThat(ATLAS.provinces(null)).isEmpty();
    assertThat(ATLAS.provinces("ÄF")).isEmpty();
    assertThat(ATLAS.provinces("A/")).isEmpty();
  }

  @Test
  void a_country_without_province_outlines_has_no_province_file() {
    assertThat(ATLAS.country("GF")).hasValueSatisfying(c -> assertThat(c.provinces()).isZero());
    assertThat(ATLAS.provinces("GF")).isEmpty();
  }

  @Test
  void callers_get_their_own_copy_of_the_bytes() {
    byte[] first = ATLAS.world().orElseThrow();
    byte[] original = first.clone();
    first[0] = 'x';

    assertThat(ATLAS.world().orElseThrow()).isEqualTo(original);
  }

  @Test
  void index_matches_the_province_files_and_the_world() throws IOException {
    for (Country country : ATLAS.countries()) {
      if (country.provinces() > 0) {
        JsonNode provinces = geometries(ATLAS.provinces(country.iso2()).orElseThrow());
        assertThat(provinces.size()).as(country.iso2()).isEqualTo(country.provinces());
      }
    }
    Map<String, Country> byIso2 =
        ATLAS.countries().stream().collect(Collectors.toMap(Country::iso2, Function.identity()));
    for (JsonNode outline : geometries(ATLAS.world().orElseThrow())) {
      String iso2 = outline.path("properties").path("iso2").asText("");
      if (!iso2.isEmpty()) {
        assertThat(byIso2).containsKey(iso2);
        assertThat(byIso2.get(iso2).iso3()).isEqualTo(outline.path("id").asText());
      }
    }
    assertThat(ATLAS.countries()).extracting(Country::iso2).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void countries_validate_their_codes() {
    assertThatThrownBy(() -> new Country("af", "AFG", "Afghanistan", 1))
        .hasMessageContaining("iso2");
    assertThatThrownBy(() -> new Country("AF", "AF", "Afghanistan", 1))
        .hasMessageContaining("iso3");
    assertThatThrownBy(() -> new Country("AF", "AFG", " ", 1)).hasMessageContaining("name");
    assertThatThrownBy(() -> new Country("AF", "AFG", "Afghanistan", -1))
        .hasMessageContaining("provinces");
  }
}
