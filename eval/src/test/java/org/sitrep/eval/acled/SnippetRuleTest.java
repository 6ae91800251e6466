package org.sitrep.eval.acled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.eval.acled.Events.coded;
import static org.sitrep.eval.acled.Events.uncoded;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;

class SnippetRuleTest {
  private static final CaseLabels LABELS = CaseLabels.shipped();

  // "Talks produced a truce after a week of clashes; a drone strike then hit a depot."
  private static final List<Event> TRUCE_AFTER_FIGHTING =
      List.of(
          coded("Armed clash", "clashes", 40, Modality.ASSERTED, 0.6),
          coded("Agreement", "truce", 16, Modality.ASSERTED, 0.7),
          coded("Air/drone strike", "drone strike", 52, Modality.ASSERTED, 0.95),
          uncoded("Talks", 0));

  @Test
  void first_takes_the_coded_event_that_comes_first_in_the_text() {
    assertThat(SnippetRule.FIRST.predict(TRUCE_AFTER_FIGHTING, LABELS)).isEqualTo("AGREEMENT");
  }

  @Test
  void confident_takes_the_most_confident_coded_event() {
    assertThat(SnippetRule.CONFIDENT.predict(TRUCE_AFTER_FIGHTING, LABELS)).isEqualTo("AIR_STRIKE");
  }

  @Test
  void violent_first_prefers_explosions_to_battles_to_strategic_developments() {
    List<Event> noStrike = TRUCE_AFTER_FIGHTING.subList(0, 2);
    assertThat(SnippetRule.VIOLENT_FIRST.predict(TRUCE_AFTER_FIGHTING, LABELS))
        .isEqualTo("AIR_STRIKE");
    assertThat(SnippetRule.VIOLENT_FIRST.predict(noStrike, LABELS)).isEqualTo("ARMED_CLASH");
  }

  @Test
  void a_threatened_event_yields_to_one_that_happened() {
    // "Rebels threatened a bombing after the police arrested their leader."
    List<Event> events =
        List.of(
            coded("Remote explosive/landmine/IED", "bombing", 18, Modality.FUTURE, 0.9),
            coded("Arrests", "arrested", 44, Modality.REPORTED, 0.8));
    for (SnippetRule rule : SnippetRule.values()) {
      assertThat(rule.predict(events, LABELS)).as(rule.label()).isEqualTo("ARREST");
    }
    assertThat(SnippetRule.FIRST.predict(events.subList(0, 1), LABELS)).isEqualTo("REM_EXPLOS");
  }

  @Test
  void no_coded_event_predicts_none() {
    assertThat(SnippetRule.FIRST.predict(List.of(uncoded("met", 5)), LABELS)).isEqualTo("none");
    assertThat(SnippetRule.VIOLENT_FIRST.predict(List.of(), LABELS)).isEqualTo("none");
  }

  @Test
  void an_acled_type_the_table_does_not_know_is_a_bug_named_in_the_message() {
    List<Event> events = List.of(coded("Weather", "storm", 0, Modality.ASSERTED, 0.5));
    assertThatThrownBy(() -> SnippetRule.FIRST.predict(events, LABELS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Weather");
  }
}
