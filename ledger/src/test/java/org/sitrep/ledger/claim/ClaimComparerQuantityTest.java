package org.sitrep.ledger.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ledger.claim.ClaimFixtures.actor;
import static org.sitrep.ledger.claim.ClaimFixtures.articles;
import static org.sitrep.ledger.claim.ClaimFixtures.count;
import static org.sitrep.ledger.claim.ClaimFixtures.positions;
import static org.sitrep.ledger.claim.ClaimFixtures.sourced;
import static org.sitrep.ledger.claim.ClaimFixtures.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ledger.claim.ClaimFixtures.Voice;

/** ClaimComparer on quantity claims. */
class ClaimComparerQuantityTest {
  private static final ClaimComparer COMPARER = new ClaimComparer();

  @Test
  void strength_estimates_a_year_apart_from_different_sources_disagree() {
    List<ClaimComparison> result =
        COMPARER.compare(
            List.of(
                sourced(
                    "a1",
                    "Wire A",
                    "2016-08-20",
                    count(
                        "C1",
                        speaker("US officials"),
                        "estimate",
                        "isk",
                        1350L,
                        1650L,
                        false,
                        "militants",
                        "2016-08")),
                sourced(
                    "a2",
                    "Daily B",
                    "2017-08-15",
                    count("C4", Voice.OWN, "assert", "isk", null, 1000L, true, null, "2017-08"))));

    assertThat(result).hasSize(1);
    ClaimComparison comparison = result.get(0);
    assertThat(comparison.kind()).isEqualTo("quantity");
    assertThat(comparison.subject()).isEqualTo("isk strength");
    assertThat(comparison.verdict()).isEqualTo(Verdict.DISAGREE);
    assertThat(positions(comparison))
        .containsExactly(
            "1,350–1,650 militants (as of 2016-08)", "fewer than 1,000 (as of 2017-08)");
    assertThat(comparison.explanation())
        .isEqualTo(
            "1,350–1,650 militants as of 2016-08 and fewer than 1,000 as of 2017-08 do not overlap;"
                + " different sources, a year apart: it may also be a change over time");
    assertThat(articles(comparison.sides().get(0))).containsExactly("a1");
    assertThat(articles(comparison.sides().get(1))).containsExactly("a2");
    ClaimRef first = comparison.sides().get(0).claims().get(0);
    assertThat(first.speaker()).isEqualTo("US officials");
    assertThat(first.stance()).isEqualTo("estimate");
    assertThat(first.asOf()).isEqualTo("2016-08");
    assertThat(first.text()).isEqualTo("1350-1650 militants");
    assertThat(comparison.sides().get(1).claims().get(0).speaker()).isNull();
  }

  @Test
  void overlapping_estimates_agree_on_one_side() {
    List<ClaimComparison> result =
        COMPARER.compare(
            List.of(
                sourced(
                    "a1",
                    "Wire A",
                    "2016-08-20",
                    count(
                        "C1",
                        speaker("officials"),
                        "estimate",
                        "isk",
                        1000L,
                        1500L,
                        false,
                        "fighters",
                        "2016-08")),
                sourced(
                    "a2",
                    "Daily B",
                    "2016-09-02",
                    count(
                        "C2",
                        speaker("a commander"),
                        "assert",
                        "isk",
                        1200L,
                        null,
                        false,
                        "members",
                        "2016-09"))));

    assertThat(result).hasSize(1);
    assertThat(result.get(0).verdict()).isEqualTo(Verdict.AGREE);
    assertThat(result.get(0).sides()).hasSize(1);
    assertThat(result.get(0).sides().get(0).position())
        .isEqualTo("at least 1,000 fighters (as of 2016-08, 2016-09)");
    assertThat(result.get(0).explanation())
        .isEqualTo(
            "1,000–1,500 fighters as of 2016-08 (officials) and at least 1,200 members as of"
                + " 2016-09 (a commander) overlap");
  }

  @Test
  void one_speaker_updating_its_own_figure_is_a_change_not_a_disagreement() {
    List<ClaimComparison> result =
        COMPARER.compare(
            List.of(
                sourced(
                    "a1",
                    "Wire A",
                    "2015-06-10",
                    count(
                        "C1",
                        speaker("the Pentagon"),
                        "estimate",
                        "isk",
                        3000L,
                        3000L,
                        false,
                        "fighters",
                        "2015-06")),
                sourced(
                    "a2",
                    "Daily B",
                    "2016-06-11",
                    count(
                        "C2",
                        speaker("The Pentagon"),
                        "estimate",
                        "isk",
                        1500L,
                        1500L,
                        false,
                        "fighters",
                        "2016-06"))));

    assertThat(result).hasSize(1);
    assertThat(result.get(0).verdict()).isEqualTo(Verdict.CHANGED);
    assertThat(positions(result.get(0)))
        .containsExactly("3,000 fighters (as of 2015-06)", "1,500 fighters (as of 2016-06)");
    assertThat(result.get(0).explanation())
        .isEqualTo(
            "3,000 fighters as of 2015-06 and 1,500 fighters as of 2016-06 do not overlap; the same"
                + " source (the Pentagon), a year apart: its figure changed");
  }

  @Test
  void the_same_speaker_by_actor_id_counts_as_one_source_whatever_the_name() {
    List<ClaimComparison> result =
        COMPARER.compare(
            List.of(
                sourced(
                    "a1",
                    null,
                    "2015-06-10",
                    count(
                        "C1",
                        actor("Pentagon", "us-dod"),
                        "assert",
                        "isk",
                        3000L,
                        3000L,
                        false,
                        "fighters",
                        "2015-06")),
                sourced(
                    "a2",
                    null,
                    "2015-09-10",
                    count(
                        "C1",
                        actor("US Defense Department", "us-dod"),
                        "assert",
                        "isk",
                        2000L,
                        2000L,
                        false,
                        "troops",
                        "2015-09"))));

    assertThat(result.get(0).verdict()).isEqualTo(Verdict.CHANGED);
  }

  @Test
  void different_measures_are_never_compared() {
    List<ClaimComparison> result =
        COMPARER.compare(
            List.of(
                sourced(
                    "a1",
                    "Wire A",
                    "2016-08-20",
                    count(
                        "C1",
                        speaker("officials"),
                        "estimate",
                        "isk",
                        1500L,
                        1500L,
                        false,
                        "fighters",
                        "2016-08")),
                sourced(
                    "a2",
                    "Daily B",
                    "2016-08-21",
                    count(
                        "C2",
                        speaker("officials"),
                        "assert",
                        "isk",
                        40L,
                        40L,
                        false,
                        "killed",
                        "2016-08")),
                sourced(
                    "a3",
                    "Daily C",
                    "2016-08-22",
                    count(
                        "C3",
                        speaker("officials"),
                        "assert",
                        "isk",
                        12L,
                        12L,
                        false,
                        "vehicles",
                        "2016-08"))));

    assertThat(result).isEmpty();
  }

  @Test
  void a_denied_number_is_not_a_position() {
    List<ClaimComparison> result =
        COMPARER.compare(
            List.of(
                sourced(
                    "a1",
                    "Wire A",
                    "2016-08-20",
                    count(
                        "C1",
                        speaker("the group"),
                        "deny",
                        "isk",
                        5000L,
                        5000L,
                        false,
                        "fighters",
                        "2016-08")),
                sourced(
                    "a2",
                    "Daily B",
                    "2016-08-21",
                    count(
                        "C2",
                        speaker("officials"),
                        "assert",
                        "isk",
                        1000L,
                        1000L,
                        false,
                        "fighters",
                        "2016-08"))));

    assertThat(result).isEmpty();
  }
}
