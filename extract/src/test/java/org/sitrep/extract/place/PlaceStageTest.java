package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.TestPipeline;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceFeature;
import org.sitrep.model.text.AnnotatedText;

@Tag("model")
class PlaceStageTest {
  private static final PlaceStage STAGE = new PlaceStage(Gazetteer.loadDefault());

  private static List<Place> places(String text) {
    AnnotatedText annotated = TestPipeline.annotate(text, LocalDate.of(2020, 3, 2));
    return STAGE.places(annotated, new boolean[annotated.tokens().size()]);
  }

  private static Place place(List<Place> places, String text) {
    return places.stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void puts_a_town_inside_the_state_named_after_a_comma() {
    List<Place> places = places("A fire destroyed a warehouse in Alexandria, La., on Monday.");

    Place alexandria = place(places, "Alexandria");
    assertThat(alexandria.countryCode()).isEqualTo("US");
    assertThat(alexandria.admin1()).isEqualTo("Louisiana");
    assertThat(alexandria.resolution()).contains("inside Louisiana");
  }

  @Test
  void reads_country_adjectives_as_adjectival_places() {
    List<Place> places = places("Afghan and Pakistani officials met on Sunday to discuss trade.");

    assertThat(places)
        .filteredOn(Place::adjectival)
        .extracting(Place::countryCode)
        .containsExactly("AF", "PK");
    assertThat(places).allSatisfy(p -> assertThat(p.feature()).isEqualTo(PlaceFeature.COUNTRY));
  }

  @Test
  void places_an_afghan_district_the_data_does_not_locate_at_its_province() {
    List<Place> places =
        places("Gunmen attacked a police checkpoint in Kot district of Nangarhar province.");

    Place kot = place(places, "Kot");
    Place nangarhar = place(places, "Nangarhar");
    assertThat(kot.feature()).isEqualTo(PlaceFeature.ADMIN2);
    assertThat(kot.countryCode()).isEqualTo("AF");
    assertThat(kot.admin1()).isEqualTo("Nangarhar");
    assertThat(kot.lat()).isEqualTo(nangarhar.lat());
    assertThat(kot.resolution()).contains("its coordinates are its province's");
  }

  @Test
  void gives_every_mention_of_a_name_one_reading_near_the_other_places() {
    List<Place> places =
        places(
            "Police in Gainesville arrested two men on Friday. The men drove to Atlanta and"
                + " back to Gainesville before dawn, the Hall County sheriff said.");

    assertThat(places)
        .filteredOn(p -> p.text().equals("Gainesville"))
        .hasSize(2)
        .allSatisfy(p -> assertThat(p.admin1()).isEqualTo("Georgia"));
  }

  @Test
  void finds_continents_and_regions_with_coordinates_and_no_country() {
    List<Place> places = places("Cases of the flu rose across Africa and the Middle East in May.");

    Place africa = place(places, "Africa");
    assertThat(africa.feature()).isEqualTo(PlaceFeature.REGION);
    assertThat(africa.countryCode()).isNull();
    assertThat(africa.resolved()).isTrue();
    assertThat(place(places, "Middle East").feature()).isEqualTo(PlaceFeature.REGION);
  }

  @Test
  void leaves_out_names_that_are_not_places_here() {
    List<Place> places =
        places(
            "Veterans of the Gulf War met at City Hall in Dayton, where a speaker said the"
                + " planet Earth is warming.");

    assertThat(places).extracting(Place::text).containsExactly("Dayton");
  }

  @Test
  void prefers_the_country_to_its_capital_city_of_the_same_name() {
    List<Place> places = places("Exports from Mexico to Canada grew by a fifth last year.");

    assertThat(place(places, "Mexico").feature()).isEqualTo(PlaceFeature.COUNTRY);
  }

  @Test
  void finds_a_province_after_a_direction() {
    List<Place> places = places("Clashes broke out in northern Kunar on Sunday, officials said.");

    Place kunar = place(places, "Kunar");
    assertThat(kunar.feature()).isEqualTo(PlaceFeature.ADMIN1);
    assertThat(kunar.countryCode()).isEqualTo("AF");
  }
}
