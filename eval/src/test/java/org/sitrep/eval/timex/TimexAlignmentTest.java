package org.sitrep.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimexType;

class TimexAlignmentTest {
  private static final String TEXT = "It rained on Monday morning and on Tuesday.";

  private static GoldTimex gold(String phrase) {
    return TempEvalFixtures.gold(TEXT, phrase, TimexType.DATE, "X");
  }

  private static TimeExpression timex(String phrase) {
    return TempEvalFixtures.timex(TEXT, phrase, TimexType.DATE, "X");
  }

  @Test
  void an_equal_span_is_a_strict_match_and_any_overlap_a_relaxed_one() {
    TimexAlignment alignment =
        TimexAlignment.of(
            List.of(gold("Monday morning"), gold("Tuesday")),
            List.of(timex("Monday"), timex("Tuesday")));
    assertThat(alignment.matches())
        .containsExactly(
            new TimexMatch(timex("Monday"), false), new TimexMatch(timex("Tuesday"), true));
    assertThat(alignment.spurious()).isEmpty();
  }

  @Test
  void an_exact_span_wins_over_an_earlier_overlapping_one() {
    TimexAlignment alignment =
        TimexAlignment.of(
            List.of(gold("Monday morning")), List.of(timex("Monday"), timex("Monday morning")));
    assertThat(alignment.matches()).containsExactly(new TimexMatch(timex("Monday morning"), true));
    assertThat(alignment.spurious()).containsExactly(timex("Monday"));
  }

  @Test
  void one_system_span_over_two_gold_spans_matches_only_the_first() {
    TimexAlignment alignment =
        TimexAlignment.of(
            List.of(gold("Monday"), gold("morning")), List.of(timex("Monday morning")));
    assertThat(alignment.matches())
        .containsExactly(new TimexMatch(timex("Monday morning"), false), TimexMatch.missed());
    assertThat(alignment.spurious()).isEmpty();
  }

  @Test
  void a_gold_span_takes_the_free_system_span_overlapping_it_most() {
    TimexAlignment alignment =
        TimexAlignment.of(
            List.of(gold("Monday morning")),
            List.of(timex("on Monday"), timex("Monday morning and")));
    assertThat(alignment.matches())
        .containsExactly(new TimexMatch(timex("Monday morning and"), false));
    assertThat(alignment.spurious()).containsExactly(timex("on Monday"));
  }

  @Test
  void a_system_span_touching_a_gold_span_does_not_overlap_it() {
    TimexAlignment alignment =
        TimexAlignment.of(List.of(gold("Monday")), List.of(timex(" morning")));
    assertThat(alignment.matches()).containsExactly(TimexMatch.missed());
    assertThat(alignment.spurious()).containsExactly(timex(" morning"));
  }

  @Test
  void values_compare_after_trimming_and_upper_casing_and_a_missing_value_is_wrong() {
    GoldTimex gold = TempEvalFixtures.gold(TEXT, "Monday", TimexType.DATE, "2001-03-05");
    assertThat(
            new TimexMatch(
                    TempEvalFixtures.timex(TEXT, "Monday", TimexType.DATE, " 2001-03-05 "), true)
                .valueCorrect(gold))
        .isTrue();
    assertThat(TimexValue.same("p3d", "P3D ")).isTrue();
    assertThat(TimexValue.same("2001-W10", "2001-03-05")).isFalse();
    assertThat(TimexValue.same("2001-03-05", null)).isFalse();
    assertThat(TimexMatch.missed().valueCorrect(gold)).isFalse();
  }
}
