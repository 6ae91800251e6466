package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.TestPipeline;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;

@Tag("model")
class EventCodingTest {
  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(TestPipeline.annotator(), Gazetteer.loadDefault());

  private static Extraction read(String text, LocalDate published) {
    return EXTRACTOR.extract(TestPipeline.article(text, published));
  }

  private static Event first(String text) {
    List<Event> events = read(text, LocalDate.of(2019, 5, 6)).events();
    assertThat(events).as(text).isNotEmpty();
    return events.get(0);
  }

  @Test
  void state_forces_taking_back_a_town_is_government_regains_territory() {
    Event event =
        first("Government troops recaptured the town of Brenna from the rebels on Sunday.");

    assertThat(event.type()).isEqualTo(EventType.ASSAULT);
    assertThat(event.actors())
        .as("actors")
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.actorType()).as(a.toString()).isEqualTo("state forces");
            });
    assertThat(event.acled().subEventType()).isEqualTo("Government regains territory");
  }

  @Test
  void capturing_a_town_is_an_assault_on_territory_not_an_arrest() {
    Event event = first("Rebel fighters captured the town of Mervale after heavy fighting.");

    assertThat(event.type()).isEqualTo(EventType.ASSAULT);
    assertThat(event.captured()).isNull();
    assertThat(event.acled().eventType()).isEqualTo("Battles");
  }

  @Test
  void people_arrested_in_a_named_province_stay_an_arrest() {
    Event event = first("Police arrested two men in Gardez district, Paktiya province, on Monday.");

    assertThat(event.type()).isEqualTo(EventType.COERCE);
    assertThat(event.acled().subEventType()).isEqualTo("Arrests");
    assertThat(event.captured().min()).isEqualTo(2);
  }

  @Test
  void tear_gas_on_a_crowd_is_a_protest_with_intervention() {
    Event event =
        first("Police used tear gas on hundreds of protesters outside the city hall on Friday.");

    assertThat(event.acled().subEventType()).isEqualTo("Protest with intervention");
  }

  @Test
  void a_defused_bomb_is_disrupted_weapons_use() {
    Event event = first("Soldiers defused a roadside bomb near the main market on Monday.");

    assertThat(event.type()).isEqualTo(EventType.COERCE);
    assertThat(event.acled().subEventType()).isEqualTo("Disrupted weapons use");
  }

  @Test
  void a_thrown_grenade_is_coded_apart_from_other_explosives() {
    Event event = first("Militants threw a grenade at a police station in the old town.");

    assertThat(event.acled().subEventType()).isEqualTo("Grenade");
  }

  @Test
  void people_joined_by_and_add_up_and_a_vague_word_counts_its_floor() {
    Event event =
        first("Soldiers captured a rebel commander and numerous associates during a night raid.");

    assertThat(event.captured().min()).isEqualTo(5);
    assertThat(event.captured().max()).isNull();
  }

  @Test
  void unnamed_attackers_get_the_actor_type_their_noun_implies() {
    Event event = first("Gunmen killed three villagers near the border on Tuesday.");

    assertThat(event.actors())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.actorType()).isEqualTo("political militia");
            });
    assertThat(event.acled().subEventType()).isEqualTo("Attack");
  }

  @Test
  void coalition_forces_are_the_mission_of_the_time() {
    String text = "Coalition forces detained two suspects in Ghazni province.";

    assertThat(actorIds(read(text, LocalDate.of(2012, 3, 1)))).contains("isaf");
    assertThat(actorIds(read(text, LocalDate.of(2016, 3, 1)))).contains("resolute-support");
  }

  @Test
  void a_known_leader_carries_the_roles_the_catalogue_records() {
    Extraction extraction =
        read("Abdul Hasib was killed in a raid in Nangarhar.", LocalDate.of(2017, 5, 8));

    Entity leader =
        extraction.entities().stream()
            .filter(e -> "abdul-hasib".equals(e.actorId()))
            .findFirst()
            .orElseThrow();
    assertThat(leader.parent()).isEqualTo("islamic-state-khorasan");
    assertThat(leader.roles())
        .singleElement()
        .satisfies(
            role -> {
              assertThat(role.role()).isEqualTo("leader");
              assertThat(role.until()).isEqualTo("2017-04");
            });
  }

  private static List<String> actorIds(Extraction extraction) {
    return extraction.entities().stream().map(Entity::actorId).toList();
  }
}
