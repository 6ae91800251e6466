package org.sitrep.eval.geo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The outcome of one geoparsing evaluation on one set: every gold toponym with what became of it,
 * and every predicted place that matched none. The figures are computed from these on demand.
 *
 * @param articles how many articles were read
 * @param toponyms one outcome per gold toponym, in article then text order
 * @param falsePositives the predicted places that matched no gold toponym, in article order
 */
public record GeoparseReport(
    GeoparseSet set,
    int articles,
    List<ToponymOutcome> toponyms,
    List<FalsePositive> falsePositives) {
  public GeoparseReport {
    Objects.requireNonNull(set, "set");
    toponyms = List.copyOf(toponyms);
    falsePositives = List.copyOf(falsePositives);
    if (articles < 0) {
      throw new IllegalArgumentException("articles must be >= 0, got " + articles);
    }
  }

  /** How many toponyms the gold marks. */
  public int gold() {
    return toponyms.size();
  }

  /** How many places the system predicted. */
  public int predicted() {
    return matched().size() + falsePositives.size();
  }

  /** The gold toponyms a predicted place matched (exactly or by overlap). */
  public List<ToponymOutcome> matched() {
    return toponyms.stream().filter(ToponymOutcome::matched).toList();
  }

  /** Spans that equal a gold span. */
  public RecognitionScore exactRecognition() {
    int exact = (int) toponyms.stream().filter(ToponymOutcome::exact).count();
    return new RecognitionScore(exact, predicted(), gold());
  }

  /** Spans that overlap a gold span, one to one (see {@link SpanAlignment}). */
  public RecognitionScore overlapRecognition() {
    return new RecognitionScore(matched().size(), predicted(), gold());
  }

  /** Errors of the system on the matched toponyms; an unresolved place counts 20,039 km. */
  public ErrorSummary resolution() {
    return summary(matched(), t -> t.errorKm().orElseThrow());
  }

  /** Errors of the population baseline on the same matched toponyms. */
  public ErrorSummary baselineOnMatched() {
    return summary(matched(), ToponymOutcome::baselineErrorKm);
  }

  /** Errors of the system over every gold toponym; a missed one counts 20,039 km. */
  public ErrorSummary endToEnd() {
    return summary(toponyms, ToponymOutcome::endToEndErrorKm);
  }

  /**
   * Errors of the population baseline on every gold span (gold recognition, its own resolution).
   */
  public ErrorSummary baselineOnAll() {
    return summary(toponyms, ToponymOutcome::baselineErrorKm);
  }

  /** How many matched toponyms the system left without coordinates. */
  public int unresolved() {
    return (int) toponyms.stream().filter(ToponymOutcome::unresolved).count();
  }

  /** How many gold toponyms the baseline knows a place for. */
  public int baselineKnown() {
    return (int) toponyms.stream().filter(t -> t.baseline() != null).count();
  }

  /** The figures as an aligned plain-text table ending in one {@link #resultLine()}. */
  public String toTable() {
    return GeoparseTable.of(this);
  }

  /** One line of {@code key=value} figures, starting {@code RESULT geoparse SET}, easy to grep. */
  public String resultLine() {
    return GeoparseTable.resultLine(this);
  }

  /**
   * Writes every gold toponym and every false positive as one JSON line (see {@link
   * GeoparseDetails}). Replaces {@code jsonl} if it exists.
   */
  public void writeDetails(Path jsonl) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      writeDetails(writer);
    }
  }

  /** Appends the detail lines to {@code writer}, for several sets in one file. */
  public void writeDetails(Writer writer) throws IOException {
    GeoparseDetails.write(this, writer);
  }

  private static ErrorSummary summary(
      List<ToponymOutcome> outcomes, ToDoubleFunction<ToponymOutcome> error) {
    return ErrorSummary.of(outcomes.stream().map(t -> error.applyAsDouble(t)).toList());
  }
}
