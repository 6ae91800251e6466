package org.sitrep.eval.acled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelScoreTest {
  // Gold A A A B B C, predicted A A B B none C. By hand:
  //   A: support 3, predicted 2, correct 2 -> F1 = 2*2/(3+2) = 0.8
  //   B: support 2, predicted 2, correct 1 -> F1 = 2*1/(2+2) = 0.5
  //   C: support 1, predicted 1, correct 1 -> F1 = 1
  //   none: support 0, predicted 1         -> F1 = 0
  //   weighted F1 = (0.8*3 + 0.5*2 + 1*1 + 0*0) / 6 = 4.4 / 6; macro F1 = 2.3 / 4; accuracy 4/6
  private static final LabelScore SCORE =
      LabelScore.of(
          List.of("A", "A", "A", "B", "B", "C"), List.of("A", "A", "B", "B", "none", "C"));

  @Test
  void weights_each_class_f1_by_its_gold_support() {
    assertThat(SCORE.weightedF1()).isCloseTo(4.4 / 6, within(1e-12));
  }

  @Test
  void macro_f1_counts_a_label_that_was_only_predicted_as_a_class_with_f1_zero() {
    assertThat(SCORE.macroF1()).isCloseTo(2.3 / 4, within(1e-12));
    assertThat(SCORE.labels()).containsExactly("A", "B", "C", "none");
  }

  @Test
  void accuracy_is_the_share_of_items_labelled_right() {
    assertThat(SCORE.correct()).isEqualTo(4);
    assertThat(SCORE.accuracy()).isCloseTo(4.0 / 6, within(1e-12));
  }

  @Test
  void lists_classes_by_support_with_precision_and_recall() {
    assertThat(SCORE.classes())
        .containsExactly(
            new ClassScore("A", 3, 2, 2),
            new ClassScore("B", 2, 2, 1),
            new ClassScore("C", 1, 1, 1),
            new ClassScore("none", 0, 1, 0));
    ClassScore a = SCORE.classes().get(0);
    assertThat(a.precision()).isEqualTo(1.0);
    assertThat(a.recall()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void counts_confusions_most_frequent_first() {
    LabelScore score = LabelScore.of(List.of("X", "X", "Y", "X"), List.of("Y", "Y", "none", "Z"));
    assertThat(score.confusions())
        .containsExactly(
            new Confusion("X", "Y", 2), new Confusion("X", "Z", 1), new Confusion("Y", "none", 1));
  }

  @Test
  void a_class_never_predicted_has_precision_zero_not_a_division_error() {
    ClassScore missed = new ClassScore("GRENADE", 4, 0, 0);
    assertThat(missed.precision()).isZero();
    assertThat(missed.f1()).isZero();
  }

  @Test
  void refuses_lists_of_different_lengths() {
    assertThatThrownBy(() -> LabelScore.of(List.of("A"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gold has 1 labels but predicted has 0");
  }
}
