package org.sitrep.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorSummaryTest {
  @Test
  void takes_the_middle_error_as_the_median_of_an_odd_count() {
    ErrorSummary summary = ErrorSummary.of(List.of(500.0, 3.0, 40.0));
    assertThat(summary.n()).isEqualTo(3);
    assertThat(summary.medianKm()).isEqualTo(40.0);
    assertThat(summary.meanKm()).isCloseTo(181.0, within(1e-9));
  }

  @Test
  void averages_the_two_middle_errors_as_the_median_of_an_even_count() {
    assertThat(ErrorSummary.of(List.of(1.0, 10.0, 30.0, 9000.0)).medianKm()).isEqualTo(20.0);
  }

  @Test
  void counts_errors_below_161_km_as_accurate() {
    ErrorSummary summary = ErrorSummary.of(List.of(0.0, 160.9, 161.0, 2000.0));
    assertThat(summary.accuracy161()).isEqualTo(0.5);
  }

  @Test
  void auc_is_the_mean_log_error_scaled_by_the_worst_error() {
    double worst = GreatCircle.WORST_ERROR_KM;
    ErrorSummary summary = ErrorSummary.of(List.of(0.0, 99.0, worst - 1));
    double expected = (0 + Math.log(100) / Math.log(worst) + 1) / 3;
    assertThat(summary.auc()).isCloseTo(expected, within(1e-12));
    assertThat(ErrorSummary.of(List.of(0.0, 0.0)).auc()).isZero();
    assertThat(ErrorSummary.of(List.of(worst - 1)).auc()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void summarizes_no_errors_as_not_a_number() {
    ErrorSummary none = ErrorSummary.of(List.of());
    assertThat(none.n()).isZero();
    assertThat(none.accuracy161()).isNaN();
    assertThat(none.medianKm()).isNaN();
    assertThat(none.auc()).isNaN();
  }

  @Test
  void rejects_a_negative_error() {
    assertThatThrownBy(() -> ErrorSummary.of(List.of(-1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1.0");
  }
}
