package org.sitrep.ledger.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RangeTest {

  @Test
  void an_exclusive_bound_leaves_out_the_count_itself() {
    Range fewerThan1000 = new Range(0, false, 1000L, true);
    Range atMost1000 = new Range(0, false, 1000L, false);
    Range exactly1000 = new Range(1000, false, 1000L, false);
    assertThat(fewerThan1000.overlaps(exactly1000)).isFalse();
    assertThat(atMost1000.overlaps(exactly1000)).isTrue();
  }

  @Test
  void counts_are_whole_so_more_than_999_and_fewer_than_1000_do_not_overlap() {
    assertThat(new Range(999, true, null, false).overlaps(new Range(0, false, 1000L, true)))
        .isFalse();
  }

  @Test
  void an_open_range_overlaps_everything_above_its_minimum() {
    Range moreThan500 = new Range(500, true, null, false);
    assertThat(moreThan500.overlaps(new Range(2000, false, 3000L, false))).isTrue();
    assertThat(moreThan500.overlaps(new Range(100, false, 500L, false))).isFalse();
  }

  @Test
  void says_a_range_in_words() {
    assertThat(new Range(1350, false, 1650L, false).words("militants"))
        .isEqualTo("1,350–1,650 militants");
    assertThat(new Range(0, false, 1000L, true).words(null)).isEqualTo("fewer than 1,000");
    assertThat(new Range(200, false, null, false).words("fighters"))
        .isEqualTo("at least 200 fighters");
    assertThat(new Range(500, true, null, false).words("")).isEqualTo("more than 500");
    assertThat(new Range(800, false, 800L, false).words("men")).isEqualTo("800 men");
  }

  @Test
  void the_union_covers_both_ranges() {
    Range union = new Range(900, false, 1200L, false).union(new Range(1100, false, 1500L, true));
    assertThat(union).isEqualTo(new Range(900, false, 1500L, true));
    assertThat(union.union(new Range(1000, false, null, false)).max()).isNull();
  }
}
