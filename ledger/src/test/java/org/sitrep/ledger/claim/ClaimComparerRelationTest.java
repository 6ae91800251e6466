package org.sitrep.ledger.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.ledger.claim.ClaimFixtures.actor;
import static org.sitrep.ledger.claim.ClaimFixtures.count;
import static org.sitrep.ledger.claim.ClaimFixtures.positions;
import static org.sitrep.ledger.claim.ClaimFixtures.relation;
import static org.sitrep.ledger.claim.ClaimFixtures.sourced;
import static org.sitrep.ledger.claim.ClaimFixtures.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ledger.claim.ClaimFixtures.Voice;
import org.sitrep.model.RelationType;

/** ClaimComparer on relation claims, and the order of its output. */
class ClaimComparerRelationTest {
  private static final ClaimComparer COMPARER = new ClaimComparer();

  @Test
  void a_denied_alliance_an_asserted_alliance_and_a_later_rivalry_are_contested() {
    List<ClaimComparison> result =
        COMPARER.compare(
            List.of(
                sourced(
                    "a3",
                    "Daily C",
                    "2017-08-01",
                    relation(
                        "C1",
                        Voice.OWN,
                        "assert",
                        RelationType.AT_ODDS,
                        "taliban",
                        "islamic-state",
                        false)),
                sourced(
                    "a1",
                    "Wire A",
                    "2016-08-05",
                    relation(
                        "C2",
                        speaker("Pentagon"),
                        "assert",
                        RelationType.ALLIED,
                        "taliban",
                        "islamic-state",
                        false)),
                sourced(
                    "a2",
                    "Daily B",
                    "2016-08-20",
                    relation(
                        "C3",
                        actor("Taliban", "taliban"),
                        "deny",
                        RelationType.ALLIED,
                        "islamic-state",
                        "taliban",
                        false))));

    assertThat(result).hasSize(1);
    ClaimComparison comparison = result.get(0);
    assertThat(comparison.kind()).isEqualTo("relation");
    assertThat(comparison.subject()).isEqualTo("islamic-state ~ taliban");
    assertThat(comparison.verdict()).isEqualTo(Verdict.CONTESTED);
    assertThat(positions(comparison)).containsExactly("allied", "not allied", "at odds");
    assertThat(comparison.explanation())
        .isEqualTo(
            "allied: Pentagon (2016-08); not allied: Taliban denial (2016-08);"
                + " at odds: article's own voice (2017-08)");
    ClaimRef ownVoice = comparison.sides().get(2).claims().get(0);
    assertThat(ownVoice.speaker()).isNull();
    assertThat(ownVoice.asOf()).isEqualTo("2017-08");
    assertThat(ownVoice.text()).isEqualTo("at-odds");
  }

  @Test
  void support_has_a_direction() {
    List<ClaimComparison> opposite =
        COMPARER.compare(
            List.of(
                sourced(
                    "a1",
                    "Wire A",
                    "2016-08-05",
                    relation(
                        "C1",
                        speaker("officials"),
                        "assert",
                        RelationType.SUPPORTS,
                        "iran",
                        "taliban",
                        false)),
                sourced(
                    "a2",
                    "Daily B",
                    "2016-08-06",
                    relation(
                        "C1",
                        speaker("officials"),
                        "deny",
                        RelationType.SUPPORTS,
                        "taliban",
                        "iran",
                        false))));
    assertThat(opposite).isEmpty();

    List<ClaimComparison> same =
        COMPARER.compare(
            List.of(
                sourced(
                    "a1",
                    "Wire A",
                    "2016-08-05",
                    relation(
                        "C1",
                        speaker("officials"),
                        "assert",
                        RelationType.SUPPORTS,
                        "iran",
                        "taliban",
                        false)),
                sourced(
                    "a2",
                    "Daily B",
                    "2016-08-06",
                    relation(
                        "C1",
                        actor("Tehran", "iran"),
                        "deny",
                        RelationType.SUPPORTS,
                        "iran",
                        "taliban",
                        false))));
    assertThat(same).hasSize(1);
    assertThat(same.get(0).subject()).isEqualTo("iran → taliban");
    assertThat(same.get(0).verdict()).isEqualTo(Verdict.CONTESTED);
    assertThat(positions(same.get(0))).containsExactly("supports", "does not support");
  }

  @Test
  void a_negated_no_longer_at_odds_counts_as_not_at_odds() {
    List<ClaimComparison> result =
        COMPARER.compare(
            List.of(
                sourced(
                    "a1",
                    "Wire A",
                    "2016-08-05",
                    relation(
                        "C1",
                        speaker("officials"),
                        "assert",
                        RelationType.AT_ODDS,
                        "taliban",
                        "haqqani",
                        false)),
                sourced(
                    "a2",
                    "Daily B",
                    "2017-01-06",
                    relation(
                        "C1",
                        Voice.OWN,
                        "assert",
                        RelationType.AT_ODDS,
                        "haqqani",
                        "taliban",
                        true))));

    assertThat(result).hasSize(1);
    assertThat(result.get(0).verdict()).isEqualTo(Verdict.CONTESTED);
    assertThat(positions(result.get(0))).containsExactly("at odds", "not at odds");
  }

  @Test
  void a_denied_negation_is_an_assertion() {
    List<ClaimComparison> result =
        COMPARER.compare(
            List.of(
                sourced(
                    "a1",
                    "Wire A",
                    "2016-08-05",
                    relation(
                        "C1",
                        speaker("officials"),
                        "assert",
                        RelationType.ALLIED,
                        "taliban",
                        "haqqani",
                        false)),
                sourced(
                    "a2",
                    "Daily B",
                    "2016-09-06",
                    relation(
                        "C1",
                        speaker("a spokesman"),
                        "deny",
                        RelationType.ALLIED,
                        "haqqani",
                        "taliban",
                        true))));

    assertThat(result.get(0).verdict()).isEqualTo(Verdict.AGREE);
    assertThat(result.get(0).explanation()).isEqualTo("allied: 2 claims (2016-08, 2016-09)");
  }

  @Test
  void compatible_positions_on_a_pair_agree() {
    List<ClaimComparison> result =
        COMPARER.compare(
            List.of(
                sourced(
                    "a1",
                    "Wire A",
                    "2016-08-05",
                    relation(
                        "C1",
                        speaker("officials"),
                        "assert",
                        RelationType.ALLIED,
                        "taliban",
                        "haqqani",
                        false)),
                sourced(
                    "a2",
                    "Daily B",
                    "2017-01-06",
                    relation(
                        "C1",
                        Voice.OWN,
                        "assert",
                        RelationType.AT_ODDS,
                        "haqqani",
                        "taliban",
                        true))));

    assertThat(result.get(0).verdict()).isEqualTo(Verdict.AGREE);
    assertThat(positions(result.get(0))).containsExactly("allied", "not at odds");
  }

  @Test
  void orders_contested_before_disagree_before_changed_before_agree() {
    List<ClaimComparison> result =
        COMPARER.compare(
            List.of(
                sourced(
                    "a1",
                    "A",
                    "2016-08-05",
                    relation("R1", speaker("x"), "assert", RelationType.ALLIED, "aa", "bb", false)),
                sourced(
                    "a2",
                    "B",
                    "2016-08-06",
                    relation("R2", speaker("y"), "assert", RelationType.ALLIED, "aa", "bb", false)),
                sourced(
                    "a3",
                    "A",
                    "2016-08-05",
                    relation("R3", speaker("x"), "assert", RelationType.ALLIED, "zz", "yy", false)),
                sourced(
                    "a4",
                    "B",
                    "2016-08-06",
                    relation("R4", speaker("y"), "deny", RelationType.ALLIED, "zz", "yy", false)),
                sourced(
                    "a5",
                    "A",
                    "2016-08-05",
                    count(
                        "Q1",
                        speaker("x"),
                        "assert",
                        "mm",
                        10L,
                        10L,
                        false,
                        "fighters",
                        "2016-08")),
                sourced(
                    "a6",
                    "B",
                    "2016-08-06",
                    count(
                        "Q2",
                        speaker("y"),
                        "assert",
                        "mm",
                        90L,
                        90L,
                        false,
                        "fighters",
                        "2016-08")),
                sourced(
                    "a7",
                    "A",
                    "2016-08-05",
                    count(
                        "Q3",
                        speaker("x"),
                        "assert",
                        "cc",
                        10L,
                        10L,
                        false,
                        "fighters",
                        "2016-08")),
                sourced(
                    "a8",
                    "A",
                    "2017-08-06",
                    count(
                        "Q4",
                        speaker("x"),
                        "assert",
                        "cc",
                        90L,
                        90L,
                        false,
                        "fighters",
                        "2017-08"))));

    assertThat(result)
        .extracting(ClaimComparison::verdict, ClaimComparison::subject)
        .containsExactly(
            tuple(Verdict.CONTESTED, "yy ~ zz"),
            tuple(Verdict.DISAGREE, "mm strength"),
            tuple(Verdict.CHANGED, "cc strength"),
            tuple(Verdict.AGREE, "aa ~ bb"));
    assertThat(result.get(1).explanation())
        .endsWith("do not overlap; different sources for the same month");
  }
}
