package org.sitrep.eval.isaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.eval.isaf.Fixtures.argument;
import static org.sitrep.eval.isaf.Fixtures.day;
import static org.sitrep.eval.isaf.Fixtures.entity;
import static org.sitrep.eval.isaf.Fixtures.event;
import static org.sitrep.eval.isaf.Fixtures.extraction;
import static org.sitrep.eval.isaf.Fixtures.location;
import static org.sitrep.eval.isaf.Fixtures.month;
import static org.sitrep.eval.isaf.Fixtures.place;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateSource;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;
import org.sitrep.model.Modality;
import org.sitrep.model.PlaceFeature;
import org.sitrep.model.RejectReason;
import org.sitrep.model.Rejection;

class IsafProjectionTest {
  private static final IsafProjection PROJECTION = new IsafProjection();

  private static IsafFields project(Event... events) {
    return PROJECTION.project(extraction(List.of(events)));
  }

  @Test
  void codes_an_arrest_in_kandahar_as_a_detention() {
    IsafFields fields =
        project(
            event(EventType.COERCE)
                .mode("arrest")
                .captured(2)
                .date(day("2011-03-01"))
                .location(location("Kandahar", "AF", "Kandahar"))
                .build());

    assertThat(fields)
        .isEqualTo(
            new IsafFields(
                "2011-03-01", List.of("detention"), List.of("kandahar"), List.of(), 0, 2));
  }

  @Test
  void codes_an_arrest_without_a_count_as_a_detention_of_nobody_counted() {
    IsafFields fields = project(event(EventType.COERCE).mode("arrest").build());

    assertThat(fields.eventTypes()).containsExactly("detention");
    assertThat(fields.captured()).isZero();
  }

  @Test
  void codes_fatalities_without_captures_as_insurgents_killed() {
    assertThat(project(event(EventType.ASSAULT).mode("firearms").killed(3).build()).eventTypes())
        .containsExactly("insurgentskilled");
  }

  @Test
  void codes_fatalities_with_an_arrest_as_capture_and_kill() {
    IsafFields fields =
        project(
            event(EventType.COERCE).mode("arrest").captured(2).build(),
            event(EventType.ASSAULT).killed(1).build());

    assertThat(fields.eventTypes()).containsExactly("captureandkill");
    assertThat(fields.killed()).isEqualTo(1);
    assertThat(fields.captured()).isEqualTo(2);
  }

  @Test
  void codes_an_aerial_assault_as_an_airstrike_even_when_it_killed() {
    assertThat(project(event(EventType.ASSAULT).mode("aerial").killed(4).build()).eventTypes())
        .containsExactly("airstrike");
    assertThat(project(event(EventType.ASSAULT).mode("drone").build()).eventTypes())
        .containsExactly("airstrike");
  }

  @Test
  void codes_civilian_victims_killed_as_a_civilian_casualty() {
    Event strike =
        event(EventType.ASSAULT)
            .mode("aerial")
            .killed(1)
            .victim(argument("shopkeeper", "E1", null, "a shopkeeper"))
            .build();
    Extraction extraction =
        extraction(
            List.of(strike),
            List.of(entity("E1", "shopkeeper", null, "civilians", "a shopkeeper")),
            List.of());

    assertThat(PROJECTION.project(extraction).eventTypes()).containsExactly("civiliancasualty");
  }

  @Test
  void reads_civilians_from_argument_words_too() {
    Event event =
        event(EventType.ASSAULT)
            .killed(1)
            .victim(argument("villagers", null, null, "Villagers"))
            .build();

    assertThat(project(event).eventTypes()).containsExactly("civiliancasualty");
  }

  @Test
  void codes_nothing_when_no_event_kills_or_captures() {
    assertThat(project(event(EventType.CONSULT).build()).eventTypes()).isEmpty();
  }

  @Test
  void maps_gazetteer_spellings_to_isaf_spellings() {
    assertThat(provinceOf("Paktia")).isEqualTo("paktya");
    assertThat(provinceOf("Sar-e Pol Province")).isEqualTo("sar-e pul");
    assertThat(provinceOf("Maidan Wardak")).isEqualTo("wardak");
    assertThat(provinceOf("Khowst")).isEqualTo("khost");
    assertThat(provinceOf("Oruzgan")).isEqualTo("uruzgan");
    assertThat(provinceOf("Ghowr")).isEqualTo("ghor");
    assertThat(provinceOf("Helmand")).isEqualTo("helmand");
  }

  @Test
  void keeps_an_unknown_province_as_folded_text() {
    assertThat(provinceOf("Nowhere-Land Province")).isEqualTo("nowhere-land");
  }

  private static String provinceOf(String admin1) {
    return project(event(EventType.COERCE).location(location("x", "AF", admin1)).build())
        .firstProvince();
  }

  @Test
  void takes_a_province_precise_location_name_when_admin1_is_missing() {
    assertThat(
            project(event(EventType.ASSAULT).location(location("Kunar", "AF", null)).build())
                .provinces())
        .containsExactly("kunar");
  }

  @Test
  void puts_the_main_event_province_first() {
    Event meeting =
        event(EventType.CONSULT)
            .date(day("2011-02-28"))
            .location(location("x", "AF", "Paktia"))
            .build();
    Event raid =
        event(EventType.COERCE)
            .mode("arrest")
            .date(day("2011-03-01"))
            .location(location("x", "AF", "Kandahar"))
            .build();

    IsafFields fields = project(meeting, raid);

    assertThat(fields.provinces()).containsExactly("kandahar", "paktya");
    assertThat(fields.date()).isEqualTo("2011-03-01");
  }

  @Test
  void ignores_locations_outside_afghanistan() {
    assertThat(
            project(event(EventType.ASSAULT).location(location("x", "PK", "Khyber")).build())
                .provinces())
        .isEmpty();
  }

  @Test
  void falls_back_to_afghan_provinces_among_the_places_outside_the_dateline() {
    Extraction extraction =
        extraction(
            List.of(event(EventType.COERCE).mode("arrest").build()),
            List.of(),
            List.of(
                place("KABUL", "Kabul", PlaceFeature.ADMIN1, "AF"),
                place("Kandahar", "Kandahar", PlaceFeature.ADMIN1, "AF"),
                place("bazaar", "Bazaar", PlaceFeature.POPULATED_PLACE, "AF")));
    Extraction withDateline =
        new Extraction(
            extraction
                .article()
                .withPublished(
                    LocalDate.of(2011, 3, 2),
                    DateSource.DATELINE,
                    Fixtures.span("KABUL, Afghanistan")),
            extraction.entities(),
            extraction.places(),
            List.of(),
            List.of(),
            extraction.events(),
            List.of(),
            null);

    assertThat(PROJECTION.project(extraction).provinces()).containsExactly("kabul", "kandahar");
    assertThat(PROJECTION.project(withDateline).provinces()).containsExactly("kandahar");
  }

  @Test
  void prefers_the_first_day_precise_operation_for_the_date() {
    IsafFields fields =
        project(
            event(EventType.CONSULT).date(day("2011-02-28")).build(),
            event(EventType.ASSAULT).date(month("2011-03")).build(),
            event(EventType.COERCE).date(day("2011-03-01")).build(),
            event(EventType.ASSAULT).date(day("2011-03-02")).build());

    assertThat(fields.date()).isEqualTo("2011-03-01");
  }

  @Test
  void takes_any_day_precise_event_before_a_vaguer_date() {
    assertThat(
            project(
                    event(EventType.ASSAULT).date(month("2011-03")).build(),
                    event(EventType.CONSULT).date(day("2011-02-28")).build())
                .date())
        .isEqualTo("2011-02-28");
  }

  @Test
  void falls_back_to_the_earliest_dated_event_when_none_has_a_day() {
    assertThat(
            project(
                    event(EventType.ASSAULT).date(month("2011-03")).build(),
                    event(EventType.ASSAULT).date(month("2011-01")).build(),
                    event(EventType.ASSAULT).build())
                .date())
        .isEqualTo("2011-01");
  }

  @Test
  void reads_target_groups_from_actor_ids_names_and_linked_entities() {
    Event raid =
        event(EventType.COERCE)
            .mode("arrest")
            .target(argument("facilitator", null, "taliban", "two suspects"))
            .target(argument("Haqqani network leader", null, null, "two suspects"))
            .victim(argument("gunman", "E2", null, "gunman"))
            .build();
    Extraction extraction =
        extraction(
            List.of(raid),
            List.of(entity("E2", "Islamic Movement of Uzbekistan", null, null, "gunman")),
            List.of());

    assertThat(PROJECTION.project(extraction).targetGroups())
        .containsExactly("haqqani", "imu", "taliban");
  }

  @Test
  void reads_al_qaida_and_hezb_e_islami_in_their_usual_spellings() {
    Event raid =
        event(EventType.COERCE)
            .target(argument("al-Qa'ida cell", null, null, "two suspects"))
            .target(argument("Hezb-e Islami Gulbuddin", null, null, "two suspects"))
            .build();

    assertThat(project(raid).targetGroups()).containsExactly("aq", "hig");
  }

  @Test
  void never_finds_short_abbreviations_inside_longer_words() {
    Event raid =
        event(EventType.COERCE)
            .target(argument("immune high-value Iraq veterans", null, null, "two suspects"))
            .build();

    assertThat(project(raid).targetGroups()).isEmpty();
  }

  @Test
  void ignores_denied_and_future_events() {
    IsafFields fields =
        project(
            event(EventType.ASSAULT).killed(5).modality(Modality.DENIED).build(),
            event(EventType.COERCE).mode("arrest").captured(3).modality(Modality.FUTURE).build(),
            event(EventType.COERCE).mode("arrest").captured(1).modality(Modality.REPORTED).build());

    assertThat(fields.killed()).isZero();
    assertThat(fields.captured()).isEqualTo(1);
    assertThat(fields.eventTypes()).containsExactly("detention");
  }

  @Test
  void sums_minimum_counts_over_events() {
    IsafFields fields =
        project(
            event(EventType.ASSAULT).killed(2).captured(1).build(),
            event(EventType.ASSAULT).killed(3).build(),
            event(EventType.COERCE).captured(4).build());

    assertThat(fields.killed()).isEqualTo(5);
    assertThat(fields.captured()).isEqualTo(5);
  }

  @Test
  void predicts_nothing_for_a_rejected_extraction() {
    Extraction rejected =
        Extraction.rejected(
            Fixtures.article(), new Rejection(RejectReason.NOT_ENGLISH, "test rejection"));

    assertThat(PROJECTION.project(rejected)).isEqualTo(IsafFields.empty());
  }
}
