package org.sitrep.eval.wikievents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

class KairosMappingTest {
  private static final Path WIKIEVENTS =
      Path.of(System.getProperty("sitrep.shared"), "data", "wikievents");
  private final KairosMapping mapping = KairosMapping.standard();

  @Test
  void reads_a_killing_as_a_death_whatever_the_mode() {
    assertThat(mapping.typeOf(EventType.ASSAULT, "aerial", "killed"))
        .contains("Life.Die.Unspecified");
    assertThat(mapping.typeOf(EventType.ASSAULT, null, "deaths")).contains("Life.Die.Unspecified");
  }

  @Test
  void reads_explosions_and_bombings_as_detonations() {
    assertThat(mapping.typeOf(EventType.ASSAULT, "explosives", "blast"))
        .contains("Conflict.Attack.DetonateExplode");
    assertThat(mapping.typeOf(EventType.ASSAULT, "explosives", "car bomb"))
        .contains("Conflict.Attack.DetonateExplode");
  }

  @Test
  void reads_any_other_assault_as_an_attack_and_arrests_as_detention() {
    assertThat(mapping.typeOf(EventType.ASSAULT, "firearms", "ambushed"))
        .contains("Conflict.Attack.Unspecified");
    assertThat(mapping.typeOf(EventType.COERCE, "arrest", "detained"))
        .contains("Justice.ArrestJailDetain.Unspecified");
  }

  @Test
  void gives_no_type_where_kairos_has_none() {
    assertThat(mapping.typeOf(EventType.COERCE, "seize", "confiscated")).isEmpty();
    assertThat(mapping.typeOf(EventType.SANCTION, null, "sanctions")).isEmpty();
  }

  @Test
  void fills_roles_from_slots_by_the_kairos_type() {
    Event shot =
        WikiFixtures.event(
            "V1",
            EventType.ASSAULT,
            "firearms",
            "shot",
            List.of(WikiFixtures.argument("Gunmen")),
            List.of(WikiFixtures.argument("police post")),
            List.of(WikiFixtures.argument("two guards")),
            "Ghazni");
    assertThat(mapping.arguments(shot, "Conflict.Attack.Unspecified"))
        .extracting(PredictedArgument::role, PredictedArgument::text)
        .containsExactly(
            tuple("Attacker", "Gunmen"),
            tuple("Target", "police post"),
            tuple("Target", "two guards"),
            tuple("Place", "Ghazni"));
    assertThat(mapping.arguments(shot, "Life.Die.Unspecified"))
        .extracting(PredictedArgument::role)
        .containsExactly("Killer", "Victim", "Victim", "Place");
  }

  @Test
  void names_only_types_and_roles_the_shared_ontology_has() throws IOException {
    mapping.check(WikiEventsGoldFile.ontology(WIKIEVENTS));
    assertThat(mapping.roles()).contains("Attacker", "Target", "Victim", "Place", "Instrument");
  }

  @Test
  void refuses_a_role_the_ontology_does_not_give_the_type() {
    Map<String, List<String>> placesOnly = new HashMap<>();
    mapping.types().forEach(type -> placesOnly.put(type, List.of("Place")));
    assertThatThrownBy(() -> mapping.check(placesOnly))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no role");
  }

  @Test
  void refuses_a_type_the_ontology_lacks() {
    assertThatThrownBy(() -> mapping.check(Map.of("Life.Die.Unspecified", List.of("Victim"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not a KAIROS type");
  }
}
