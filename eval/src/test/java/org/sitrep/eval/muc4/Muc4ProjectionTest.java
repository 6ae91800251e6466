package org.sitrep.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Argument;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;
import org.sitrep.model.Modality;
import org.sitrep.model.RejectReason;
import org.sitrep.model.Rejection;
import org.sitrep.model.TextSpan;

class Muc4ProjectionTest {
  private static final String TEXT =
      "OFFICIALS SAID THAT GUNMEN OF THE RED HAND FRONT SHOT THE MAYOR AND BURNED HIS CAR WITH"
          + " PETROL. AN ARMY PATROL CLASHED WITH THEM. THE GUNMEN ALSO SHOT HIM.";

  private final Muc4Projection projection = new Muc4Projection();

  @Test
  void maps_actors_targets_victims_and_instruments_to_the_five_roles() {
    Entity front =
        new Entity(
            "E1",
            EntityKind.GROUP,
            "RED HAND FRONT",
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(span("RED HAND FRONT")));
    Event shooting =
        event(
            EventType.ASSAULT,
            Modality.REPORTED,
            List.of(
                argument("THAT GUNMEN", null, "THAT GUNMEN"),
                argument("RED HAND FRONT", "E1", "RED HAND")),
            List.of(argument("CAR", null, "HIS CAR")),
            List.of(argument("MAYOR", null, "THE MAYOR")),
            List.of(argument("PETROL", null, "PETROL")));

    RoleFillers fillers = projection.project(extraction(List.of(shooting), List.of(front)));

    assertThat(fillers.of(Muc4Role.PERP_IND)).containsExactly(List.of("GUNMEN"));
    assertThat(fillers.of(Muc4Role.PERP_ORG)).containsExactly(List.of("RED HAND FRONT"));
    assertThat(fillers.of(Muc4Role.TARGET)).containsExactly(List.of("CAR"));
    assertThat(fillers.of(Muc4Role.VICTIM)).containsExactly(List.of("MAYOR"));
    assertThat(fillers.of(Muc4Role.WEAPON)).containsExactly(List.of("PETROL"));
  }

  @Test
  void drops_pronouns_and_events_that_are_not_incidents() {
    Event clash =
        event(
            EventType.ASSAULT,
            Modality.ASSERTED,
            List.of(argument("THEY", null, "THEM")),
            List.of(),
            List.of(argument("THEM", null, "THEM")),
            List.of());
    Event accusation =
        event(
            EventType.ACCUSE,
            Modality.ASSERTED,
            List.of(argument("OFFICIALS", null, "OFFICIALS")),
            List.of(),
            List.of(),
            List.of());

    RoleFillers fillers = projection.project(extraction(List.of(clash, accusation), List.of()));

    assertThat(fillers.size()).isZero();
  }

  @Test
  void keeps_state_forces_as_perpetrator_individuals() {
    Event clash =
        event(
            EventType.ASSAULT,
            Modality.ASSERTED,
            List.of(argument("AN ARMY PATROL", null, "AN ARMY PATROL")),
            List.of(),
            List.of(),
            List.of());

    RoleFillers fillers = projection.project(extraction(List.of(clash), List.of()));

    assertThat(fillers.of(Muc4Role.PERP_IND)).containsExactly(List.of("ARMY PATROL"));
  }

  @Test
  void names_the_armed_groups_of_a_document_with_an_incident_as_perpetrator_organisations() {
    Entity front =
        new Entity(
            "E1",
            EntityKind.GROUP,
            "Red Hand Front",
            "red-hand",
            "rebel group",
            null,
            null,
            null,
            List.of(),
            List.of(span("RED HAND FRONT")));
    Entity unit =
        new Entity(
            "E2",
            EntityKind.ORGANIZATION,
            "ARMY",
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(span("ARMY")));
    Event shooting =
        event(
            EventType.ASSAULT,
            Modality.ASSERTED,
            List.of(argument("GUNMEN", null, "THE GUNMEN")),
            List.of(),
            List.of(argument("HIM", null, "HIM")),
            List.of());

    assertThat(
            projection
                .project(extraction(List.of(shooting), List.of(front, unit)))
                .of(Muc4Role.PERP_ORG))
        .containsExactly(List.of("RED HAND FRONT")); // as written, not the catalogue name
    assertThat(projection.project(extraction(List.of(), List.of(front, unit))).size()).isZero();
  }

  @Test
  void an_organisation_inside_the_actor_phrase_is_a_perpetrator_organisation() {
    Entity front =
        new Entity(
            "E1",
            EntityKind.ORGANIZATION,
            "RED HAND",
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(span("RED HAND")));
    Event shooting =
        event(
            EventType.ASSAULT,
            Modality.ASSERTED,
            List.of(argument("GUNMEN", null, "GUNMEN OF THE RED HAND FRONT")),
            List.of(),
            List.of(),
            List.of());

    RoleFillers fillers = projection.project(extraction(List.of(shooting), List.of(front)));

    assertThat(fillers.of(Muc4Role.PERP_IND)).containsExactly(List.of("GUNMEN"));
    assertThat(fillers.of(Muc4Role.PERP_ORG)).containsExactly(List.of("RED HAND"));
  }

  @Test
  void keeps_one_entity_per_normalised_filler_across_events() {
    Event first =
        event(
            EventType.ASSAULT,
            Modality.ASSERTED,
            List.of(argument("GUNMEN", null, "GUNMEN")),
            List.of(),
            List.of(argument("MAYOR", null, "THE MAYOR")),
            List.of());
    Event second =
        event(
            EventType.ASSAULT,
            Modality.DENIED,
            List.of(argument("THE GUNMEN", null, "THE GUNMEN")),
            List.of(),
            List.of(),
            List.of());

    RoleFillers fillers = projection.project(extraction(List.of(first, second), List.of()));

    assertThat(fillers.of(Muc4Role.PERP_IND)).containsExactly(List.of("GUNMEN"));
    assertThat(fillers.of(Muc4Role.VICTIM)).containsExactly(List.of("MAYOR"));
  }

  @Test
  void a_rejected_extraction_predicts_nothing() {
    Extraction rejected = Extraction.rejected(article(), new Rejection(RejectReason.EMPTY, "x"));
    assertThat(projection.project(rejected)).isEqualTo(RoleFillers.none());
  }

  private static Event event(
      EventType type,
      Modality modality,
      List<Argument> actors,
      List<Argument> targets,
      List<Argument> victims,
      List<Argument> instruments) {
    return new Event(
        "V1",
        type,
        null,
        List.of(),
        null,
        span("SHOT"),
        actors,
        targets,
        victims,
        instruments,
        EventDate.unknown(),
        null,
        null,
        null,
        null,
        modality,
        null,
        List.of(),
        0.9);
  }

  private static Argument argument(String name, String entity, String phrase) {
    TextSpan span = span(phrase);
    return new Argument(name, entity, null, null, span.start(), span.end(), span.text());
  }

  private static TextSpan span(String phrase) {
    int start = TEXT.indexOf(phrase);
    if (start < 0) {
      throw new IllegalArgumentException("fixture text lacks " + phrase);
    }
    return TextSpan.of(TEXT, start, start + phrase.length());
  }

  private static Article article() {
    return new Article(
        "m1", null, TEXT, null, DateSource.UNKNOWN, null, null, null, "test", Map.of(), List.of());
  }

  private static Extraction extraction(List<Event> events, List<Entity> entities) {
    return new Extraction(
        article(), entities, List.of(), List.of(), List.of(), events, List.of(), null);
  }
}
