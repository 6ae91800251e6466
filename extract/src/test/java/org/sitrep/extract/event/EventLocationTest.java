package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.TestPipeline;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;
import org.sitrep.model.LocationPrecision;

@Tag("model")
class EventLocationTest {
  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(TestPipeline.annotator(), Gazetteer.loadDefault());

  private static Extraction read(String text) {
    Article article = TestPipeline.article(text, LocalDate.of(2011, 5, 3));
    return EXTRACTOR.extract(article);
  }

  private static EventLocation locationOf(Extraction extraction, EventType type) {
    return extraction.events().stream()
        .filter(e -> e.type() == type)
        .map(Event::location)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void the_dateline_city_is_where_the_story_was_filed_not_where_it_happened() {
    Extraction extraction =
        read(
            "Press release\n"
                + "KABUL, Afghanistan (May 3) - An Afghan army unit arrested two"
                + " insurgents in Chak district, Wardak province, today.");

    EventLocation location = locationOf(extraction, EventType.COERCE);
    assertThat(location.admin1()).isEqualTo("Maidan Wardak Province");
    assertThat(location.precision()).isNotEqualTo(LocationPrecision.COUNTRY);
  }

  @Test
  void a_district_the_gazetteer_lacks_in_the_named_province_leaves_the_event_in_the_province() {
    Extraction extraction =
        read("Coalition forces detained a bomb maker in Jaghatu district, Ghazni province, today.");

    EventLocation location = locationOf(extraction, EventType.COERCE);
    assertThat(location.name()).isEqualTo("Ghazni");
    assertThat(location.precision()).isEqualTo(LocationPrecision.ADMIN1);
    assertThat(extraction.places())
        .filteredOn(p -> p.text().equals("Jaghatu"))
        .singleElement()
        .satisfies(
            jaghatu -> {
              assertThat(jaghatu.resolved()).isFalse();
              assertThat(jaghatu.resolution()).contains("puts it in Ghazni");
            });
  }

  @Test
  void a_state_named_inside_a_title_is_not_where_the_event_happened() {
    Extraction extraction =
        read("The US Defense Secretary said that US and Afghan forces killed the commander.");

    assertThat(extraction.events())
        .filteredOn(e -> e.type() == EventType.ASSAULT)
        .allSatisfy(e -> assertThat(e.location()).isNull());
  }
}
