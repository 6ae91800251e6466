package org.sitrep.eval.geo;

import java.util.Arrays;
import java.util.List;

/**
 * Summary of resolution errors in km, as in Gritta et al., "What's missing in geographical
 * parsing?" and "A pragmatic guide to geoparsing evaluation".
 *
 * @param n how many errors
 * @param accuracy161 share of errors below 161 km (100 miles); NaN when {@code n} is 0
 * @param medianKm median error; NaN when {@code n} is 0
 * @param meanKm mean error; NaN when {@code n} is 0
 * @param auc area under the curve of the sorted, log-scaled errors: the mean of {@code
 *     ln(1+e)/ln(20039)}, in [0, 1] and lower is better; NaN when {@code n} is 0
 */
public record ErrorSummary(int n, double accuracy161, double medianKm, double meanKm, double auc) {
  /** Errors below this many km count as right (161 km, 100 miles). */
  public static final double ACCURATE_KM = 161;

  public ErrorSummary {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
  }

  /**
   * Summarizes {@code errorsKm}.
   *
   * <p>Design decision: the AUC is the plain mean of the normalized log errors, the limit of the
   * area under the sorted-error curve with unit-wide steps divided by its width. It differs from a
   * trapezoid rule only by half a step at each end, which vanishes with hundreds of toponyms.
   *
   * @throws IllegalArgumentException when an error is negative or not a number
   */
  public static ErrorSummary of(List<Double> errorsKm) {
    double[] sorted = errorsKm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    for (double error : sorted) {
      if (!(error >= 0)) {
        throw new IllegalArgumentException("an error in km must be >= 0, got " + error);
      }
    }
    int n = sorted.length;
    if (n == 0) {
      return new ErrorSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double accurate = Arrays.stream(sorted).filter(e -> e < ACCURATE_KM).count();
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    double logScale = Math.log(GreatCircle.WORST_ERROR_KM);
    double auc = Arrays.stream(sorted).map(e -> Math.log1p(e) / logScale).average().orElseThrow();
    return new ErrorSummary(
        n, accurate / n, median, Arrays.stream(sorted).average().orElseThrow(), auc);
  }
}
