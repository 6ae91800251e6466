package org.sitrep.eval.acled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AcledType;

class CaseLabelsTest {
  private static final CaseLabels LABELS = CaseLabels.shipped();

  /** The extractor's table, read from the sibling module's sources (eval does not depend on it). */
  private static final Path EXTRACTOR_TABLE =
      Path.of("..", "extract", "src", "main", "resources", "org", "sitrep", "extract", "event")
          .resolve("acled.tsv");

  @Test
  void has_a_code_for_every_sub_event_type_the_extractor_emits() throws IOException {
    List<String> subEventTypes =
        Files.readAllLines(EXTRACTOR_TABLE).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .map(line -> line.split("\t")[4])
            .toList();

    assertThat(subEventTypes).isNotEmpty();
    assertThat(subEventTypes)
        .allSatisfy(
            name -> assertThat(LABELS.code(new AcledType("any", name))).as(name).isPresent());
  }

  @Test
  void knows_the_25_acled_codes_and_the_5_outside_acled() {
    assertThat(LABELS.code(new AcledType("Battles", "Government regains territory")))
        .contains("GOV_REGAINS_TERIT");
    assertThat(LABELS.code(new AcledType("Strategic developments", "Arrests"))).contains("ARREST");
    assertThat(LABELS.isAcled("PROPERTY_DISTRUCT")).isTrue();
    for (String outside :
        List.of("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB")) {
      assertThat(LABELS.isCode(outside)).as(outside).isTrue();
      assertThat(LABELS.isAcled(outside)).as(outside).isFalse();
    }
    assertThat(LABELS.isCode("none")).isFalse();
  }

  @Test
  void ranks_explosions_before_battles_before_strategic_developments() {
    assertThat(LABELS.precedence("SUIC_BOMB")).isLessThan(LABELS.precedence("ARMED_CLASH"));
    assertThat(LABELS.precedence("ARMED_CLASH")).isLessThan(LABELS.precedence("AGREEMENT"));
  }
}
