package org.sitrep.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneToOneTest {
  @Test
  void takes_the_heaviest_pair_first_and_each_side_once() {
    int[][] weights = {{5, 9}, {0, 8}};
    assertThat(OneToOne.match(2, 2, (g, p) -> weights[g][p]))
        .containsExactly(new OneToOne.Pair(0, 1));
  }

  @Test
  void breaks_ties_by_gold_order_then_prediction_order() {
    assertThat(OneToOne.match(2, 2, (g, p) -> 1))
        .containsExactly(new OneToOne.Pair(0, 0), new OneToOne.Pair(1, 1));
  }
}
