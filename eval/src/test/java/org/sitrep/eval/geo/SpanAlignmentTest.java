package org.sitrep.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.match.SpanMatching;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceFeature;
import org.sitrep.model.Span;

class SpanAlignmentTest {
  // Invented: "Floods hit Port Vellan and Orrin County, Dunmarsh."
  private static final String TEXT = "Floods hit Port Vellan and Orrin County, Dunmarsh.";

  static GoldToponym gold(String text, String name) {
    int start = text.indexOf(name);
    return new GoldToponym(start, start + name.length(), name, new Coordinate(10, 20), null);
  }

  static Place place(String text, String name) {
    int start = text.indexOf(name);
    return new Place(
        start,
        start + name.length(),
        name,
        name,
        null,
        null,
        null,
        null,
        null,
        null,
        PlaceFeature.OTHER,
        "test");
  }

  @Test
  void an_equal_span_is_an_exact_match() {
    SpanAlignment alignment =
        SpanAlignment.of(List.of(gold(TEXT, "Port Vellan")), List.of(place(TEXT, "Port Vellan")));
    assertThat(alignment.pairs())
        .singleElement()
        .extracting(SpanAlignment.Pair::exact)
        .isEqualTo(true);
    assertThat(alignment.unmatched()).isEmpty();
  }

  @Test
  void a_shorter_or_longer_span_is_an_overlap_match() {
    SpanAlignment alignment =
        SpanAlignment.of(
            List.of(gold(TEXT, "Port Vellan"), gold(TEXT, "Orrin County")),
            List.of(place(TEXT, "Vellan"), place(TEXT, "Orrin County, Dunmarsh")));
    assertThat(alignment.pairs())
        .extracting(SpanAlignment.Pair::gold, SpanAlignment.Pair::exact)
        .containsExactly(tuple(0, false), tuple(1, false));
  }

  @Test
  void a_prediction_spanning_two_gold_toponyms_counts_once() {
    Place both = place(TEXT, "Orrin County, Dunmarsh");
    SpanAlignment alignment =
        SpanAlignment.of(
            List.of(gold(TEXT, "Orrin County"), gold(TEXT, "Dunmarsh")), List.of(both));
    assertThat(alignment.pairs()).singleElement().extracting(SpanAlignment.Pair::gold).isEqualTo(0);
    assertThat(alignment.unmatched()).isEmpty();
  }

  @Test
  void an_exact_match_wins_over_an_earlier_overlap() {
    Place wide = place(TEXT, "Port Vellan and Orrin");
    Place exact = place(TEXT, "Orrin County");
    SpanAlignment alignment =
        SpanAlignment.of(
            List.of(gold(TEXT, "Port Vellan"), gold(TEXT, "Orrin County")), List.of(wide, exact));
    assertThat(alignment.pairs())
        .extracting(SpanAlignment.Pair::predicted, SpanAlignment.Pair::exact)
        .containsExactly(tuple(wide, false), tuple(exact, true));
  }

  @Test
  void a_prediction_touching_no_gold_span_is_a_false_positive() {
    Place floods = place(TEXT, "Floods");
    SpanAlignment alignment =
        SpanAlignment.of(List.of(gold(TEXT, "Dunmarsh")), List.of(floods, place(TEXT, "Dunmarsh")));
    assertThat(alignment.unmatched()).containsExactly(floods);
  }

  @Test
  void adjacent_spans_do_not_overlap() {
    // "Port " ends where "Vellan" starts: half-open spans share no char.
    Place port = place(TEXT, "Port ");
    GoldToponym vellan = gold(TEXT, "Vellan");
    assertThat(SpanMatching.overlap(new Span(vellan.start(), vellan.end()), port.span())).isZero();
  }
}
