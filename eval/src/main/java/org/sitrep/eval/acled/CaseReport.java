package org.sitrep.eval.acled;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The scores of one CASE 2021 evaluation, with every snippet's events for a closer look.
 *
 * <p>Two views. The headline, {@link #acled}, scores only the snippets whose gold code is one of
 * the 25 ACLED sub-event types, the labels sitrep codes; a snippet with no coded event is predicted
 * {@link CaseLabels#NONE}, a wrong answer. {@link #all} scores every snippet, with the five codes
 * outside ACLED and the "none" prediction folded into one class {@link CaseLabels#NOT_ACLED}, so
 * that predicting no ACLED event for a flood or a diplomatic visit counts as right.
 *
 * @param outcomes one per snippet, in input order
 * @param rule how each snippet's label is chosen from its events
 */
public record CaseReport(List<SnippetOutcome> outcomes, SnippetRule rule, CaseLabels labels) {
  public CaseReport {
    outcomes = List.copyOf(outcomes);
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(labels, "labels");
  }

  /** The headline scores under the report's rule: ACLED-coded snippets only. */
  public LabelScore acled() {
    return acled(rule);
  }

  /** The scores over every snippet under the report's rule, non-ACLED codes as one class. */
  public LabelScore all() {
    return all(rule);
  }

  /** The headline scores had {@code other} chosen the labels. */
  public LabelScore acled(SnippetRule other) {
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (SnippetOutcome outcome : outcomes) {
      if (labels.isAcled(outcome.snippet().gold())) {
        gold.add(outcome.snippet().gold());
        predicted.add(predicted(outcome, other));
      }
    }
    return LabelScore.of(gold, predicted);
  }

  /** The all-snippets scores had {@code other} chosen the labels. */
  public LabelScore all(SnippetRule other) {
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (SnippetOutcome outcome : outcomes) {
      gold.add(collapsed(outcome.snippet().gold()));
      predicted.add(collapsed(predicted(outcome, other)));
    }
    return LabelScore.of(gold, predicted);
  }

  /** The snippet's predicted code under {@code other}, or {@link CaseLabels#NONE}. */
  public String predicted(SnippetOutcome outcome, SnippetRule other) {
    return other.predict(outcome.events(), labels);
  }

  /** The snippets the extractor gave no extraction for. */
  public List<SnippetOutcome> failures() {
    return outcomes.stream().filter(SnippetOutcome::failed).toList();
  }

  /** How many snippets have no event with an ACLED type (failures included). */
  public int uncoded() {
    return (int) outcomes.stream().filter(o -> predicted(o, rule).equals(CaseLabels.NONE)).count();
  }

  /** The figures as a plain-text report ending in one {@code RESULT case2021 …} line. */
  public String toTable() {
    return CaseTable.of(this);
  }

  /** The grep-friendly figures: {@code RESULT case2021 key=value …}. */
  public String resultLine() {
    return CaseTable.resultLine(this);
  }

  /**
   * Writes one JSON line per snippet: {@code id}, {@code text}, {@code gold}, {@code predicted}
   * (under the report's rule), {@code correct}, {@code by_rule} (every rule's prediction), {@code
   * failure} (null unless the extractor gave nothing) and {@code events} (each with {@code id},
   * {@code type}, {@code mode}, {@code acled_event_type}, {@code acled_sub_event_type}, {@code
   * code}, {@code trigger}, {@code modality} and {@code confidence}).
   */
  public void writeDetails(Writer writer) throws IOException {
    CaseDetails.write(this, writer);
  }

  private String collapsed(String code) {
    return labels.isAcled(code) ? code : CaseLabels.NOT_ACLED;
  }
}
