package org.sitrep.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class SpanMatcherTest {
  // Invented: 0-6 "Voters", 8-35 quote, 37-40 "she", 41-45 "said".
  private static final String TEXT = "Voters, “the bridge must be rebuilt” she said.";

  private static FragmentedSpan span(int start, int end) {
    return FragmentedSpan.of(new Span(start, end));
  }

  private static int at(String piece) {
    return TEXT.indexOf(piece);
  }

  @Test
  void exact_ignores_quotation_marks_punctuation_and_spaces_at_the_ends() {
    FragmentedSpan gold = span(at("the bridge"), at("” she"));
    FragmentedSpan predicted = span(at("“the"), at(" she") + 1);
    assertThat(SpanMatcher.EXACT.score(TEXT, gold, predicted)).isEqualTo(22);
  }

  @Test
  void exact_refuses_a_span_one_word_short() {
    FragmentedSpan gold = span(at("the bridge"), at("” she"));
    FragmentedSpan predicted = span(at("bridge"), at("” she"));
    assertThat(SpanMatcher.EXACT.score(TEXT, gold, predicted)).isZero();
    assertThat(SpanMatcher.OVERLAP.score(TEXT, gold, predicted)).isPositive();
  }

  @Test
  void exact_matches_a_discontinuous_span_across_a_gap_of_punctuation_only() {
    FragmentedSpan gold =
        new FragmentedSpan(List.of(new Span(0, 6), new Span(at("the"), at("” she"))));
    assertThat(SpanMatcher.EXACT.score(TEXT, gold, span(0, at("” she")))).isPositive();
  }

  @Test
  void exact_refuses_the_extent_of_a_discontinuous_span_whose_gap_holds_words() {
    FragmentedSpan gold =
        new FragmentedSpan(List.of(new Span(0, 6), new Span(at("said"), at("said") + 4)));
    assertThat(SpanMatcher.EXACT.score(TEXT, gold, span(0, at("said") + 4))).isZero();
    assertThat(SpanMatcher.OVERLAP.score(TEXT, gold, span(0, at("said") + 4))).isEqualTo(10);
  }

  @Test
  void overlap_needs_a_shared_character_that_is_not_a_space() {
    FragmentedSpan she = span(at("she"), at("she") + 4);
    FragmentedSpan said = span(at("she") + 3, at("said") + 4);
    assertThat(SpanMatcher.OVERLAP.score(TEXT, she, said)).isZero();
    assertThat(SpanMatcher.OVERLAP.score(TEXT, she, span(at("she") + 2, at("said")))).isEqualTo(1);
  }

  @Test
  void exact_never_matches_a_span_of_punctuation_alone() {
    FragmentedSpan mark = span(at("“"), at("“") + 1);
    assertThat(SpanMatcher.EXACT.score(TEXT, mark, mark)).isZero();
  }
}
