package org.sitrep.eval.wikievents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.Tally;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.TextSpan;

class DocumentOutcomeTest {
  private final KairosMapping mapping = KairosMapping.standard();

  private PredictedEvent read(Event event) {
    return PredictedEvent.of(event, mapping);
  }

  private static Event stormed() {
    return WikiFixtures.event(
        "V1",
        EventType.ASSAULT,
        null,
        "stormed",
        List.of(WikiFixtures.argument("Gunmen")),
        List.of(WikiFixtures.argument("a police post")),
        List.of(),
        "Ghazni");
  }

  private static Event shot(List<String> victims) {
    return WikiFixtures.event(
        "V2",
        EventType.ASSAULT,
        "firearms",
        "shot",
        List.of(),
        List.of(),
        victims.stream().map(WikiFixtures::argument).toList(),
        null);
  }

  private WikiEventsReport report(Event... events) {
    DocumentOutcome outcome =
        DocumentOutcome.score(
            WikiFixtures.document(), List.of(events).stream().map(this::read).toList());
    return new WikiEventsReport(List.of(outcome), List.copyOf(mapping.roles()), mapping.types());
  }

  @Test
  void matches_triggers_by_overlap_and_counts_the_missed_death() {
    WikiEventsReport report = report(stormed(), shot(List.of("two guards")));
    assertThat(report.triggerIdentification()).isEqualTo(new Tally(3, 2, 2));
    assertThat(report.triggerClassification(false)).isEqualTo(new Tally(3, 2, 2));
  }

  @Test
  void an_argument_whose_phrase_contains_the_gold_head_is_right() {
    WikiEventsReport report = report(stormed());
    assertThat(report.arguments("Attacker", false, true)).isEqualTo(new Tally(1, 1, 1));
    assertThat(report.arguments("Target", false, true)).isEqualTo(new Tally(2, 1, 1));
    assertThat(report.arguments("Place", false, true)).isEqualTo(new Tally(1, 1, 1));
    assertThat(report.arguments("Victim", false, true)).isEqualTo(new Tally(1, 0, 0));
  }

  @Test
  void a_coreferent_mention_counts_only_when_asked() {
    WikiEventsReport report = report(shot(List.of("Rahim Noori")));
    assertThat(report.arguments("Target", false, true)).isEqualTo(new Tally(2, 1, 1));
    assertThat(report.arguments("Target", false, false)).isEqualTo(new Tally(2, 1, 0));
  }

  @Test
  void on_found_triggers_leaves_out_the_events_sitrep_missed() {
    WikiEventsReport report = report(shot(List.of("two guards")));
    assertThat(report.arguments("Target", true, true)).isEqualTo(new Tally(1, 1, 1));
    assertThat(report.micro(true, true)).isEqualTo(new Tally(1, 1, 1));
    assertThat(report.micro(false, true)).isEqualTo(new Tally(5, 1, 1));
  }

  @Test
  void a_prediction_takes_one_gold_argument_only() {
    List<GoldArgument> gold =
        List.of(WikiFixtures.gold("Target", "post"), WikiFixtures.gold("Target", "Ghazni"));
    TextSpan wide = WikiFixtures.at("police post in Ghazni");
    List<PredictedArgument> predicted =
        List.of(new PredictedArgument("Target", wide.start(), wide.end(), wide.text()));
    assertThat(ArgumentMatching.of(gold, predicted))
        .containsExactly(new ArgumentMatch(0, 0, false));
  }

  @Test
  void a_wrongly_typed_trigger_is_found_but_not_classified_and_its_roles_miss() {
    Event killing =
        WikiFixtures.event(
            "V3",
            EventType.ASSAULT,
            null,
            "died",
            List.of(WikiFixtures.argument("Taliban")),
            List.of(),
            List.of(WikiFixtures.argument("Officer Rahim Noori")),
            null);
    Event protest =
        WikiFixtures.event(
            "V4", EventType.PROTEST, null, "claimed", List.of(), List.of(), List.of(), null);
    WikiEventsReport report = report(killing, protest);
    assertThat(report.triggerIdentification()).isEqualTo(new Tally(3, 2, 1));
    assertThat(report.triggerClassification(false)).isEqualTo(new Tally(3, 2, 1));
    assertThat(report.arguments("Victim", false, true)).isEqualTo(new Tally(1, 1, 1));
    assertThat(report.arguments("Killer", false, true)).isEqualTo(new Tally(0, 1, 0));
  }

  @Test
  void prefers_the_gold_event_of_the_same_type_under_one_trigger() {
    GoldEvent attack =
        new GoldEvent("A", "Conflict.Attack.Unspecified", WikiFixtures.at("shot"), 0, List.of());
    GoldEvent injury =
        new GoldEvent("B", "Life.Injure.Unspecified", WikiFixtures.at("shot"), 0, List.of());
    PredictedEvent wounded =
        new PredictedEvent(
            "V1",
            "ASSAULT",
            "Life.Injure.Unspecified",
            WikiFixtures.at("shot"),
            List.of(),
            List.of());
    assertThat(EventMatching.of(List.of(attack, injury), List.of(wounded))).containsExactly(-1, 0);
  }

  @Test
  void the_table_ends_in_one_result_line() {
    String table = report(stormed()).toTable();
    assertThat(table).contains("identification", "arguments end to end", "  Attacker");
    assertThat(table.lines().filter(l -> l.startsWith("RESULT wikievents ")))
        .singleElement()
        .asString()
        .contains("documents=1", "gold_events=3", "trig_id_f1=0.500", "attacker_f1=1.000");
  }
}
