package org.sitrep.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.Tally;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

class DocumentOutcomeTest {
  // Invented.
  private static final String TEXT =
      "The dam will hold, the engineer said. The river is rising, she warned.\n\n"
          + "Rain is expected, forecasters said.";

  private static Span at(String piece) {
    int start = TEXT.indexOf(piece);
    return new Span(start, start + piece.length());
  }

  private static FragmentedSpan gold(String piece) {
    return FragmentedSpan.of(at(piece));
  }

  private static PolnearDocument document(List<GoldAttribution> gold) {
    Article article = Article.fromMetadata("d", null, TEXT, null, "test");
    return new PolnearDocument(
        "d", "a1", 1, article, new BratAnnotations(gold, 0, 0, false, List.of()));
  }

  private static final List<GoldAttribution> GOLD =
      List.of(
          new GoldAttribution("E1", gold("the engineer"), gold("said"), gold("The dam will hold")),
          new GoldAttribution("E2", gold("she"), gold("warned"), gold("The river is rising")),
          new GoldAttribution("E3", null, gold("expected"), gold("Rain is")));

  @Test
  void a_pair_needs_the_content_and_the_source() {
    DocumentOutcome outcome =
        new DocumentOutcome(
            document(GOLD),
            List.of(
                new PredictedAttribution(at("the engineer"), at("said"), at("The dam will hold,")),
                new PredictedAttribution(at("forecasters"), null, at("The river is rising"))));

    assertThat(outcome.attributions(SpanMatcher.OVERLAP, true)).isEqualTo(new Tally(3, 2, 1));
    assertThat(outcome.attributions(SpanMatcher.OVERLAP, false)).isEqualTo(new Tally(3, 2, 2));
    assertThat(outcome.attributions(SpanMatcher.EXACT, true)).isEqualTo(new Tally(3, 2, 1));
    assertThat(outcome.matchOfGold(1, SpanMatcher.OVERLAP, true)).isEmpty();
    assertThat(outcome.matchOfGold(1, SpanMatcher.OVERLAP, false)).isPresent();
  }

  @Test
  void a_gold_attribution_without_source_wants_a_prediction_without_one() {
    Span content = at("Rain is expected");
    DocumentOutcome named =
        new DocumentOutcome(
            document(GOLD), List.of(new PredictedAttribution(at("forecasters"), null, content)));
    DocumentOutcome unnamed =
        new DocumentOutcome(document(GOLD), List.of(new PredictedAttribution(null, null, content)));

    assertThat(named.attributions(SpanMatcher.OVERLAP, true).correct()).isZero();
    assertThat(unnamed.attributions(SpanMatcher.OVERLAP, true).correct()).isEqualTo(1);
  }

  @Test
  void one_long_prediction_matches_one_gold_content_only() {
    DocumentOutcome outcome =
        new DocumentOutcome(
            document(GOLD),
            List.of(new PredictedAttribution(null, null, new Span(0, TEXT.length()))));

    assertThat(outcome.role(Role.CONTENT, SpanMatcher.OVERLAP)).isEqualTo(new Tally(3, 1, 1));
  }

  @Test
  void identical_spans_count_once_on_each_side() {
    List<GoldAttribution> shared =
        List.of(
            new GoldAttribution("E1", gold("she"), gold("said"), gold("The dam will hold")),
            new GoldAttribution("E2", gold("she"), gold("warned"), gold("The river is rising")));
    DocumentOutcome outcome =
        new DocumentOutcome(
            document(shared),
            List.of(
                new PredictedAttribution(at("she"), at("warned"), at("The river is rising")),
                new PredictedAttribution(at("she"), at("warned"), at("The river is rising"))));

    assertThat(outcome.role(Role.SOURCE, SpanMatcher.EXACT)).isEqualTo(new Tally(1, 1, 1));
    assertThat(outcome.role(Role.CUE, SpanMatcher.EXACT)).isEqualTo(new Tally(2, 1, 1));
    assertThat(outcome.attributions(SpanMatcher.EXACT, true)).isEqualTo(new Tally(2, 1, 1));
  }

  @Test
  void a_gold_attribution_without_content_counts_in_the_role_rows_only() {
    List<GoldAttribution> gold =
        List.of(new GoldAttribution("E1", gold("she"), gold("warned"), null));
    DocumentOutcome outcome = new DocumentOutcome(document(gold), List.of());

    assertThat(outcome.attributions(SpanMatcher.OVERLAP, true)).isEqualTo(Tally.ZERO);
    assertThat(outcome.role(Role.CUE, SpanMatcher.OVERLAP)).isEqualTo(new Tally(1, 0, 0));
  }
}
